#include "providers/ProviderRegistry.h"

#include "providers/AnthropicProvider.h"
#include "providers/GeminiProvider.h"
#include "providers/LocalProvider.h"
#include "providers/OpenAiProvider.h"
#include "settings/Settings.h"

namespace ttc::providers {

ProviderRegistry::ProviderRegistry(const Settings *settings) : m_settings(settings)
{
    m_providers.push_back(std::make_unique<OpenAiProvider>());
    m_providers.push_back(std::make_unique<AnthropicProvider>());
    m_providers.push_back(std::make_unique<GeminiProvider>());
    m_providers.push_back(std::make_unique<LocalProvider>());
}

ProviderRegistry::~ProviderRegistry() = default;

const Provider *ProviderRegistry::provider(const QString &id) const
{
    for (const auto &p : m_providers) {
        if (p->id() == id)
            return p.get();
    }
    return nullptr;
}

QList<const Provider *> ProviderRegistry::all() const
{
    QList<const Provider *> out;
    for (const auto &p : m_providers)
        out << p.get();
    return out;
}

QStringList ProviderRegistry::ids() const
{
    QStringList out;
    for (const auto &p : m_providers)
        out << p->id();
    return out;
}

namespace {
QString settingValue(const Settings *settings, const QString &key)
{
    return settings ? settings->value(key).toString().trimmed() : QString();
}
} // namespace

bool ProviderRegistry::hasBaseUrlOverride(const QString &id, const QString &explicitOverride) const
{
    const Provider *p = provider(id);
    if (!p)
        return false;
    return !explicitOverride.isEmpty() || !qEnvironmentVariable(qPrintable(p->baseUrlEnvVar())).isEmpty() ||
           !settingValue(m_settings, QStringLiteral("providers/") + id + QStringLiteral("BaseUrl")).isEmpty();
}

QUrl ProviderRegistry::baseUrl(const QString &id, const QString &explicitOverride) const
{
    const Provider *p = provider(id);
    if (!p)
        return {};
    QString value = explicitOverride.trimmed();
    if (value.isEmpty())
        value = qEnvironmentVariable(qPrintable(p->baseUrlEnvVar())).trimmed();
    if (value.isEmpty())
        value = settingValue(m_settings, QStringLiteral("providers/") + id + QStringLiteral("BaseUrl"));
    if (value.isEmpty())
        return p->defaultBaseUrl();
    return QUrl::fromUserInput(value);
}

QString ProviderRegistry::model(const QString &id, const QString &explicitModel) const
{
    if (!explicitModel.isEmpty())
        return explicitModel;
    const QString configured = settingValue(m_settings, QStringLiteral("providers/") + id + QStringLiteral("Model"));
    if (!configured.isEmpty())
        return configured;
    const Provider *p = provider(id);
    return p ? p->defaultModel() : QString();
}

} // namespace ttc::providers

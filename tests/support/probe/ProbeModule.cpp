// A feature module for the loader's own tests: it records what it is asked and calls into the executable's core and
// ui code, which proves that a plugin resolves those symbols from the program that loads it.
#include "app/CompanionApp.h"
#include "app/FeatureModule.h"
#include "settings/Settings.h"

#include <QObject>
#include <QStringList>

namespace {

class ProbeModule final : public QObject, public ttc::FeatureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TTC_FEATURE_MODULE_IID)
    Q_INTERFACES(ttc::FeatureModule)

public:
    void initialize(ttc::CompanionApp &app) override
    {
        m_app = &app;
        ++m_initializations;
        setProperty("initializations", m_initializations);
        // Settings::keys() and value() are defined in ttc_core inside the executable.
        setProperty("settingsKeyCount", int(ttc::Settings::keys().size()));
        setProperty("defaultProvider", app.settings().value(QStringLiteral("chat/defaultProvider")));
    }

    void handle(const QString &action, const QVariantMap &arguments) override
    {
        m_requests << action + QLatin1Char(':') + arguments.value(QStringLiteral("url")).toString();
        setProperty("requests", m_requests);
    }

    QObject *api() override { return this; }

    void shutdown() override { setProperty("shutDown", true); }

private:
    ttc::CompanionApp *m_app = nullptr;
    int m_initializations = 0;
    QStringList m_requests;
};

} // namespace

#include "ProbeModule.moc"

#pragma once

#include "providers/Provider.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

namespace ttc {
class Settings;
}

namespace ttc::providers {

// The chat providers this build knows, and where each one is reached.
class ProviderRegistry
{
public:
    explicit ProviderRegistry(const Settings *settings = nullptr);
    ~ProviderRegistry();

    const Provider *provider(const QString &id) const;   // nullptr for an unknown id
    QList<const Provider *> all() const;
    QStringList ids() const;

    // Base URL: explicit override (flag) > env TTC_<ID>_BASE_URL > setting providers/<id>BaseUrl > default.
    QUrl baseUrl(const QString &id, const QString &explicitOverride = {}) const;
    // Whether the base URL was set by anything but the default (a local server then needs no autodetection).
    bool hasBaseUrlOverride(const QString &id, const QString &explicitOverride = {}) const;
    // Model: explicit > setting providers/<id>Model > provider default.
    QString model(const QString &id, const QString &explicitModel = {}) const;

private:
    const Settings *m_settings;
    std::vector<std::unique_ptr<Provider>> m_providers;
};

} // namespace ttc::providers

#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QPluginLoader;

namespace ttc {

class FeatureModule;

// Finds and loads feature plugins (`ttc-NAME`) from, in order: $TTC_MODULE_DIR, the folder the build or install
// puts them in relative to the executable (../lib/tooltip-companion and the install's own libdir).
// Loaded plugins stay loaded until the process ends.
class FeatureLoader
{
public:
    FeatureLoader();
    ~FeatureLoader();

    Result<FeatureModule *> load(const QString &name);
    FeatureModule *loaded(const QString &name) const { return m_modules.value(name); }
    QList<FeatureModule *> all() const { return m_modules.values(); }

    QStringList searchPaths() const;
    // Whether a plugin file for the feature exists (without loading it).
    bool isAvailable(const QString &name) const;

private:
    QString findFile(const QString &name) const;

    QHash<QString, FeatureModule *> m_modules;
    QList<QPluginLoader *> m_loaders;
};

} // namespace ttc

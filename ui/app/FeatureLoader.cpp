#include "app/FeatureLoader.h"

#include "app/FeatureModule.h"
#include "log/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPluginLoader>

namespace ttc {

FeatureLoader::FeatureLoader() = default;

FeatureLoader::~FeatureLoader()
{
    // Plugins are never unloaded: their objects may still be referenced by queued events at exit.
    qDeleteAll(m_loaders);
}

QStringList FeatureLoader::searchPaths() const
{
    QStringList paths;
    const QString fromEnv = qEnvironmentVariable("TTC_MODULE_DIR");
    if (!fromEnv.isEmpty())
        paths << fromEnv;
    const QDir bin(QCoreApplication::applicationDirPath());
    paths << QDir::cleanPath(bin.filePath(QStringLiteral("../lib/tooltip-companion")));
#ifdef Q_OS_MACOS
    // Inside the app bundle of the DMG (packaging/deploy.cmake.in): Contents/PlugIns, where code signing wants it.
    paths << QDir::cleanPath(bin.filePath(QStringLiteral("../PlugIns/tooltip-companion")));
#endif
#ifdef TTC_MODULE_RELDIR
    paths << QDir::cleanPath(bin.filePath(QStringLiteral(TTC_MODULE_RELDIR)));
#endif
    paths.removeDuplicates();
    return paths;
}

QString FeatureLoader::findFile(const QString &name) const
{
    const QString base = QStringLiteral("ttc-") + name;
    for (const QString &dir : searchPaths()) {
        const QDir d(dir);
        for (const QString &candidate : {base, QString(QStringLiteral("lib") + base)}) {
            for (const QString &suffix : {QStringLiteral(".so"), QStringLiteral(".dll"), QStringLiteral(".dylib")}) {
                const QString path = d.filePath(candidate + suffix);
                if (QFileInfo::exists(path))
                    return path;
            }
        }
    }
    return {};
}

bool FeatureLoader::isAvailable(const QString &name) const
{
    return m_modules.contains(name) || !findFile(name).isEmpty();
}

Result<FeatureModule *> FeatureLoader::load(const QString &name)
{
    if (FeatureModule *m = m_modules.value(name))
        return m;
    const QString file = findFile(name);
    if (file.isEmpty()) {
        return Error{QStringLiteral("module-missing"),
                     QCoreApplication::translate("FeatureLoader",
                                                 "The %1 feature is not installed (looked in %2). Reinstall "
                                                 "ToolTip Companion.")
                         .arg(name, searchPaths().join(QStringLiteral(", ")))};
    }
    auto *loader = new QPluginLoader(file);
    // Symbols of the module stay private to it; it resolves core and ui from the executable.
    loader->setLoadHints(QLibrary::PreventUnloadHint);
    QObject *instance = loader->instance();
    auto *module = qobject_cast<FeatureModule *>(instance);
    if (!module) {
        const QString why = loader->errorString();
        delete loader;
        return Error{QStringLiteral("module-broken"),
                     QCoreApplication::translate("FeatureLoader", "The %1 feature could not be loaded: %2")
                         .arg(name, why)};
    }
    qCInfo(lcApp) << "loaded feature module" << name << "from" << file;
    m_loaders << loader;
    m_modules.insert(name, module);
    return module;
}

} // namespace ttc

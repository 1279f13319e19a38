#pragma once

#include <QString>
#include <QStringList>

namespace ttc {

// Where the app keeps its data. With an explicit profile folder (--profile DIR or TTC_PROFILE_DIR) everything
// lives under it; otherwise the platform's locations (XDG on Linux) are used.
class Profile
{
public:
    // Resolves the profile for this process: an explicit dir wins, then TTC_PROFILE_DIR, then the platform default.
    static Profile resolve(const QString &explicitDir = {});
    // Returns the value of "--profile DIR" / "--profile=DIR" in args, or an empty string.
    static QString profileArgument(const QStringList &args);

    bool isExplicit() const { return !m_root.isEmpty(); }
    QString root() const { return m_root; }     // empty for the platform default

    QString dataDir() const { return m_dataDir; }
    QString configDir() const { return m_configDir; }
    QString cacheDir() const { return m_cacheDir; }
    QString logDir() const { return m_dataDir + QStringLiteral("/logs"); }
    QString databasePath() const { return m_dataDir + QStringLiteral("/companion.sqlite"); }
    QString settingsPath() const { return m_configDir + QStringLiteral("/settings.ini"); }
    QString webEngineDir() const { return m_dataDir + QStringLiteral("/webengine"); }

    // A name for per-profile local sockets and locks: stable for a folder, short enough for sun_path.
    QString instanceKey() const;

    // Creates the folders; returns false when one cannot be created.
    bool ensureExists(QString *error = nullptr) const;

private:
    QString m_root;
    QString m_dataDir;
    QString m_configDir;
    QString m_cacheDir;
};

} // namespace ttc

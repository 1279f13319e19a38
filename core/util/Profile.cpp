#include "util/Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ttc {

namespace {

QString standardDir(QStandardPaths::StandardLocation location, const QString &leaf)
{
    // Own folder names rather than QCoreApplication's, so ttc and the tray app share one profile.
    QString base = QStandardPaths::writableLocation(location);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.") + QStringLiteral(TTC_PRODUCT_ID);
    return QDir::cleanPath(base + QLatin1Char('/') + leaf);
}

} // namespace

Profile Profile::resolve(const QString &explicitDir)
{
    Profile p;
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("TTC_PROFILE_DIR");
    if (!dir.isEmpty()) {
        p.m_root = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
        p.m_dataDir = p.m_root + QStringLiteral("/data");
        p.m_configDir = p.m_root + QStringLiteral("/config");
        p.m_cacheDir = p.m_root + QStringLiteral("/cache");
        return p;
    }
    const QString leaf = QStringLiteral(TTC_PRODUCT_ID);
    p.m_dataDir = standardDir(QStandardPaths::GenericDataLocation, leaf);
    p.m_configDir = standardDir(QStandardPaths::GenericConfigLocation, leaf);
    p.m_cacheDir = standardDir(QStandardPaths::GenericCacheLocation, leaf);
    return p;
}

QString Profile::profileArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--profile") || a == QLatin1String("-profile")) && i + 1 < args.size())
            return args.at(i + 1);
        if (a.startsWith(QLatin1String("--profile=")))
            return a.mid(10);
    }
    return {};
}

QString Profile::instanceKey() const
{
    const QByteArray id = QCryptographicHash::hash(m_dataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("ttc-") + QString::fromLatin1(id);
}

bool Profile::ensureExists(QString *error) const
{
    for (const QString &d : {m_dataDir, m_configDir, m_cacheDir, logDir()}) {
        if (!QDir().mkpath(d)) {
            if (error)
                *error = QStringLiteral("cannot create the folder %1").arg(d);
            return false;
        }
    }
    // Data may hold private chats: keep it to the user.
    QFile::setPermissions(m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace ttc

#include "util/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitDirHoldsEverything()
    {
        QTemporaryDir dir;
        const Profile p = Profile::resolve(dir.path());
        QVERIFY(p.isExplicit());
        for (const QString &path : {p.dataDir(), p.configDir(), p.cacheDir(), p.logDir(), p.databasePath(),
                                    p.settingsPath(), p.webEngineDir()})
            QVERIFY2(path.startsWith(dir.path() + QLatin1Char('/')), qPrintable(path));
        QVERIFY(p.ensureExists());
        QVERIFY(QFileInfo(p.logDir()).isDir());
        QCOMPARE(QFileInfo(p.dataDir()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void environmentVariableIsUsedWhenNoFlag()
    {
        QTemporaryDir dir;
        qputenv("TTC_PROFILE_DIR", dir.path().toUtf8());
        const Profile p = Profile::resolve();
        qunsetenv("TTC_PROFILE_DIR");
        QCOMPARE(p.root(), QDir::cleanPath(dir.path()));
    }

    void flagWinsOverEnvironment()
    {
        QTemporaryDir a, b;
        qputenv("TTC_PROFILE_DIR", a.path().toUtf8());
        const Profile p = Profile::resolve(b.path());
        qunsetenv("TTC_PROFILE_DIR");
        QCOMPARE(p.root(), QDir::cleanPath(b.path()));
    }

    void defaultFollowsXdg()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
        const Profile p = Profile::resolve();
        QVERIFY(!p.isExplicit());
        QCOMPARE(p.dataDir(), home.path() + QStringLiteral("/data/tooltip-companion"));
        QCOMPARE(p.configDir(), home.path() + QStringLiteral("/config/tooltip-companion"));
        QCOMPARE(p.cacheDir(), home.path() + QStringLiteral("/cache/tooltip-companion"));
    }

    void instanceKeyIsStablePerFolder()
    {
        QTemporaryDir a, b;
        QCOMPARE(Profile::resolve(a.path()).instanceKey(), Profile::resolve(a.path() + QStringLiteral("/")).instanceKey());
        QVERIFY(Profile::resolve(a.path()).instanceKey() != Profile::resolve(b.path()).instanceKey());
        QVERIFY(Profile::resolve(a.path()).instanceKey().size() < 40);
    }

    void profileArgument()
    {
        QCOMPARE(Profile::profileArgument({QStringLiteral("app"), QStringLiteral("--profile"), QStringLiteral("/x")}),
                 QStringLiteral("/x"));
        QCOMPARE(Profile::profileArgument({QStringLiteral("app"), QStringLiteral("--profile=/y")}), QStringLiteral("/y"));
        QCOMPARE(Profile::profileArgument({QStringLiteral("app"), QStringLiteral("--"), QStringLiteral("--profile=/z")}),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"

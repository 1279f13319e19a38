#include "TestSupport.h"
#include "platform/Autostart.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;

class TestAutostart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    void writesAnXdgEntryOnlyWhenEnabled()
    {
        test::TempProfile profile;
        Autostart a(profile.profile(), QStringLiteral("/opt/My Apps/tooltip-companion"));
        QVERIFY(a.location().startsWith(m_config.path() + QStringLiteral("/autostart/tooltip-companion-")));
        QVERIFY(!a.isEnabled());
        QVERIFY(!QFile::exists(a.location()));

        QVERIFY(a.setEnabled(true).ok());
        QVERIFY(a.isEnabled());
        QFile entry(a.location());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\nType=Application\n")));
        QVERIFY2(text.contains(QStringLiteral("\nExec=\"/opt/My Apps/tooltip-companion\" --autostart --profile ")),
                 qPrintable(text));
        QVERIFY(text.contains(profile.root()));

        QVERIFY(a.setEnabled(false).ok());
        QVERIFY(!a.isEnabled());
        QVERIFY(!QFile::exists(a.location()));
        QVERIFY(a.setEnabled(false).ok());  // disabling twice is fine
    }

    void defaultProfileUsesThePlainName()
    {
        qunsetenv("TTC_PROFILE_DIR");
        Autostart a(Profile::resolve(), QStringLiteral("/usr/bin/tooltip-companion"));
        QCOMPARE(a.location(), m_config.path() + QStringLiteral("/autostart/tooltip-companion.desktop"));
        QCOMPARE(a.arguments(), QStringList{QStringLiteral("--autostart")});
    }

    void escapesSpecialCharacters()
    {
        test::TempProfile profile;
        Autostart a(profile.profile(), QStringLiteral("/tmp/odd \"name\" $HOME 100%"));
        QVERIFY(a.setEnabled(true).ok());
        QFile f(a.location());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains(R"(Exec="/tmp/odd \\"name\\" \\$HOME 100%%")"), text.constData());
        QVERIFY(a.setEnabled(false).ok());
    }

    void reportsWhenItCannotWrite()
    {
        test::TempProfile profile;
        QFile blocker(m_config.path() + QStringLiteral("/autostart"));
        QFile::remove(blocker.fileName());
        QDir(blocker.fileName()).removeRecursively();
        QVERIFY(blocker.open(QIODevice::WriteOnly));  // a file where the folder should be
        blocker.close();
        Autostart a(profile.profile(), QStringLiteral("/usr/bin/tooltip-companion"));
        const Result<void> r = a.setEnabled(true);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("start at login")));
        QFile::remove(blocker.fileName());
    }
#endif
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"

#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsComeFromTheTable()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(s.startAtLogin(), false);
        QCOMPARE(s.hoverDelayMs(), 250);
        QCOMPARE(s.value(QStringLiteral("browser/hoverDelayMs")), QVariant(250));
        QVERIFY(Settings::keys().contains(QStringLiteral("general/startAtLogin")));
    }

    void typedRoundTripAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings s(path);
            s.setHoverDelayMs(400);
            s.setStartAtLogin(true);
            s.setLanguage(QStringLiteral("de"));
        }
        Settings again(path);
        QCOMPARE(again.hoverDelayMs(), 400);
        QCOMPARE(again.startAtLogin(), true);
        QCOMPARE(again.language(), QStringLiteral("de"));
    }

    void notifiesOnlyOnChange()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("settings.ini")));
        QSignalSpy spy(&s, &Settings::changed);
        s.setHoverDelayMs(300);
        s.setHoverDelayMs(300);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("browser/hoverDelayMs"));
        QCOMPARE(spy.at(0).at(1), QVariant(300));
        s.reset(QStringLiteral("browser/hoverDelayMs"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(s.hoverDelayMs(), 250);
    }

    void refusesUnknownKeysAndWrongTypes()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("settings.ini")));
        QSignalSpy spy(&s, &Settings::changed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown setting")));
        QVERIFY(!s.setValue(QStringLiteral("no/such"), 1));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("expects")));
        QVERIFY(!s.setValue(QStringLiteral("browser/hoverDelayMs"), QStringLiteral("soon")));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(s.hoverDelayMs(), 250);
    }

    void garbageInTheFileFallsBackToTheDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[browser]\nhoverDelayMs=lots\n");
        f.close();
        Settings s(path);
        QCOMPARE(s.hoverDelayMs(), 250);
    }

    // The "general" group is special to QSettings' INI format ([%General]). QSettings instances in one process share
    // the parsed file, so a restart is simulated by reading a copy of the file under a path this process never opened.
    void generalSettingsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings s(path);
            s.setLanguage(QStringLiteral("fr"));
            s.setStartAtLogin(true);
            s.setHoverDelayMs(400);
        }
        const QString restarted = dir.filePath(QStringLiteral("after-restart.ini"));
        QVERIFY(QFile::copy(path, restarted));
        Settings again(restarted);
        QCOMPARE(again.language(), QStringLiteral("fr"));
        QCOMPARE(again.startAtLogin(), true);
        QCOMPARE(again.hoverDelayMs(), 400);
    }

    void readsTheGeneralGroupAsEarlierVersionsWroteIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[%General]\nlanguage=de\nstartAtLogin=true\n");
        f.close();
        Settings s(path);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.startAtLogin(), true);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

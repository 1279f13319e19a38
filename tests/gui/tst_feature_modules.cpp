// Feature plugins: found next to the program, loaded once on first request, given the running app, asked again
// without reloading, shut down at quit; a missing one is a clear message, not a crash. Also the command line that
// leads to them (--open, --browse).
#include "TestSupport.h"

#include "app/AppOptions.h"
#include "app/CompanionApp.h"
#include "app/FeatureModule.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ttc;

class TestFeatureModules : public QObject
{
    Q_OBJECT

    test::TempProfile m_profile;

private Q_SLOTS:
    void loadsOnceAndResolvesTheExecutablesSymbols()
    {
        Settings settings(m_profile.profile().settingsPath());
        settings.setDefaultProvider(QStringLiteral("anthropic"));
        CompanionApp app(m_profile.profile(), settings);
        QVERIFY(app.isFeatureAvailable(QStringLiteral("probe")));
        QVERIFY(!app.loadedFeature(QStringLiteral("probe")));

        QSignalSpy loaded(&app, &CompanionApp::featureLoaded);
        FeatureModule *m = app.requestFeature(QStringLiteral("probe"), QStringLiteral("open"),
                                              {{QStringLiteral("url"), QStringLiteral("https://example.org/")}});
        QVERIFY(m);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("probe"));
        QObject *api = m->api();
        QVERIFY(api);
        QCOMPARE(api->property("initializations").toInt(), 1);
        QCOMPARE(api->property("settingsKeyCount").toInt(), int(Settings::keys().size()));
        QCOMPARE(api->property("defaultProvider").toString(), QStringLiteral("anthropic"));

        QCOMPARE(app.requestFeature(QStringLiteral("probe"), QStringLiteral("focus")), m);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(api->property("initializations").toInt(), 1);
        QCOMPARE(api->property("requests").toStringList(),
                 (QStringList{QStringLiteral("open:https://example.org/"), QStringLiteral("focus:")}));
        QCOMPARE(app.loadedFeature(QStringLiteral("probe")), m);

        app.shutdownFeatures();
        QVERIFY(api->property("shutDown").toBool());
    }

    void aMissingModuleIsAClearMessage()
    {
        Settings settings(m_profile.profile().settingsPath());
        CompanionApp app(m_profile.profile(), settings);
        QVERIFY(!app.isFeatureAvailable(QStringLiteral("nonexistent")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nonexistent feature is not installed")));
        QVERIFY(!app.requestFeature(QStringLiteral("nonexistent")));
    }

    void registeredWindowsOpenBeforeModules()
    {
        Settings settings(m_profile.profile().settingsPath());
        CompanionApp app(m_profile.profile(), settings);
        int opened = 0;
        app.registerWindow(QStringLiteral("probe"), [&] { ++opened; });
        app.open(QStringLiteral("probe"));
        QCOMPARE(opened, 1);
        QVERIFY(!app.loadedFeature(QStringLiteral("probe")));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("open");
        QTest::addColumn<QString>("browse");
        QTest::addColumn<bool>("ok");
        const QString p = QStringLiteral("tooltip-companion");
        QTest::newRow("nothing") << QStringList{p} << QStringList{} << QString() << true;
        QTest::newRow("chat") << QStringList{p, QStringLiteral("--open"), QStringLiteral("chat")}
                              << QStringList{QStringLiteral("chat")} << QString() << true;
        QTest::newRow("two") << QStringList{p, QStringLiteral("--open=keys"), QStringLiteral("--open=chat")}
                             << QStringList{QStringLiteral("keys"), QStringLiteral("chat")} << QString() << true;
        QTest::newRow("unknown") << QStringList{p, QStringLiteral("--open"), QStringLiteral("settings")}
                                 << QStringList{} << QString() << false;
        QTest::newRow("browse host") << QStringList{p, QStringLiteral("--browse"), QStringLiteral("example.org/a")}
                                     << QStringList{} << QStringLiteral("http://example.org/a") << true;
        QTest::newRow("browse js") << QStringList{p, QStringLiteral("--browse"), QStringLiteral("javascript:alert(1)")}
                                   << QStringList{} << QString() << false;
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, open);
        QFETCH(QString, browse);
        QFETCH(bool, ok);
        const AppOptions o = parseAppOptions(arguments);
        QCOMPARE(o.error.isEmpty(), ok);
        if (!ok)
            return;
        QCOMPARE(o.open, open);
        QCOMPARE(o.browse, browse);
        QCOMPARE(o.hasActions(), !open.isEmpty() || !browse.isEmpty());
    }
};

QTEST_MAIN(TestFeatureModules)
#include "tst_feature_modules.moc"

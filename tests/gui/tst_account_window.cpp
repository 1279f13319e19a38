// The account window against a loopback sync server: sign in through the form, see tier and usage, see a tier
// change arrive without a restart (server poke → pull → entitlement), sign out. Offscreen, in-process.
#include "FakeSyncServer.h"
#include "TestSupport.h"
#include "util/Future.h"

#include "account/AccountController.h"
#include "account/AuthSession.h"
#include "account/EntitlementCache.h"
#include "account/SyncClient.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace ttc;

class TestAccountWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInSeeTierChangeSignOut()
    {
        qputenv("TTC_KEYCHAIN_SERVICE", "ttc-test-account-window");
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        test::TempProfile profile;
        QString err;
        QVERIFY(profile.profile().ensureExists(&err));
        store::Database db(profile.profile().databasePath());
        bool opened = false;
        QObject ctx;
        db.open() | ttc::then(&ctx, [&](Result<store::OpenInfo> r) { opened = r.ok(); });
        QTRY_VERIFY(opened);
        QNetworkAccessManager nam;
        AccountController controller(db, nam, SystemClock::instance(), QUrl(server.url()));
        controller.start();
        QTRY_VERIFY(controller.auth().state() != account::AuthSession::State::Loading);

        controller.openWindow();
        QWidget *window = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("accountWindow"))
                window = w;
        QVERIFY(window);
        QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("server"))->text(), server.url());
        window->findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("w@example.com"));
        window->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("password123"));
        // No account yet: signing in fails with words, creating one works.
        window->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
        auto *formError = window->findChild<QLabel *>(QStringLiteral("formError"));
        QTRY_VERIFY_WITH_TIMEOUT(formError->text().contains(QStringLiteral("wrong")), 15000);
        window->findChild<QPushButton *>(QStringLiteral("signUp"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller.auth().isSignedIn(), 15000);
        auto *tier = window->findChild<QLabel *>(QStringLiteral("tier"));
        auto *usage = window->findChild<QProgressBar *>(QStringLiteral("usage"));
        QTRY_COMPARE_WITH_TIMEOUT(tier->text(), QStringLiteral("Tier: Free"), 15000);
        QCOMPARE(usage->maximum(), 50);
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("upgrade"))->isVisibleTo(window));
        QTRY_VERIFY_WITH_TIMEOUT(controller.sync().pokesConnected(), 15000);
        QVERIFY(controller.entitlement().current()->lease.verified);
        window->grab().save(test::artifactsDir() + QStringLiteral("/account-window-free.png"));

        // The payment is confirmed on the server: the window shows Pro without a restart.
        server.setTier(QStringLiteral("w@example.com"), QStringLiteral("pro"));
        QTRY_COMPARE_WITH_TIMEOUT(tier->text(), QStringLiteral("Tier: Pro"), 15000);
        QCOMPARE(usage->maximum(), 1000);
        QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("upgrade"))->isVisibleTo(window));
        window->grab().save(test::artifactsDir() + QStringLiteral("/account-window-pro.png"));

        window->findChild<QPushButton *>(QStringLiteral("signOut"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.auth().isSignedIn(), 15000);
        QTRY_VERIFY(window->findChild<QLineEdit *>(QStringLiteral("email"))->isVisibleTo(window));
    }
};

QTEST_MAIN(TestAccountWindow)
#include "tst_account_window.moc"

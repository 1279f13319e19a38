// The key manager window over the real keychain (D-Bus + gnome-keyring in scripts/test-env) and a loopback provider.
#include "FakeProviderServer.h"
#include "TestSupport.h"
#include "ai/AiServices.h"
#include "keys/KeyManagerWindow.h"
#include "keys/KeyRing.h"
#include "keys/SecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ttc;

class TestKeyManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setTestRemoveOnTheKeychain()
    {
        test::TempProfile profile;
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        qputenv("TTC_OPENAI_BASE_URL", server.baseUrl(QStringLiteral("openai")).toString().toUtf8());
        qunsetenv("OPENAI_API_KEY");
        const QString service = QStringLiteral("ttc-gui-test-") + QUuid::createUuid().toString(QUuid::Id128);
        Settings settings(profile.profile().settingsPath());
        store::Database db(profile.profile().databasePath());
        db.open().waitForFinished();
        ai::AiServices ai(profile.profile(), &settings, db, SystemClock::instance(),
                          std::make_unique<keys::KeychainSecretStore>(service));
        ai.keys().load();
        QTRY_VERIFY_WITH_TIMEOUT(ai.keys().isLoaded(), 20000);
        if (ai.keys().lastError().code == QLatin1String("no_backend"))
            QSKIP("no Secret Service here (run inside scripts/test-env)");

        KeyManagerWindow window(ai);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *set = window.findChild<QPushButton *>(QStringLiteral("set_openai"));
        auto *test = window.findChild<QPushButton *>(QStringLiteral("test_openai"));
        QVERIFY(set && test);
        QVERIFY(!test->isEnabled());  // nothing to test yet

        const QString key = QStringLiteral("sk-proj-window-") + QUuid::createUuid().toString(QUuid::Id128);
        QSignalSpy stored(&window, &KeyManagerWindow::keyStored);
        QSignalSpy tested(&window, &KeyManagerWindow::keyTested);
        window.setKey(QStringLiteral("openai"), key);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
        QVERIFY(stored.first().at(1).toBool());
        // Masked, never in full, anywhere in the window.
        QCOMPARE(window.maskedText(QStringLiteral("openai")), key.left(7) + QStringLiteral("…") + key.right(4));
        for (QLabel *label : window.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(key));
        // Saving also checks it against the provider (GET /v1/models on the loopback server).
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QCOMPARE(tested.first().at(1).value<keys::KeyStatus>(), keys::KeyStatus::Valid);
        QVERIFY(window.statusText(QStringLiteral("openai")).contains(QLatin1String("2 model")));
        QCOMPARE(server.requests().last().header("authorization"), QByteArray("Bearer ") + key.toUtf8());

        // Applies without restart: the shared ring has it, and a fresh read from the keychain finds it.
        QCOMPARE(ai.keys().key(QStringLiteral("openai")), key);
        keys::KeychainSecretStore again(service);
        std::optional<Result<std::optional<QString>>> read;
        again.read(keys::KeyRing::account(QStringLiteral("openai")), this, [&](Result<std::optional<QString>> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(read->ok() && read->value().has_value());
        QCOMPARE(*read->value(), key);

        // An invalid key shows as invalid.
        server.enqueue(test::FakeProviderServer::errorReply(QStringLiteral("openai"), 401));
        window.testKey(QStringLiteral("openai"));
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        QCOMPARE(tested.last().at(1).value<keys::KeyStatus>(), keys::KeyStatus::Invalid);

        QSignalSpy removed(&window, &KeyManagerWindow::keyRemoved);
        window.removeKey(QStringLiteral("openai"), false);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QVERIFY(!ai.keys().hasKey(QStringLiteral("openai")));
        QCOMPARE(window.maskedText(QStringLiteral("openai")), QStringLiteral("no key"));
        QTest::qWait(50);
        QVERIFY(!test->isEnabled());
        qunsetenv("TTC_OPENAI_BASE_URL");
    }

    void sessionOnlyWithoutKeychain()
    {
        test::TempProfile profile;
        Settings settings(profile.profile().settingsPath());
        store::Database db(profile.profile().databasePath());
        db.open().waitForFinished();
        auto store = std::make_unique<keys::MemorySecretStore>();
        store->setUnavailable(true);
        ai::AiServices ai(profile.profile(), &settings, db, SystemClock::instance(), std::move(store));
        ai.keys().load();
        QTRY_VERIFY_WITH_TIMEOUT(ai.keys().isLoaded(), 20000);
        QCOMPARE(ai.keys().lastError().code, QStringLiteral("no_backend"));
        KeyManagerWindow window(ai);
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("notice"))->text().isEmpty());
        QSignalSpy stored(&window, &KeyManagerWindow::keyStored);
        window.setKey(QStringLiteral("anthropic"), QStringLiteral("sk-ant-session-only-1234"), false);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
        QCOMPARE(ai.keys().source(QStringLiteral("anthropic")), keys::KeySource::Session);
        QCOMPARE(window.maskedText(QStringLiteral("anthropic")), QStringLiteral("sk-ant…1234"));
    }
};

QTEST_MAIN(TestKeyManager)
#include "tst_key_manager.moc"

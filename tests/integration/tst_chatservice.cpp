// ChatService end to end in-process: loopback provider, real SQLite store, key ring, local quota guard.
#include "FakeProviderServer.h"
#include "TestSupport.h"
#include "chat/ChatService.h"
#include "chat/ModelTable.h"
#include "chat/QuotaGuard.h"
#include "keys/KeyRing.h"
#include "keys/SecretStore.h"
#include "providers/ProviderRegistry.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace ttc;
using namespace ttc::chat;
using providers::ErrorKind;

class TestChatService : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::TempProfile profile;
        test::FakeProviderServer server;
        SystemClock clock;
        store::Database db{profile.profile().databasePath()};
        providers::ProviderRegistry registry;
        keys::MemorySecretStore secrets;
        keys::KeyRing keys{secrets};
        LocalQuotaGuard quota{db, nullptr, clock};
        QNetworkAccessManager nam;
        ModelTable models;
        ChatService service{db, registry, keys, quota, nam, clock, models};

        Rig()
        {
            server.listen();
            QFuture<Result<store::OpenInfo>> opened = db.open();
            opened.waitForFinished();
            keys.setSessionKey(QStringLiteral("openai"), QStringLiteral("sk-test-openai-key-0001"));
            keys.setSessionKey(QStringLiteral("anthropic"), QStringLiteral("sk-ant-test-key-0001"));
            net::HttpOptions o;
            o.retry.initialDelayMs = 10;
            o.retry.maxDelayMs = 20;
            service.setHttpOptions(o);
        }

        template<typename T>
        T query(const QString &sql)
        {
            QFuture<QVariant> f = db.run([sql](QSqlDatabase &d) {
                QSqlQuery q(d);
                if (!q.exec(sql) || !q.next())
                    return QVariant();
                return q.value(0);
            });
            f.waitForFinished();
            return f.result().value<T>();
        }
    };

    struct Run
    {
        QString text;
        bool done = false;
        bool ok = false;
        TurnResult result;
        providers::ProviderError error;
        QString sessionId;
    };

    Run turn(Rig &rig, const QString &provider, const QString &text, const QString &session = {},
             std::function<void(const QString &)> onStart = {}, bool unsaved = false)
    {
        Run run;
        TurnOptions o;
        o.unsaved = unsaved;
        o.provider = provider;
        o.baseUrl = rig.server.baseUrl(provider).toString();
        o.model = QStringLiteral("fake-model");
        const QString id = rig.service.startTurn(session, text, o);
        QMetaObject::Connection c1 = connect(&rig.service, &ChatService::delta, this, [&](const QString &t, const QString &d) {
            if (t == id)
                run.text += d;
        });
        QMetaObject::Connection c2 = connect(&rig.service, &ChatService::finished, this, [&](const QString &t, const TurnResult &r) {
            if (t == id) {
                run.done = run.ok = true;
                run.result = r;
                run.sessionId = r.sessionId;
            }
        });
        QMetaObject::Connection c3 = connect(&rig.service, &ChatService::failed, this,
                                             [&](const QString &t, const providers::ProviderError &e) {
                                                 if (t == id) {
                                                     run.done = true;
                                                     run.error = e;
                                                 }
                                             });
        QMetaObject::Connection c4 = connect(&rig.service, &ChatService::turnStarted, this,
                                             [&](const QString &t, const QString &s, const QString &) {
                                                 if (t == id)
                                                     run.sessionId = s;
                                             });
        if (onStart)
            onStart(id);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(run.done, 30000); }();
        for (auto c : {c1, c2, c3, c4})
            disconnect(c);
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("TTC_TIER");
        qunsetenv("TTC_DAILY_LIMIT");
        qunsetenv("OPENAI_API_KEY");
    }

    void signedInQueuesEachWriteOnce()
    {
        // While signed in the capture triggers queue every write inside the writer's transaction; ChatService must
        // not queue them a second time (one mutation per write).
        Rig rig;
        QVERIFY(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox")) == 0);
        rig.query<int>(QStringLiteral("INSERT INTO kv(key, value) VALUES ('account', '{}')"));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM kv WHERE key='account'")), 1);
        rig.server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"),
                                                               {QStringLiteral("Hel"), QStringLiteral("lo")}));
        const Run r = turn(rig, QStringLiteral("openai"), QStringLiteral("Say hello"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox WHERE name='session.put'")), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox WHERE name='message.put'")), 2);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox WHERE name='usage.record'")), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(DISTINCT json_extract(args, '$.id')) FROM outbox"
                                               " WHERE name='message.put'")), 2);
        // The queued assistant message is the finished one, not a streaming snapshot.
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT json_extract(args, '$.content') FROM outbox WHERE"
                                                   " name='message.put' AND json_extract(args, '$.role')='assistant'")),
                 QStringLiteral("Hello"));
        // A second turn in the same session adds exactly its two messages and one usage event.
        rig.server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("Again")}));
        const Run second = turn(rig, QStringLiteral("openai"), QStringLiteral("Once more"), r.sessionId);
        QVERIFY(second.ok);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox WHERE name='session.put'")), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox WHERE name='message.put'")), 4);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox WHERE name='usage.record'")), 2);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox")), 7);
    }

    // An unsaved turn (a link preview's AI summary) stores neither a session nor messages, but counts exactly like a
    // stored one: one usage event with its tokens, its outbox row while signed in, and the daily quota.
    void unsavedTurnCountsButStoresNothing()
    {
        Rig rig;
        rig.query<int>(QStringLiteral("INSERT INTO kv(key, value) VALUES ('account', '{}')"));
        rig.server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"),
                                                               {QStringLiteral("A short"), QStringLiteral(" summary")}));
        const Run r = turn(rig, QStringLiteral("openai"), QStringLiteral("Summarize this page."), {}, {}, true);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.text, QStringLiteral("A short summary"));
        QVERIFY(r.sessionId.isEmpty());
        QVERIFY(r.result.sessionId.isEmpty());
        QVERIFY(rig.server.requests().last().body.contains("Summarize this page."));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM sessions")), 0);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events")), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events WHERE kind='chat' AND"
                                               " provider='openai' AND model='fake-model' AND tokens_in=10 AND"
                                               " tokens_out=20 AND status='pending'")), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox WHERE name='usage.record'")), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox")), 1);

        // Continued in the chat after all: a session with its two messages, the usage not counted again.
        QFuture<Result<QString>> kept = rig.service.storeUnsaved(QStringLiteral("Summarize this page."), r.result,
                                                                 QStringLiteral("page text"));
        QTRY_VERIFY_WITH_TIMEOUT(kept.isFinished(), 10000);
        QVERIFY(kept.result().ok());
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM sessions WHERE id='%1' AND system_prompt='page text'")
                                    .arg(kept.result().value())), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT content FROM messages WHERE role='assistant'")),
                 QStringLiteral("A short summary"));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events")), 1);

        // The quota counts unsaved turns like any other.
        qputenv("TTC_DAILY_LIMIT", "1");
        const Run refused = turn(rig, QStringLiteral("openai"), QStringLiteral("Again"), {}, {}, true);
        qunsetenv("TTC_DAILY_LIMIT");
        QCOMPARE(refused.error.kind, ErrorKind::QuotaExceeded);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events")), 1);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM sessions")), 1);
    }

    void streamsAndPersists()
    {
        Rig rig;
        rig.server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"),
                                                               {QStringLiteral("Hello"), QStringLiteral(", world")}));
        const Run r = turn(rig, QStringLiteral("openai"), QStringLiteral("Say hello"));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.text, QStringLiteral("Hello, world"));
        QCOMPARE(r.result.usage.inputTokens, 10);
        QCOMPARE(r.result.usage.outputTokens, 20);
        QVERIFY(r.result.estimatedCost < 0);  // "fake-model" has no price
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT status FROM messages WHERE role='assistant'")), QStringLiteral("complete"));
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT content FROM messages WHERE role='assistant'")), QStringLiteral("Hello, world"));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT tokens_out FROM messages WHERE role='assistant'")), 20);
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events WHERE provider='openai' AND tokens_in=10")), 1);
        // Signed out nothing is queued: signing in queues the whole history.
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT title FROM sessions")), QStringLiteral("Say hello"));
        // The request carried the system prompt and history; a second turn in the same session sends both turns.
        rig.server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("Again")}));
        const Run second = turn(rig, QStringLiteral("openai"), QStringLiteral("Once more"), r.sessionId);
        QVERIFY(second.ok);
        const QByteArray body = rig.server.requests().last().body;
        QVERIFY(body.contains("Say hello"));
        QVERIFY(body.contains("Hello, world"));
        QVERIFY(body.contains("Once more"));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages")), 4);
    }

    void streamingMessageExistsAndWritesAreThrottled()
    {
        Rig rig;
        {
            QFuture<void> f = rig.db.run([](QSqlDatabase &d) {
                QSqlQuery q(d);
                q.exec(QStringLiteral("CREATE TABLE write_log(n INTEGER)"));
                q.exec(QStringLiteral("CREATE TRIGGER log_updates AFTER UPDATE OF content ON messages BEGIN"
                                      " INSERT INTO write_log VALUES (1); END"));
            });
            f.waitForFinished();
        }
        QStringList many;
        for (int i = 0; i < 600; ++i)
            many << QStringLiteral("chunk%1 ").arg(i, 3, 10, QLatin1Char('0'));  // 9 bytes each, ~5.4 KB
        test::FakeProviderReply reply = test::FakeProviderServer::textReply(QStringLiteral("openai"), many);
        reply.pieces.insert(3, reply.pieces.at(2));  // keep the first delta apart...
        reply.pieces.removeAt(3);
        reply.pieceDelayMs = 0;
        // A pause after the first delta to look at the row while it is streaming.
        test::FakeProviderReply slow = test::FakeProviderServer::textReply(QStringLiteral("openai"),
                                                                          {QStringLiteral("first "), QStringLiteral("second")}, 1500);
        rig.server.enqueue(slow);
        QString seenStatus;
        const Run r = turn(rig, QStringLiteral("openai"), QStringLiteral("Stream please"), {}, [&](const QString &) {
            QTRY_VERIFY_WITH_TIMEOUT(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages WHERE role='assistant'")) == 1, 15000);
            seenStatus = rig.query<QString>(QStringLiteral("SELECT status FROM messages WHERE role='assistant'"));
        });
        QVERIFY(r.ok);
        QCOMPARE(seenStatus, QStringLiteral("streaming"));

        rig.server.enqueue(reply);
        const Run big = turn(rig, QStringLiteral("openai"), QStringLiteral("Long one"));
        QVERIFY(big.ok);
        QCOMPARE(big.text, many.join(QString()));
        const int writes = rig.query<int>(QStringLiteral("SELECT count(*) FROM write_log"));
        // ~5.4 KB → at most ~6 size-triggered writes plus timer writes plus the final one; never one per token (600).
        QVERIFY2(writes <= 40, qPrintable(QString::number(writes)));
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT content FROM messages WHERE content LIKE 'chunk000%'")),
                 many.join(QString()));
    }

    void missingKeyRefusedBeforeNetwork()
    {
        Rig rig;
        qputenv("TTC_TIER", "pro");
        const Run r = turn(rig, QStringLiteral("gemini"), QStringLiteral("Hi"));
        qunsetenv("TTC_TIER");
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, ErrorKind::MissingKey);
        QCOMPARE(providers::exitCodeFor(r.error.kind), 3);
        QCOMPARE(rig.server.requests().size(), 0);
    }

    void quotaAndTier()
    {
        Rig rig;
        qputenv("TTC_DAILY_LIMIT", "1");
        rig.server.setDefault(test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("ok")}));
        QVERIFY(turn(rig, QStringLiteral("openai"), QStringLiteral("one")).ok);
        const Run second = turn(rig, QStringLiteral("openai"), QStringLiteral("two"));
        QCOMPARE(second.error.kind, ErrorKind::QuotaExceeded);
        // When the quota renews (the end of the UTC day), on the user's clock.
        const QDateTime renews = QDateTime::fromMSecsSinceEpoch(quota::nextUtcMidnightMs(rig.clock.nowMs()));
        QVERIFY2(second.error.message.contains(QLocale().toString(renews.time(), QLocale::ShortFormat)),
                 qPrintable(second.error.message));
        QCOMPARE(providers::exitCodeFor(second.error.kind), 4);
        QCOMPARE(rig.server.requests().size(), 1);
        // Free tier: Anthropic is locked, whatever the count.
        qputenv("TTC_DAILY_LIMIT", "100");
        const Run locked = turn(rig, QStringLiteral("anthropic"), QStringLiteral("hi"));
        QCOMPARE(locked.error.kind, ErrorKind::TierLocked);
        QVERIFY(locked.error.message.contains(QLatin1String("Pro")));
        QCOMPARE(rig.server.requests().size(), 1);
        // Local servers on loopback are never refused nor counted.
        qputenv("TTC_DAILY_LIMIT", "0");
        const Run local = turn(rig, QStringLiteral("local"), QStringLiteral("hi"));
        QVERIFY2(local.ok, qPrintable(local.error.message));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events")), 1);
        qputenv("TTC_TIER", "pro");
        rig.server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("anthropic"), {QStringLiteral("pro ok")}));
        qputenv("TTC_DAILY_LIMIT", "100");
        const Run pro = turn(rig, QStringLiteral("anthropic"), QStringLiteral("hi"));
        QVERIFY2(pro.ok, qPrintable(pro.error.message));
        QCOMPARE(pro.text, QStringLiteral("pro ok"));
        qunsetenv("TTC_TIER");
        qunsetenv("TTC_DAILY_LIMIT");
    }

    void cancelKeepsPartialAsInterrupted()
    {
        Rig rig;
        rig.server.enqueue(test::FakeProviderServer::textReply(
            QStringLiteral("openai"), {QStringLiteral("partial "), QStringLiteral("never")}, 5000));
        const Run r = turn(rig, QStringLiteral("openai"), QStringLiteral("Hi"), {}, [&](const QString &id) {
            QTRY_VERIFY_WITH_TIMEOUT(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages WHERE role='assistant'")) == 1, 15000);
            rig.service.cancel(id);
        });
        QCOMPARE(r.error.kind, ErrorKind::Cancelled);
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT status FROM messages WHERE role='assistant'")), QStringLiteral("interrupted"));
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT content FROM messages WHERE role='assistant'")), QStringLiteral("partial "));
        QCOMPARE(rig.service.activeTurns(), 0);
    }

    void errorsArePersisted()
    {
        Rig rig;
        rig.server.enqueue(test::FakeProviderServer::errorReply(QStringLiteral("openai"), 401));
        const Run r = turn(rig, QStringLiteral("openai"), QStringLiteral("Hi"));
        QCOMPARE(r.error.kind, ErrorKind::InvalidKey);
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT status FROM messages WHERE role='assistant'")), QStringLiteral("error"));
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT error_code FROM messages WHERE role='assistant'")), QStringLiteral("invalid_key"));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events")), 0);  // refused requests do not count

        test::FakeProviderReply drop = test::FakeProviderServer::textReply(
            QStringLiteral("openai"), {QStringLiteral("kept "), QStringLiteral("lost")}, 50);
        drop.dropAfterPieces = 2;
        rig.server.enqueue(drop);
        const Run d = turn(rig, QStringLiteral("openai"), QStringLiteral("Again"));
        QCOMPARE(d.error.kind, ErrorKind::Network);
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT content FROM messages WHERE role='assistant' AND status='error' AND content<>''")),
                 QStringLiteral("kept "));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM usage_events")), 1);  // served in part: counts
    }

    void retryWithoutNewUserMessage()
    {
        Rig rig;
        rig.server.enqueue(test::FakeProviderServer::errorReply(QStringLiteral("openai"), 400));
        const Run r = turn(rig, QStringLiteral("openai"), QStringLiteral("Question"));
        QVERIFY(!r.ok);
        rig.server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("Answer")}));
        const Run again = turn(rig, QStringLiteral("openai"), QString(), r.sessionId);
        QVERIFY2(again.ok, qPrintable(again.error.message));
        QCOMPARE(rig.query<int>(QStringLiteral("SELECT count(*) FROM messages WHERE role='user'")), 1);
    }

    void recoversStaleStreaming()
    {
        Rig rig;
        QFuture<void> f = rig.db.run([](QSqlDatabase &d) {
            SystemClock clock;
            UuidV7Generator ids(clock);
            store::ChatRepository repo(d, clock, ids);
            const store::Session s = *repo.createSession(QStringLiteral("t"));
            store::Message m;
            m.sessionId = s.id;
            m.role = store::Role::Assistant;
            m.content = QStringLiteral("half");
            m.status = store::MessageStatus::Streaming;
            (void)repo.addMessage(m);
        });
        f.waitForFinished();
        QFuture<Result<int>> rec = rig.service.recoverInterrupted();
        rec.waitForFinished();
        QCOMPARE(rec.result().value(), 1);
        QCOMPARE(rig.query<QString>(QStringLiteral("SELECT status FROM messages")), QStringLiteral("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "tst_chatservice.moc"

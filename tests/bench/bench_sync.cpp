// Sync with a running ttc-server, in process (no keychain, no process start): device A writes N messages and
// uploads them, a new device B downloads them all (target: 100,000 in <= 10 s), then B's steady-state rounds with
// nothing new (target <= 20 ms).  Usage: bench_sync SERVER_URL EMAIL [MESSAGES]   (the account must not exist yet)
#include "TestSupport.h"
#include "account/AuthSession.h"
#include "account/SyncClient.h"
#include "account/TokenStore.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Future.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace ttc;

namespace {

template<typename T>
bool spin(const std::optional<T> &r, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick;
    tick.start(20);
    while (!r && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return r.has_value();
}

template<typename T>
T await(QFuture<T> f)
{
    std::optional<T> out;
    QObject ctx;
    f | ttc::then(&ctx, [&](T v) { out = std::move(v); });
    spin(out, 600000);
    return std::move(*out);
}

struct Device
{
    explicit Device(const QString &name)
        : db(profile.profile().databasePath()), auth(db, tokens, nam, SystemClock::instance()),
          sync(db, auth, SystemClock::instance()), label(name)
    {
        QString err;
        profile.profile().ensureExists(&err);
        (void)await(db.open(store::OpenOptions{store::IntegrityCheck::None, false}));
    }

    bool call(const std::function<void(account::AuthSession::Done)> &fn)
    {
        std::optional<Result<void>> r;
        fn([&](Result<void> x) { r = x; });
        spin(r, 60000);
        if (r && !*r)
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(r->error().message));
        return r && *r;
    }

    Result<account::SyncStats> syncOnce()
    {
        std::optional<Result<account::SyncStats>> r;
        sync.syncOnce([&](Result<account::SyncStats> x) { r = x; });
        spin(r, 600000);
        return r ? *r : Result<account::SyncStats>(Error{QStringLiteral("timeout"), QStringLiteral("no answer")});
    }

    test::TempProfile profile;
    store::Database db;
    QNetworkAccessManager nam;
    account::MemoryTokenStore tokens;
    account::AuthSession auth;
    account::SyncClient sync;
    QString label;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_sync SERVER_URL EMAIL [MESSAGES]\n");
        return 2;
    }
    const QUrl server(QString::fromLocal8Bit(argv[1]));
    const QString email = QString::fromLocal8Bit(argv[2]);
    const int messages = argc > 3 ? std::max(1, atoi(argv[3])) : 100000;
    const QString password = QStringLiteral("password123");

    Device a(QStringLiteral("a")), b(QStringLiteral("b"));
    if (!a.call([&](auto done) { a.auth.signup(server, email, password, &a.auth, done); })
        || (!a.auth.isSignedIn() && !a.call([&](auto done) { a.auth.login(server, email, password, QStringLiteral("a"), &a.auth, done); })))
        return 1;

    // Device A's history, written in one transaction (the capture triggers queue one outbox row per row).
    QElapsedTimer t;
    t.start();
    const bool written = await(a.db.run([messages](QSqlDatabase &db) {
        UuidV7Generator ids(SystemClock::instance());
        store::Transaction tx(db);
        if (!tx.begin())
            return false;
        QSqlQuery session(db), message(db);
        session.prepare(QStringLiteral("INSERT INTO sessions(id, title, created_at, updated_at) VALUES (?, ?, ?, ?)"));
        message.prepare(QStringLiteral("INSERT INTO messages(id, session_id, role, content, created_at, updated_at)"
                                       " VALUES (?, ?, ?, ?, ?, ?)"));
        QString sessionId;
        const qint64 now = SystemClock::instance().nowMs();
        for (int i = 0; i < messages; ++i) {
            if (i % 1000 == 0) {
                sessionId = ids.next();
                session.addBindValue(sessionId);
                session.addBindValue(QStringLiteral("chat %1").arg(i / 1000));
                session.addBindValue(now);
                session.addBindValue(now);
                if (!session.exec())
                    return false;
            }
            message.addBindValue(ids.next());
            message.addBindValue(sessionId);
            message.addBindValue(i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
            message.addBindValue(QStringLiteral("message %1: the quick brown fox jumps over the lazy dog, twice.").arg(i));
            message.addBindValue(now + i);
            message.addBindValue(now + i);
            if (!message.exec())
                return false;
        }
        return tx.commit();
    }));
    if (!written)
        return 1;
    const double writeS = t.nsecsElapsed() / 1e9;
    t.restart();
    int pushed = 0;
    for (int round = 0; round < 100000; ++round) {
        const auto r = a.syncOnce();
        if (!r) {
            std::fprintf(stderr, "bench_sync: upload: %s\n", qPrintable(r.error().message));
            return 1;
        }
        pushed += r->pushed;
        if (r->pushed == 0)
            break;
    }
    const double uploadS = t.nsecsElapsed() / 1e9;

    if (!b.call([&](auto done) { b.auth.login(server, email, password, QStringLiteral("b"), &b.auth, done); }))
        return 1;
    t.restart();
    const auto first = b.syncOnce();
    const double initialS = t.nsecsElapsed() / 1e9;
    if (!first) {
        std::fprintf(stderr, "bench_sync: initial sync: %s\n", qPrintable(first.error().message));
        return 1;
    }
    const int received = await(b.db.run([](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM messages"));
        return q.next() ? q.value(0).toInt() : -1;
    }));

    std::vector<double> rounds;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        if (!b.syncOnce())
            return 1;
        rounds.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(rounds.begin(), rounds.end());
    std::printf("  %d messages: written locally in %.2f s, uploaded (%d mutations) in %.2f s; a new device received %d "
                "in %.2f s (%d pages; target <= 10 s for 100,000)\n",
                messages, writeS, pushed, uploadS, received, initialS, first->pages);
    std::printf("  steady-state round, nothing new: median %.1f ms, p95 %.1f ms (target <= 20 ms)\n",
                rounds[rounds.size() / 2], rounds[rounds.size() * 95 / 100]);
    return received == messages ? 0 : 1;
}

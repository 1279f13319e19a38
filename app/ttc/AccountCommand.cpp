// ttc account signup|login --server URL --email E (password from stdin) | logout | status;  ttc sync [--once]
#include "Cli.h"

#include "account/AccountStore.h"
#include "account/AuthSession.h"
#include "account/EntitlementCache.h"
#include "account/SyncClient.h"
#include "account/TokenStore.h"
#include "platform/UnixSignals.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Future.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <iostream>
#include <string>

#ifndef Q_OS_WIN
#include <termios.h>
#include <unistd.h>
#endif

namespace ttc::cli {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc::cli", text);
}

// The account objects over the profile's database, with an event loop to wait on.
struct AccountRuntime
{
    explicit AccountRuntime(Context &ctx)
        : db(ctx.profile().databasePath()), auth(db, tokens, nam, ctx.clock()), entitlements(db, auth, ctx.clock())
    {
    }

    Result<void> open(Context &ctx)
    {
        QString error;
        if (!ctx.profile().ensureExists(&error))
            return Error{QStringLiteral("profile"), error};
        Result<store::OpenInfo> opened = Error{};
        wait(db.open(store::OpenOptions{store::IntegrityCheck::Quick, false}), opened);
        if (!opened)
            return opened.error();
        QEventLoop loop;
        QObject::connect(&auth, &account::AuthSession::stateChanged, &loop, &QEventLoop::quit);
        auth.load();
        if (auth.state() == account::AuthSession::State::Loading)
            loop.exec();
        return {};
    }

    // A future that is already finished runs the continuation at once, before the loop would start: only spin
    // while nothing has arrived, or the quit is lost and the loop waits forever.
    template<typename T>
    void wait(QFuture<T> future, T &out)
    {
        bool arrived = false;
        QEventLoop loop;
        QObject context;
        future | ttc::then(&context, [&](T value) {
            out = std::move(value);
            arrived = true;
            loop.quit();
        });
        if (!arrived)
            loop.exec();
    }

    // Runs fn(done) and spins until done is called.
    template<typename R>
    R await(const std::function<void(std::function<void(R)>)> &fn)
    {
        std::optional<R> result;
        QEventLoop loop;
        fn([&](R r) {
            result = std::move(r);
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    }

    store::Database db;
    QNetworkAccessManager nam;
    account::KeychainTokenStore tokens;
    account::AuthSession auth;
    // As in the app: an entitlement is kept through the cache, which pins the server's lease key and verifies the
    // lease, so the plan it grants holds offline and for cloud voice.
    account::EntitlementCache entitlements;

    // Hands e to the cache and waits until it is verified and stored (the first one fetches the lease key).
    void keep(const account::Entitlement &e)
    {
        const qint64 fetched = e.fetchedAtMs;
        bool done = false;
        QEventLoop loop;
        QObject context;
        QObject::connect(&entitlements, &account::EntitlementCache::changed, &context, [&] {
            if (entitlements.current() && entitlements.current()->fetchedAtMs == fetched) {
                done = true;
                loop.quit();
            }
        });
        entitlements.accept(e);
        if (!done)
            loop.exec();
        // The store write was queued before `changed`; a read queued now runs after it.
        Result<account::StoredAccount> flushed = Error{};
        wait(db.run([](QSqlDatabase &d) { return account::loadAccount(d); }), flushed);
    }
};

int exitFor(const Error &e)
{
    if (e.code == QLatin1String("network") || e.code == QLatin1String("timeout"))
        return Network;
    if (e.code == QLatin1String("rate_limited"))
        return RateLimited;
    if (e.code == QLatin1String("tier_required"))
        return TierOrQuota;
    return ServerError;
}

// One line from stdin; not echoed when it is a terminal.
std::optional<QString> readPassword(Context &ctx)
{
#ifndef Q_OS_WIN
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        ctx.err() << tr("Password: ");
        ctx.err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
#ifndef Q_OS_WIN
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err() << '\n';
    }
#endif
    if (!got && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString accountUsage()
{
    return tr("Usage: ttc account signup --server URL --email EMAIL   (password on stdin)\n"
              "       ttc account login --server URL --email EMAIL [--device NAME]   (password on stdin)\n"
              "       ttc account logout\n"
              "       ttc account status [--json]\n");
}

int signupOrLogin(Context &ctx, AccountRuntime &rt, bool signup, const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption server(QStringLiteral("server"), tr("The account server."), QStringLiteral("URL"));
    QCommandLineOption email(QStringLiteral("email"), tr("The account's email."), QStringLiteral("EMAIL"));
    QCommandLineOption device(QStringLiteral("device"), tr("A name for this device."), QStringLiteral("NAME"));
    QCommandLineOption password(QStringLiteral("password"), QString(), QStringLiteral("P"));
    p.addOptions({server, email, device, password});
    if (!p.parse(QStringList{QStringLiteral("ttc")} + args))
        return ctx.fail(Usage, p.errorText());
    if (p.isSet(password))
        return ctx.fail(Usage, tr("the password is read from stdin, never from the command line"));
    QString serverText = p.value(server);
    if (serverText.isEmpty())
        serverText = qEnvironmentVariable("TTC_SERVER_URL");
    const QUrl url = account::ApiClient::normalizeServer(serverText);
    if (!url.isValid() || p.value(email).isEmpty() || !p.positionalArguments().isEmpty())
        return ctx.fail(Usage, accountUsage().trimmed());
    const std::optional<QString> pw = readPassword(ctx);
    if (!pw || pw->isEmpty())
        return ctx.fail(Usage, tr("no password on stdin"));
    if (signup) {
        Result<void> r = rt.await<Result<void>>([&](auto done) {
            rt.auth.signup(url, p.value(email), *pw, &rt.auth, done);
        });
        if (!r)
            return ctx.fail(exitFor(r.error()), r.error());
    }
    Result<void> r = rt.await<Result<void>>([&](auto done) {
        rt.auth.login(url, p.value(email), *pw, p.value(device), &rt.auth, done);
    });
    if (!r)
        return ctx.fail(exitFor(r.error()), r.error());
    ctx.out() << (signup ? tr("Account created; signed in as %1 at %2\n") : tr("Signed in as %1 at %2\n"))
                     .arg(p.value(email), url.toString());
    return Ok;
}

int status(Context &ctx, AccountRuntime &rt, bool json)
{
    if (!rt.auth.isSignedIn()) {
        Result<account::StoredAccount> stored = Error{};
        rt.wait(rt.db.run([](QSqlDatabase &db) { return account::loadAccount(db); }), stored);
        const QString reason = stored ? stored->lastError : QString();
        if (json) {
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("signed_in"), false},
                                                   {QStringLiteral("reason"), reason}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
        } else {
            ctx.out() << tr("Not signed in (local-only mode).\n");
            if (!reason.isEmpty())
                ctx.out() << reason << '\n';
        }
        return Ok;
    }
    // Fresh from the server when it answers; otherwise the cached entitlement.
    account::ApiReply reply = rt.await<account::ApiReply>([&](auto done) {
        rt.auth.call("GET", QStringLiteral("/v1/entitlement"), {}, &rt.auth, done);
    });
    const qint64 now = ctx.clock().nowMs();
    bool online = reply.ok();
    if (online) {
        if (auto e = account::Entitlement::fromJson(reply.body, now))
            rt.keep(*e);
    }
    if (!rt.auth.isSignedIn())
        return ctx.fail(ServerError, rt.auth.signedOutReason());
    Result<account::StoredAccount> stored = Error{};
    rt.wait(rt.db.run([](QSqlDatabase &db) { return account::loadAccount(db); }), stored);
    if (!stored)
        return ctx.fail(Failure, stored.error());
    const account::AccountInfo &info = rt.auth.account();
    const std::optional<account::Entitlement> &e = stored->entitlement;
    if (json) {
        QJsonObject o{{QStringLiteral("signed_in"), true},
                      {QStringLiteral("server"), info.server.toString()},
                      {QStringLiteral("email"), info.email},
                      {QStringLiteral("online"), online},
                      {QStringLiteral("pending_changes"), stored->pendingMutations},
                      {QStringLiteral("last_sync"), stored->lastSyncMs ? QJsonValue(utc(stored->lastSyncMs)) : QJsonValue()}};
        if (e) {
            o.insert(QStringLiteral("tier"), e->tier);
            o.insert(QStringLiteral("limit"), e->dailyLimit < 0 ? QJsonValue() : QJsonValue(e->dailyLimit));
            o.insert(QStringLiteral("used_today"), e->usedToday);
            o.insert(QStringLiteral("resets_at"), e->resetsAtMs ? QJsonValue(utc(e->resetsAtMs)) : QJsonValue());
        }
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    ctx.out() << tr("Signed in as %1 at %2\n").arg(info.email, info.server.toString());
    if (e) {
        ctx.out() << tr("Tier: %1\n").arg(e->tier);
        ctx.out() << (e->dailyLimit < 0 ? tr("Cloud requests today: %1 (unlimited)\n").arg(e->usedToday)
                                        : tr("Cloud requests today: %1 of %2, resets %3\n")
                                              .arg(e->usedToday)
                                              .arg(e->dailyLimit)
                                              .arg(utc(e->resetsAtMs)));
    }
    if (!online)
        ctx.out() << tr("Offline: %1 (showing what was known at %2)\n")
                         .arg(reply.message, e ? utc(e->fetchedAtMs) : tr("never"));
    ctx.out() << tr("Sync: %1 change(s) waiting; last sync %2\n")
                     .arg(stored->pendingMutations)
                     .arg(stored->lastSyncMs ? utc(stored->lastSyncMs) : tr("never"));
    if (!stored->lastError.isEmpty())
        ctx.out() << tr("Last sync error: %1\n").arg(stored->lastError);
    return Ok;
}

int runAccount(Context &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? ctx.err() : ctx.out()) << accountUsage();
        return args.isEmpty() ? Usage : Ok;
    }
    const QString sub = args.first();
    if (sub != QLatin1String("signup") && sub != QLatin1String("login") && sub != QLatin1String("logout")
        && sub != QLatin1String("status"))
        return ctx.fail(Usage, accountUsage().trimmed());
    AccountRuntime rt(ctx);
    if (auto opened = rt.open(ctx); !opened)
        return ctx.fail(Failure, opened.error());
    if (sub == QLatin1String("signup") || sub == QLatin1String("login"))
        return signupOrLogin(ctx, rt, sub == QLatin1String("signup"), args.mid(1));
    if (sub == QLatin1String("logout")) {
        const bool was = rt.auth.isSignedIn();
        Result<void> r = rt.await<Result<void>>([&](auto done) { rt.auth.logout(&rt.auth, done); });
        if (!r)
            return ctx.fail(Failure, r.error());
        ctx.out() << (was ? tr("Signed out. Local history stays on this device.\n") : tr("Not signed in.\n"));
        return Ok;
    }
    const bool json = args.contains(QStringLiteral("--json"));
    return status(ctx, rt, json);
}

int runSync(Context &ctx, const QStringList &args)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        ctx.out() << tr("Usage: ttc sync [--once]\n"
                        "Sends this device's changes to the account server and fetches the others'. Without --once "
                        "it keeps running and syncs whenever something changes (Ctrl+C stops).\n");
        return Ok;
    }
    const bool once = args.contains(QStringLiteral("--once"));
    for (const QString &a : args)
        if (a != QLatin1String("--once"))
            return ctx.fail(Usage, tr("Usage: ttc sync [--once]"));
    AccountRuntime rt(ctx);
    if (auto opened = rt.open(ctx); !opened)
        return ctx.fail(Failure, opened.error());
    if (!rt.auth.isSignedIn())
        return ctx.fail(ServerError, tr("not signed in; use `ttc account login --server URL --email EMAIL`"));
    account::SyncClient sync(rt.db, rt.auth, ctx.clock());
    if (once) {
        std::optional<account::Entitlement> received;
        QObject::connect(&sync, &account::SyncClient::entitlementReceived, &sync,
                         [&received](const account::Entitlement &e) { received = e; });
        Result<account::SyncStats> r = rt.await<Result<account::SyncStats>>([&](auto done) { sync.syncOnce(done); });
        if (received)
            rt.keep(*received);
        if (!r)
            return ctx.fail(exitFor(r.error()), r.error());
        ctx.out() << tr("Synced: sent %1 change(s) (%2 refused by the server), received %3.\n")
                         .arg(r->pushed)
                         .arg(r->rejected)
                         .arg(r->pulled);
        return Ok;
    }
    UnixSignals signals;
    QEventLoop loop;
    QObject::connect(&signals, &UnixSignals::terminationRequested, &loop, &QEventLoop::quit);
    QObject::connect(&sync, &account::SyncClient::synced, &loop, [&ctx](const account::SyncStats &s) {
        ctx.out() << tr("%1 synced: sent %2, received %3\n")
                         .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                         .arg(s.pushed)
                         .arg(s.pulled);
        ctx.out().flush();
    });
    QObject::connect(&sync, &account::SyncClient::statusChanged, &loop, [&ctx, &sync](account::SyncClient::Status s) {
        if (s == account::SyncClient::Status::Offline || s == account::SyncClient::Status::Failed) {
            ctx.err() << QStringLiteral("ttc: ") << sync.lastError() << '\n';
            ctx.err().flush();
        }
    });
    QObject::connect(&rt.auth, &account::AuthSession::stateChanged, &loop, [&loop, &rt] {
        if (!rt.auth.isSignedIn())
            loop.quit();
    });
    QObject::connect(&sync, &account::SyncClient::entitlementReceived, &rt.entitlements,
                     &account::EntitlementCache::accept);
    sync.setPollIntervalMs(30000);
    sync.start();
    loop.exec();
    sync.stop();
    if (!rt.auth.isSignedIn())
        return ctx.fail(ServerError, rt.auth.signedOutReason());
    return Ok;
}

} // namespace

Command accountCommand()
{
    return {QStringLiteral("account"), tr("sign up, sign in or out of the sync server; show the account"), runAccount};
}

Command syncCommand()
{
    return {QStringLiteral("sync"), tr("sync chat history and usage with the account server"), runSync};
}

} // namespace ttc::cli

// ttc chat …, ttc keys list|set|validate|remove, ttc usage — over the same AI layer as the app (core/ai).
#include "Cli.h"

#include "ai/AiServices.h"
#include "chat/ChatService.h"
#include "chat/ModelTable.h"
#include "chat/QuotaGuard.h"
#include "keys/KeyRing.h"
#include "keys/KeyValidator.h"
#include "keys/SecretStore.h"
#include "platform/UnixSignals.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace ttc::cli {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ttc::cli", text, disambiguation, n);
}

// The CLI has nothing else to do while a request runs; a local loop is the honest wait here (no GUI thread).
// The condition is checked each time the loop has handled what was pending, before it sleeps: no polling delay.
// It should be made true by work of this thread's loop (signals, timers, sockets); for futures, use await().
template<typename Fn>
void runUntil(Fn &&done)
{
    if (done())
        return;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop, check);
    QTimer fallback;  // in case the condition was made true elsewhere without waking this loop
    QObject::connect(&fallback, &QTimer::timeout, &loop, check);
    fallback.start(50);
    loop.exec();
}

template<typename T>
T await(QFuture<T> future)
{
    // A future finished on another thread wakes this loop through the watcher's event.
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

// What the AI commands share: the profile's settings and database and the AI services over them.
struct AiContext
{
    explicit AiContext(Context &ctx)
        : settings(ctx.profile().settingsPath()), database(ctx.profile().databasePath())
    {
    }

    Result<void> open(Context &ctx)
    {
        QString error;
        if (!ctx.profile().ensureExists(&error))
            return Error{QStringLiteral("profile"), error};
        Result<store::OpenInfo> opened = await(database.open({store::IntegrityCheck::Quick, false}));
        if (!opened)
            return opened.error();
        // A short-lived command touches few pages: a small page cache (SQLite's default is 2 MiB) keeps its
        // memory down while an answer streams in.
        database.run([](QSqlDatabase &db) { QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -256")); });
        services = std::make_unique<ai::AiServices>(ctx.profile(), &settings, database, ctx.clock());
        services->keys().load();
        runUntil([&] { return services->keys().isLoaded(); });
        return {};
    }

    Settings settings;
    store::Database database;
    std::unique_ptr<ai::AiServices> services;
};

QString readAllStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

// Reads one line from the terminal without echo (a pasted key), or all of stdin when it is a pipe.
QString readSecret(Context &ctx, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        ctx.err() << prompt;
        ctx.err().flush();
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        char buffer[4096];
        const char *line = std::fgets(buffer, sizeof buffer, stdin);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        ctx.err() << '\n';
        const QString key = line ? QString::fromUtf8(line) : QString();
        std::fill(std::begin(buffer), std::end(buffer), '\0');
        return key;
    }
#else
    Q_UNUSED(ctx)
    Q_UNUSED(prompt)
#endif
    return readAllStdin();
}

int exitFor(const providers::ProviderError &e)
{
    return providers::exitCodeFor(e.kind);
}

// ---- ttc chat ----

int chat(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption provider{QStringLiteral("provider"), tr("openai, anthropic, gemini or local."), QStringLiteral("P")};
    const QCommandLineOption model{QStringLiteral("model"), tr("Model name."), QStringLiteral("M")};
    const QCommandLineOption baseUrl{QStringLiteral("base-url"), tr("API root, e.g. http://localhost:11434/v1."), QStringLiteral("URL")};
    const QCommandLineOption system{QStringLiteral("system"), tr("System prompt."), QStringLiteral("TEXT")};
    const QCommandLineOption session{QStringLiteral("session"), tr("Continue this session (id or unique prefix)."), QStringLiteral("ID")};
    const QCommandLineOption fresh{QStringLiteral("new"), tr("Start a new session (the default).")};
    const QCommandLineOption json{QStringLiteral("json"), tr("Print one JSON object when done instead of streaming text.")};
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    p.addOptions({provider, model, baseUrl, system, session, fresh, json, help});
    p.addPositionalArgument(QStringLiteral("MESSAGE"), tr("The message; \"-\" or none reads it from stdin."));
    if (!p.parse(QStringList{QStringLiteral("ttc chat")} + args))
        return ctx.fail(Usage, p.errorText());
    if (p.isSet(help)) {
        ctx.out() << tr("Usage: ttc chat [--provider openai|anthropic|gemini|local] [--model M] [--base-url URL] "
                        "[--system TEXT] [--session ID | --new] [--json] [MESSAGE | -]\n\n"
                        "Streams the answer to stdout as it arrives (without the model's reasoning).\n");
        return Ok;
    }
    if (p.isSet(session) && p.isSet(fresh))
        return ctx.fail(Usage, tr("--session and --new exclude each other."));
    QString message = p.positionalArguments().join(QLatin1Char(' '));
    if (message == QLatin1String("-") || message.isEmpty())
        message = readAllStdin();
    message = message.trimmed();
    if (message.isEmpty())
        return ctx.fail(Usage, tr("Nothing to send: give a message or pipe one on stdin."));

    AiContext ai(ctx);
    if (Result<void> r = ai.open(ctx); !r)
        return ctx.fail(Failure, r.error());
    const QString providerId = p.value(provider).trimmed().toLower();
    if (!providerId.isEmpty() && !ai.services->providers().provider(providerId))
        return ctx.fail(Usage, tr("Unknown provider \"%1\" (openai, anthropic, gemini, local).").arg(providerId));

    chat::ChatService &service = ai.services->chat();
    // Interrupted replies of processes that died are marked as such; live ones (locked) are left alone.
    (void)await(service.recoverInterrupted());

    chat::TurnOptions options;
    options.provider = providerId;
    options.model = p.value(model);
    options.baseUrl = p.value(baseUrl);
    options.system = p.value(system);
    const bool asJson = p.isSet(json);

    bool done = false;
    bool flushQueued = false;
    int rc = Ok;
    QString turnId;
    QJsonObject out;
    UnixSignals signals;
    QObject::connect(&signals, &UnixSignals::terminationRequested, &service, [&](int) {
        if (!turnId.isEmpty())
            service.cancel(turnId);
    });
    QObject::connect(&service, &chat::ChatService::delta, &service, [&](const QString &id, const QString &text) {
        if (id != turnId || asJson)
            return;
        ctx.out() << text;
        // One write per batch of deltas that arrived together, not one per delta.
        if (!flushQueued) {
            flushQueued = true;
            QTimer::singleShot(0, &service, [&] {
                flushQueued = false;
                ctx.out().flush();
            });
        }
    });
    QObject::connect(&service, &chat::ChatService::finished, &service, [&](const QString &id, const chat::TurnResult &r) {
        if (id != turnId)
            return;
        if (asJson) {
            out = QJsonObject{{QStringLiteral("session_id"), r.sessionId},
                              {QStringLiteral("message_id"), r.turnId},
                              {QStringLiteral("provider"), r.provider},
                              {QStringLiteral("model"), r.model},
                              {QStringLiteral("text"), r.text},
                              {QStringLiteral("reasoning"), r.reasoning},
                              {QStringLiteral("finish_reason"), r.finishReason},
                              {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), r.usage.inputTokens},
                                                                   {QStringLiteral("output_tokens"), r.usage.outputTokens}}},
                              {QStringLiteral("estimated_cost_usd"), r.estimatedCost < 0 ? QJsonValue() : QJsonValue(r.estimatedCost)}};
            ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        } else if (!r.text.endsWith(QLatin1Char('\n')) && ctx.stdoutIsTerminal()) {
            ctx.out() << '\n';
        }
        ctx.out().flush();
        done = true;
    });
    QObject::connect(&service, &chat::ChatService::failed, &service, [&](const QString &id, const providers::ProviderError &e) {
        if (id != turnId)
            return;
        if (!asJson)
            ctx.out() << (ctx.stdoutIsTerminal() ? "\n" : "");
        ctx.out().flush();
        rc = e.kind == providers::ErrorKind::Cancelled ? 130 : exitFor(e);
        QString line = e.message;
        if (!e.providerMessage.isEmpty() && e.kind != providers::ErrorKind::Other && e.kind != providers::ErrorKind::BadRequest)
            line += QLatin1Char(' ') + tr("(%1: %2)").arg(e.providerCode.isEmpty() ? e.code() : e.providerCode, e.providerMessage.left(200));
        ctx.fail(rc, line.simplified());
        done = true;
    });
    turnId = service.startTurn(p.value(session), message, options);
    runUntil([&] { return done; });
    return rc;
}

// ---- ttc keys ----

QString sourceText(keys::KeySource s)
{
    switch (s) {
    case keys::KeySource::Keychain: return QStringLiteral("keychain");
    case keys::KeySource::Session: return QStringLiteral("session");
    case keys::KeySource::Environment: return QStringLiteral("environment");
    case keys::KeySource::None: break;
    }
    return QStringLiteral("none");
}

int keysMain(Context &ctx, const QStringList &args)
{
    const QString usage = tr("Usage: ttc keys list [--json] | set PROVIDER (key read from stdin) | validate PROVIDER | "
                             "remove PROVIDER\nProviders: %1")
                              .arg(keys::KeyRing::providers().join(QStringLiteral(", ")));
    if (args.isEmpty())
        return ctx.fail(Usage, usage);
    const QString sub = args.first();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out() << usage << '\n';
        return Ok;
    }
    const QStringList rest = args.mid(1);
    const bool json = rest.contains(QStringLiteral("--json"));
    QStringList positional = rest;
    positional.removeAll(QStringLiteral("--json"));
    if (sub == QLatin1String("list")) {
        if (!positional.isEmpty())
            return ctx.fail(Usage, usage);
    } else if (sub == QLatin1String("set") || sub == QLatin1String("validate") || sub == QLatin1String("test") ||
               sub == QLatin1String("remove")) {
        if (positional.size() != 1) {
            if (sub == QLatin1String("set") && positional.size() > 1)
                return ctx.fail(Usage, tr("Keys are read from stdin, never from the command line: "
                                          "printf %s \"$KEY\" | ttc keys set PROVIDER"));
            return ctx.fail(Usage, usage);
        }
        if (!keys::KeyRing::providers().contains(positional.first()))
            return ctx.fail(Usage, tr("Unknown provider \"%1\". Providers: %2")
                                       .arg(positional.first(), keys::KeyRing::providers().join(QStringLiteral(", "))));
    } else {
        return ctx.fail(Usage, usage);
    }

    AiContext ai(ctx);
    if (Result<void> r = ai.open(ctx); !r)
        return ctx.fail(Failure, r.error());
    keys::KeyRing &ring = ai.services->keys();

    if (sub == QLatin1String("list")) {
        QJsonArray rows;
        for (const QString &provider : keys::KeyRing::providers()) {
            const keys::KeySource source = ring.source(provider);
            if (json) {
                rows.append(QJsonObject{{QStringLiteral("provider"), provider},
                                        {QStringLiteral("set"), source != keys::KeySource::None},
                                        {QStringLiteral("source"), sourceText(source)},
                                        {QStringLiteral("key"), ring.masked(provider)}});
            } else {
                ctx.out() << QStringLiteral("%1 %2 %3\n")
                                 .arg(provider, -11)
                                 .arg(source == keys::KeySource::None ? tr("not set") : sourceText(source), -12)
                                 .arg(ring.masked(provider));
            }
        }
        if (json)
            ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
        if (!ring.lastError().code.isEmpty())
            ctx.err() << QStringLiteral("ttc: ") << ring.lastError().message << '\n';
        return Ok;
    }

    const QString provider = positional.first();
    if (sub == QLatin1String("set")) {
        const QString key = keys::normalizeKey(readSecret(ctx, tr("Paste the %1 API key: ").arg(keys::KeyRing::displayName(provider))));
        if (key.isEmpty())
            return ctx.fail(Usage, tr("No key on stdin."));
        if (key.contains(QLatin1Char(' ')) || key.size() > 512)
            return ctx.fail(Usage, tr("That does not look like an API key (spaces or too long)."));
        std::optional<Result<void>> stored;
        ring.setKey(provider, key, &ring, [&](Result<void> r) { stored = std::move(r); });
        runUntil([&] { return stored.has_value(); });
        if (!*stored)
            return ctx.fail(Failure, stored->error());
        ctx.out() << tr("Stored the %1 key (%2) in the keychain.").arg(keys::KeyRing::displayName(provider), keys::KeyRing::mask(key))
                  << '\n';
        return Ok;
    }
    if (sub == QLatin1String("remove")) {
        std::optional<Result<void>> removed;
        ring.removeKey(provider, &ring, [&](Result<void> r) { removed = std::move(r); });
        runUntil([&] { return removed.has_value(); });
        if (!*removed)
            return ctx.fail(Failure, removed->error());
        ctx.out() << tr("Removed the %1 key from the keychain.").arg(keys::KeyRing::displayName(provider)) << '\n';
        if (ring.source(provider) == keys::KeySource::Environment)
            ctx.err() << tr("ttc: a key for %1 is still set in the environment (%2).")
                             .arg(keys::KeyRing::displayName(provider), keys::KeyRing::envVars(provider).join(QStringLiteral(", ")))
                      << '\n';
        return Ok;
    }
    // validate / test
    const QString key = ring.key(provider);
    if (key.isEmpty())
        return ctx.fail(KeyError, tr("No API key for %1.").arg(keys::KeyRing::displayName(provider)));
    std::optional<keys::Validation> result;
    ai.services->validator().validate(provider, key, {}, &ring, [&](const keys::Validation &v) { result = v; });
    runUntil([&] { return result.has_value(); });
    if (json) {
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("provider"), provider},
                                               {QStringLiteral("status"), keys::statusId(result->status)},
                                               {QStringLiteral("checked_at"), QDateTime::fromMSecsSinceEpoch(result->checkedAtMs, Qt::UTC).toString(Qt::ISODate)},
                                               {QStringLiteral("models"), QJsonArray::fromStringList(result->models)},
                                               {QStringLiteral("message"), result->message}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
    } else {
        ctx.out() << QStringLiteral("%1: %2").arg(keys::KeyRing::displayName(provider), keys::statusText(result->status));
        if (!result->models.isEmpty())
            ctx.out() << ' ' << tr("(%n models)", nullptr, int(result->models.size()));
        ctx.out() << '\n';
        if (!result->message.isEmpty())
            ctx.err() << QStringLiteral("ttc: ") << result->message << '\n';
    }
    switch (result->status) {
    case keys::KeyStatus::Valid: return Ok;
    case keys::KeyStatus::Invalid: return KeyError;
    default: return Network;
    }
}

// ---- ttc usage ----

int usageMain(Context &ctx, const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    for (const QString &a : args) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            ctx.out() << tr("Usage: ttc usage [--json]\nToday's cloud AI requests, the limit and when it resets, the "
                            "tier, and requests, tokens and estimated cost per provider today and this month.\n");
            return Ok;
        }
        if (a != QLatin1String("--json"))
            return ctx.fail(Usage, tr("Usage: ttc usage [--json]"));
    }
    AiContext ai(ctx);
    if (Result<void> r = ai.open(ctx); !r)
        return ctx.fail(Failure, r.error());
    const chat::QuotaStatus status = await(ai.services->quota().status());
    const qint64 now = ctx.clock().nowMs();
    const qint64 dayStart = chat::quota::utcDayStartMs(now);
    const qint64 monthStart = chat::quota::utcMonthStartMs(now);
    struct Row
    {
        QString provider, model;
        qint64 since = 0;
        int requests = 0;
        qint64 in = 0, out = 0;
    };
    const QList<Row> rows = await(ai.database.run([dayStart, monthStart](QSqlDatabase &db) {
        QList<Row> out;
        for (qint64 since : {dayStart, monthStart}) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT provider, coalesce(model, ''), count(*), sum(tokens_in), sum(tokens_out)"
                                     " FROM usage_events WHERE occurred_at >= ? AND status <> 'rejected'"
                                     " GROUP BY provider, model ORDER BY provider, model"));
            q.addBindValue(since);
            if (!q.exec())
                continue;
            while (q.next())
                out.append(Row{q.value(0).toString(), q.value(1).toString(), since, q.value(2).toInt(),
                               q.value(3).toLongLong(), q.value(4).toLongLong()});
        }
        return out;
    }));
    // Sum per provider and period; the cost is per model.
    struct Sum
    {
        int requests = 0;
        qint64 in = 0, out = 0;
        double cost = 0;
        bool costKnown = true;
    };
    QMap<QString, Sum> today, month;
    for (const Row &r : rows) {
        Sum &s = (r.since == dayStart ? today : month)[r.provider];
        s.requests += r.requests;
        s.in += r.in;
        s.out += r.out;
        const double c = ai.services->models().cost(r.provider, r.model, r.in, r.out);
        if (c < 0)
            s.costKnown = false;
        else
            s.cost += c;
    }
    const QDateTime resetsAt = QDateTime::fromMSecsSinceEpoch(status.resetsAtMs, Qt::UTC);
    const QString resets = resetsAt.toString(Qt::ISODate);
    if (json) {
        const auto toJson = [](const QMap<QString, Sum> &m) {
            QJsonObject o;
            for (auto it = m.begin(); it != m.end(); ++it)
                o.insert(it.key(), QJsonObject{{QStringLiteral("requests"), it->requests},
                                               {QStringLiteral("tokens_in"), it->in},
                                               {QStringLiteral("tokens_out"), it->out},
                                               {QStringLiteral("estimated_cost_usd"), it->costKnown ? QJsonValue(it->cost) : QJsonValue()}});
            return o;
        };
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("tier"), status.tier},
                                               {QStringLiteral("used_today"), status.usedToday},
                                               {QStringLiteral("limit"), status.limit < 0 ? QJsonValue() : QJsonValue(status.limit)},
                                               {QStringLiteral("resets_at"), resets},
                                               {QStringLiteral("providers"), QJsonArray::fromStringList(status.providers)},
                                               {QStringLiteral("today"), toJson(today)},
                                               {QStringLiteral("month"), toJson(month)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        return Ok;
    }
    ctx.out() << tr("Tier: %1 (cloud providers: %2; local servers are unlimited)\n")
                     .arg(status.tier, status.providers.join(QStringLiteral(", ")));
    // People read the reset in their own time and format; JSON keeps the instant in UTC.
    ctx.out() << tr("Cloud requests today: %1 of %2, resets %3\n")
                     .arg(status.usedToday)
                     .arg(status.limit < 0 ? tr("unlimited") : QString::number(status.limit),
                          QLocale().toString(resetsAt.toLocalTime(), QLocale::ShortFormat));
    const auto table = [&](const QString &title, const QMap<QString, Sum> &m) {
        ctx.out() << '\n' << title << '\n';
        if (m.isEmpty()) {
            ctx.out() << QStringLiteral("  ") << tr("no requests") << '\n';
            return;
        }
        for (auto it = m.begin(); it != m.end(); ++it)
            ctx.out() << QStringLiteral("  %1 %2 %3 %4\n")
                             .arg(it.key(), -10)
                             .arg(tr("%n request(s)", nullptr, it->requests), -14)
                             .arg(tr("%1 in / %2 out tokens").arg(it->in).arg(it->out), -32)
                             .arg(it->costKnown ? QStringLiteral("~$%1").arg(it->cost, 0, 'f', 4) : tr("cost unknown"));
    };
    table(tr("Today (UTC):"), today);
    table(tr("This month (UTC):"), month);
    return Ok;
}

} // namespace

Command chatCommand()
{
    return {QStringLiteral("chat"), QCoreApplication::translate("ttc", "ask a model; the answer streams to stdout"), chat};
}

Command keysCommand()
{
    return {QStringLiteral("keys"), QCoreApplication::translate("ttc", "list|set|validate|remove API keys (keychain)"),
            [](Context &ctx, const QStringList &args) { return keysMain(ctx, args); }};
}

Command usageCommand()
{
    return {QStringLiteral("usage"), QCoreApplication::translate("ttc", "cloud requests, tokens and cost; quota"),
            [](Context &ctx, const QStringList &args) { return usageMain(ctx, args); }};
}

} // namespace ttc::cli

// ttc-server: the billing and sync backend (PROTOCOL.md). Composition root: options, keys, database, adapter.
#include "Api.h"
#include "Auth.h"
#include "Db.h"
#include "HttpAdapter.h"
#include "Migrations.h"
#include "Report.h"
#include "StripeGateway.h"
#include "platform/UnixSignals.h"

#include <QFile>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace ttc::server;

namespace {

int fail(const QString &message, int code = 1)
{
    logJson("error", message);
    return code;
}

// A comma-separated list from env NAME, or from the file named by NAME_FILE (docker/systemd secrets).
QList<QByteArray> envList(const char *name)
{
    QList<QByteArray> out;
    QByteArray value = qgetenv(name);
    if (value.isEmpty()) {
        const QByteArray fileVar = QByteArray(name).append("_FILE");
        QFile f(qEnvironmentVariable(fileVar.constData()));
        if (!f.fileName().isEmpty() && f.open(QIODevice::ReadOnly))
            value = f.readAll().trimmed();
    }
    for (const QByteArray &s : value.split(','))
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    return out;
}

} // namespace

// Qt's own warnings become JSON log lines too, so the log stays machine-readable.
void qtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *level = type == QtDebugMsg || type == QtInfoMsg ? "info" : type == QtWarningMsg ? "warning" : "error";
    logJson(level, message, {{QStringLiteral("category"), QString::fromLatin1(context.category ? context.category : "default")}});
}

int main(int argc, char *argv[])
{
    qInstallMessageHandler(qtMessage);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ttc-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TTC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The ToolTip Companion billing and sync server.\n"
                                                    "Commands: (none) serve · report [--days N] · migrate"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8787; port 0 picks a free one)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://user@host:port/db (default sqlite:ttc-server.db)."),
                                QStringLiteral("URL"), qEnvironmentVariable("TTC_DB", QStringLiteral("sqlite:ttc-server.db")));
    const QCommandLineOption migrateOpt(QStringLiteral("migrate"), QStringLiteral("Apply database migrations before serving."));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder for generated keys (default: the SQLite file's folder, else $STATE_DIRECTORY or .)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("Database worker threads (default 4)."), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"), QStringLiteral("Requests per minute per user and per IP (default 600; 0 = off)."),
                                  QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption loginFailures(QStringLiteral("login-failures"), QStringLiteral("Failed logins per account per 15 minutes (default 10)."),
                                           QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("report: period in days (default 30)."), QStringLiteral("N"), QStringLiteral("30"));
    parser.addOptions({listen, db, migrateOpt, data, workers, rate, loginFailures, days});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("report | migrate (optional)"));
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    if (!command.isEmpty() && command != u"report" && command != u"migrate") {
        std::fprintf(stderr, "ttc-server: unknown command %s\n", qPrintable(command));
        return 2;
    }

    auto dbConfig = DbConfig::parse(parser.value(db));
    if (!dbConfig) {
        std::fprintf(stderr, "ttc-server: %s\n", qPrintable(dbConfig.error().message));
        return 2;
    }
    DbPool pool(*dbConfig);

    if (command == u"migrate" || parser.isSet(migrateOpt)) {
        auto v = migrate(pool);
        if (!v)
            return fail(QStringLiteral("migration failed: ") + v.error().message);
        logJson("info", QStringLiteral("schema current"), {{QStringLiteral("version"), *v}});
        if (command == u"migrate")
            return 0;
    }
    {
        auto s = pool.sql();
        if (!s)
            return fail(QStringLiteral("database unreachable: ") + s.error().message);
        auto v = currentSchemaVersion(*s);
        if (!v || *v != latestSchemaVersion())
            return fail(QStringLiteral("database schema is not current (run with --migrate)"));
    }
    if (command == u"report") {
        auto text = buildReport(pool, std::max(1, parser.value(days).toInt()), QDateTime::currentMSecsSinceEpoch());
        if (!text)
            return fail(text.error().message);
        std::fputs(text->toUtf8().constData(), stdout);
        return 0;
    }

    QString dataDir = parser.value(data);
    if (dataDir.isEmpty())
        dataDir = dbConfig->dialect == Dialect::Sqlite ? QFileInfo(dbConfig->sqlitePath).absolutePath()
                                                       : qEnvironmentVariable("STATE_DIRECTORY", QDir::currentPath());
    auto keys = ServerKeys::load(dataDir);
    if (!keys)
        return fail(keys.error().message);

    ApiConfig config;
    config.rateLimitPerMinute = parser.value(rate).toInt();
    config.loginFailures = parser.value(loginFailures).toInt();
    config.stripeSecrets = envList("TTC_STRIPE_WEBHOOK_SECRET");
    config.stripePricePro = qEnvironmentVariable("TTC_STRIPE_PRICE_PRO");
    config.stripePriceEnterprise = qEnvironmentVariable("TTC_STRIPE_PRICE_ENTERPRISE");
    std::unique_ptr<BillingGateway> gateway;
    if (qEnvironmentVariableIsSet("TTC_STRIPE_API_KEY") || qEnvironmentVariableIsSet("TTC_STRIPE_API_KEY_FILE")) {
        QByteArray key = qgetenv("TTC_STRIPE_API_KEY");
        if (key.isEmpty()) {
            QFile f(qEnvironmentVariable("TTC_STRIPE_API_KEY_FILE"));
            if (f.open(QIODevice::ReadOnly))
                key = f.readAll().trimmed();
        }
        gateway = std::make_unique<StripeGateway>(qEnvironmentVariable("TTC_STRIPE_API_BASE", QStringLiteral("https://api.stripe.com")), key,
                                                  qEnvironmentVariable("TTC_CHECKOUT_SUCCESS_URL", QStringLiteral("https://example.invalid/success")),
                                                  qEnvironmentVariable("TTC_CHECKOUT_CANCEL_URL", QStringLiteral("https://example.invalid/cancel")));
    }
    Metrics metrics;
    Api api(pool, *keys, config, metrics, std::move(gateway));
    HttpAdapter adapter(api, parser.value(workers).toInt());

    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const quint16 port = colon > 0 ? hostPort.mid(colon + 1).toUShort(&ok) : 0;
    const QHostAddress address(hostPort.left(colon).remove(u'[').remove(u']'));
    if (!ok || address.isNull()) {
        std::fprintf(stderr, "ttc-server: --listen expects HOST:PORT, got %s\n", qPrintable(hostPort));
        return 2;
    }
    const quint16 bound = adapter.listen(address, port);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on ") + hostPort);
    logJson("info", QStringLiteral("listening"), {{QStringLiteral("address"), address.toString()},
                                                  {QStringLiteral("port"), int(bound)},
                                                  {QStringLiteral("db"), dbConfig->describe()}});
    armDbFaultInjection();
    std::printf("LISTENING %u\n", unsigned(bound));
    std::fflush(stdout);

    // SIGTERM: stop accepting, let in-flight requests finish (up to 20 s), then quit.
    ttc::UnixSignals signals;
    QObject::connect(&signals, &ttc::UnixSignals::terminationRequested, &app, [&](int signalNumber) {
        logJson("info", QStringLiteral("shutting down"), {{QStringLiteral("signal"), signalNumber}});
        adapter.stopAccepting();
        auto *timer = new QTimer(&app);
        const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 20000;
        QObject::connect(timer, &QTimer::timeout, &app, [&, timer, deadline] {
            if (adapter.inFlight() == 0 || QDateTime::currentMSecsSinceEpoch() > deadline) {
                timer->stop();
                // One more turn of the loop so the last responses are written before sockets close.
                QTimer::singleShot(200, &app, [] { QCoreApplication::quit(); });
            }
        });
        timer->start(20);
    });
    const int rc = QCoreApplication::exec();
    adapter.waitForWorkers();
    logJson("info", QStringLiteral("stopped"));
    return rc;
}

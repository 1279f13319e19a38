// ttc history list | show ID | search QUERY | export ID --format md|json
#include "Cli.h"

#include "store/ChatExport.h"
#include "store/ChatRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ttc::cli {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc::cli", text);
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString usage()
{
    return tr("Usage: ttc history list [--json] [--limit N]\n"
              "       ttc history show ID [--json]\n"
              "       ttc history search QUERY [--json] [--limit N]\n"
              "       ttc history export ID --format md|json [--output FILE]\n"
              "ID is a session id from `ttc history list`, or its first characters when those are unique.\n");
}

// Member initializers sit in the struct's scope, where lupdate would file a plain tr() under another context.
struct Parsed
{
    QCommandLineParser parser;
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("ttc::cli", "Print JSON.")};
    QCommandLineOption limit{QStringLiteral("limit"), QCoreApplication::translate("ttc::cli", "At most N results."),
                             QStringLiteral("N"), QStringLiteral("50")};
    QCommandLineOption format{QStringLiteral("format"), QCoreApplication::translate("ttc::cli", "md or json."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("ttc::cli", "Write to FILE."),
                              QStringLiteral("FILE")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("ttc::cli", "Show this help.")};

    Parsed() { parser.addOptions({json, limit, format, output, help}); }
    bool parse(const QStringList &args) { return parser.parse(QStringList{QStringLiteral("ttc")} + args); }
    int limitValue(bool *ok) const { return parser.value(limit).toInt(ok); }
};

QString withHighlight(QString snippet, bool terminal)
{
    snippet.replace(store::kSnippetOpen, terminal ? QStringLiteral("\x1b[1m") : QStringLiteral("**"));
    snippet.replace(store::kSnippetClose, terminal ? QStringLiteral("\x1b[0m") : QStringLiteral("**"));
    return snippet.simplified();
}

QJsonObject sessionJson(const store::Session &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("messages"), s.messageCount},
                       {QStringLiteral("provider"), s.provider},
                       {QStringLiteral("model"), s.model},
                       {QStringLiteral("created_at"), isoTime(s.createdAt)},
                       {QStringLiteral("updated_at"), isoTime(s.updatedAt)}};
}

int list(Context &ctx, Parsed &p)
{
    bool ok = false;
    const int limit = p.limitValue(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(Usage, tr("--limit expects a positive number"));
    QList<store::Session> sessions;
    if (ctx.databaseExists()) {
        Result<QSqlDatabase> db = ctx.database();
        if (!db)
            return ctx.fail(Failure, db.error());
        store::ChatRepository repo(*db, ctx.clock(), ctx.ids());
        Result<QList<store::Session>> r = repo.sessions(0, limit);
        if (!r)
            return ctx.fail(Failure, r.error());
        sessions = *r;
    }
    if (p.parser.isSet(p.json)) {
        QJsonArray a;
        for (const store::Session &s : sessions)
            a.append(sessionJson(s));
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (sessions.isEmpty()) {
        ctx.err() << tr("No chats yet.") << '\n';
        return Ok;
    }
    for (const store::Session &s : sessions) {
        const QString count = tr("%1 msgs").arg(s.messageCount, 4);
        ctx.out() << s.id << "  " << localTime(s.updatedAt) << "  " << count << "  " << store::displayTitle(s) << '\n';
    }
    return Ok;
}

// Resolves the ID argument and loads the session with its messages.
int load(Context &ctx, const QString &idArg, store::Session *session, QList<store::Message> *messages)
{
    if (!ctx.databaseExists())
        return ctx.fail(Failure, tr("No chats yet: there is no session %1.").arg(idArg));
    Result<QSqlDatabase> db = ctx.database();
    if (!db)
        return ctx.fail(Failure, db.error());
    store::ChatRepository repo(*db, ctx.clock(), ctx.ids());
    Result<QString> id = repo.resolveSessionId(idArg);
    if (!id)
        return ctx.fail(id.error().code == QLatin1String("bad_id") ? Usage : Failure, id.error());
    Result<std::optional<store::Session>> s = repo.session(*id);
    if (!s || !s->has_value())
        return ctx.fail(Failure, s ? tr("No session with id %1.").arg(*id) : s.error().message);
    Result<QList<store::Message>> m = repo.messages(*id);
    if (!m)
        return ctx.fail(Failure, m.error());
    *session = **s;
    *messages = *m;
    return Ok;
}

int show(Context &ctx, Parsed &p, const QString &idArg)
{
    store::Session session;
    QList<store::Message> messages;
    if (int rc = load(ctx, idArg, &session, &messages); rc != Ok)
        return rc;
    if (p.parser.isSet(p.json)) {
        ctx.out() << store::exportJson(session, messages);
        return Ok;
    }
    const QString firstText = messages.isEmpty() ? QString() : messages.first().content;
    ctx.out() << store::displayTitle(session, firstText) << "  (" << session.id << ")\n";
    for (const store::Message &m : messages) {
        QString who = store::toString(m.role);
        if (!m.model.isEmpty())
            who += QStringLiteral(" · ") + m.model;
        ctx.out() << "\n[" << localTime(m.createdAt) << "] " << who;
        if (m.status != store::MessageStatus::Complete)
            ctx.out() << " (" << store::toString(m.status) << ')';
        ctx.out() << '\n' << m.content << '\n';
    }
    return Ok;
}

int search(Context &ctx, Parsed &p, const QString &query)
{
    bool ok = false;
    const int limit = p.limitValue(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(Usage, tr("--limit expects a positive number"));
    QList<store::SearchHit> hits;
    if (ctx.databaseExists()) {
        Result<QSqlDatabase> db = ctx.database();
        if (!db)
            return ctx.fail(Failure, db.error());
        store::ChatRepository repo(*db, ctx.clock(), ctx.ids());
        Result<QList<store::SearchHit>> r = repo.search(query, limit);
        if (!r)
            return ctx.fail(Failure, r.error());
        hits = *r;
    }
    if (p.parser.isSet(p.json)) {
        QJsonArray a;
        for (const store::SearchHit &h : hits) {
            QString plain = h.snippet;
            plain.remove(store::kSnippetOpen).remove(store::kSnippetClose);
            a.append(QJsonObject{{QStringLiteral("session_id"), h.sessionId},
                                 {QStringLiteral("message_id"), h.messageId},
                                 {QStringLiteral("session_title"), h.sessionTitle},
                                 {QStringLiteral("role"), store::toString(h.role)},
                                 {QStringLiteral("created_at"), isoTime(h.createdAt)},
                                 {QStringLiteral("snippet"), plain}});
        }
        ctx.out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (hits.isEmpty()) {
        ctx.err() << tr("No messages match \"%1\".").arg(query) << '\n';
        return Ok;
    }
    const bool terminal = ctx.stdoutIsTerminal();
    for (const store::SearchHit &h : hits) {
        ctx.out() << h.sessionId << "  " << localTime(h.createdAt) << "  " << store::toString(h.role) << ": "
                  << withHighlight(h.snippet, terminal) << '\n';
    }
    return Ok;
}

int exportSession(Context &ctx, Parsed &p, const QString &idArg)
{
    const QString format = p.parser.value(p.format);
    if (format != QLatin1String("md") && format != QLatin1String("json"))
        return ctx.fail(Usage, tr("export needs --format md or --format json"));
    store::Session session;
    QList<store::Message> messages;
    if (int rc = load(ctx, idArg, &session, &messages); rc != Ok)
        return rc;
    const QByteArray bytes =
        format == QLatin1String("md") ? store::exportMarkdown(session, messages).toUtf8() : store::exportJson(session, messages);
    if (!p.parser.isSet(p.output)) {
        ctx.out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    QSaveFile file(p.parser.value(p.output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ctx.fail(Failure, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    ctx.err() << tr("Exported %1 message(s) to %2").arg(messages.size()).arg(file.fileName()) << '\n';
    return Ok;
}

int run(Context &ctx, const QStringList &arguments)
{
    Parsed p;
    if (!p.parse(arguments))
        return ctx.fail(Usage, p.parser.errorText() + QLatin1Char('\n') + usage().trimmed());
    const QStringList pos = p.parser.positionalArguments();
    if (p.parser.isSet(p.help) || pos.isEmpty()) {
        (pos.isEmpty() && !p.parser.isSet(p.help) ? ctx.err() : ctx.out()) << usage();
        return pos.isEmpty() && !p.parser.isSet(p.help) ? Usage : Ok;
    }
    const QString sub = pos.first();
    const auto needsOne = [&](const QString &what) {
        return ctx.fail(Usage, tr("history %1 needs %2").arg(sub, what) + QLatin1Char('\n') + usage().trimmed());
    };
    if (sub == QLatin1String("list")) {
        if (pos.size() != 1)
            return ctx.fail(Usage, usage().trimmed());
        return list(ctx, p);
    }
    if (sub == QLatin1String("show"))
        return pos.size() == 2 ? show(ctx, p, pos.at(1)) : needsOne(tr("one session ID"));
    if (sub == QLatin1String("search")) {
        if (pos.size() < 2)
            return needsOne(tr("a QUERY"));
        return search(ctx, p, pos.mid(1).join(QLatin1Char(' ')));
    }
    if (sub == QLatin1String("export"))
        return pos.size() == 2 ? exportSession(ctx, p, pos.at(1)) : needsOne(tr("one session ID"));
    return ctx.fail(Usage, tr("unknown history command \"%1\"").arg(sub) + QLatin1Char('\n') + usage().trimmed());
}

} // namespace

Command historyCommand()
{
    return {QStringLiteral("history"), tr("list, show, search and export chat history"), run};
}

} // namespace ttc::cli

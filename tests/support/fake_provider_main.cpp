// ttc-fake-provider: the loopback provider as a program, for end-to-end tests of other processes (GUI, ttc).
// Prints "PORT <n>" on stdout once listening; point an app at it with TTC_<PROVIDER>_BASE_URL.
#include "FakeProviderServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using ttc::test::FakeProviderReply;
using ttc::test::FakeProviderServer;

namespace {

int chunkingValue(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("event"))
        return -2;   // one piece per event (the default)
    if (text == QLatin1String("whole"))
        return 0;
    if (text == QLatin1String("random"))
        return -1;
    return text.toInt();
}

// One reply from a JSON object whose keys mirror the command-line flags.
FakeProviderReply replyFrom(const QJsonObject &o, QString *error)
{
    const QString provider = o.value(QLatin1String("provider")).toString(QStringLiteral("openai"));
    QStringList text;
    for (const QJsonValue &v : o.value(QLatin1String("text")).toArray())
        text << v.toString();
    const int generated = o.value(QLatin1String("chunks")).toInt(0);
    for (int i = 0; i < generated; ++i)
        text << QStringLiteral("tok%1 ").arg(i);
    if (text.isEmpty() && !o.contains(QLatin1String("body_file")))
        text = QStringList{QStringLiteral("Hello"), QStringLiteral(" from the fake provider.")};
    QStringList reasoning;
    for (const QJsonValue &v : o.value(QLatin1String("reasoning")).toArray())
        reasoning << v.toString();

    FakeProviderReply r;
    const int status = o.value(QLatin1String("status")).toInt(200);
    if (o.contains(QLatin1String("body_file"))) {
        QFile f(o.value(QLatin1String("body_file")).toString());
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + f.fileName();
            return r;
        }
        r.pieces = {f.readAll()};
        r.status = status;
        if (status != 200)
            r.contentType = "application/json";
    } else if (status != 200) {
        r = FakeProviderServer::errorReply(provider, status, o.value(QLatin1String("error_code")).toString().toUtf8());
    } else if (o.value(QLatin1String("mid_stream_error")).toBool()) {
        r = FakeProviderServer::midStreamErrorReply(provider, text);
    } else {
        const QByteArray all = FakeProviderServer::stream(provider == QLatin1String("local") ? QStringLiteral("openai") : provider,
                                                          text, 10, int(text.size()), reasoning);
        r = FakeProviderServer::textReply(provider == QLatin1String("local") ? QStringLiteral("openai") : provider, text);
        if (!reasoning.isEmpty())
            r.pieces = {all};
    }
    const int chunking = chunkingValue(o.value(QLatin1String("chunking")).toString());
    if (chunking != -2)
        r.rechunk(chunking, quint32(o.value(QLatin1String("seed")).toInt(1)));
    r.pieceDelayMs = o.value(QLatin1String("delay_ms")).toInt(0);
    r.firstByteDelayMs = o.value(QLatin1String("first_byte_delay_ms")).toInt(0);
    r.dropAfterPieces = o.value(QLatin1String("drop_after")).toInt(-1);
    r.hang = o.value(QLatin1String("hang")).toBool();
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.headers.append({it.key().toUtf8(), it.value().toVariant().toString().toUtf8()});
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ttc-fake-provider"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A loopback AI provider speaking the OpenAI, Anthropic and Gemini streaming formats. Prints \"PORT <n>\" when "
        "listening. Every chat request gets the reply built from the flags, or the next one from --script (the last "
        "script entry repeats). GET .../models answers a model list."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Stream format: openai|anthropic|gemini|local."), QStringLiteral("P"), QStringLiteral("openai"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("A text delta (repeat for more)."), QStringLiteral("T"));
    const QCommandLineOption chunks(QStringLiteral("chunks"), QStringLiteral("Generate N deltas \"tokI \"."), QStringLiteral("N"));
    const QCommandLineOption reasoning(QStringLiteral("reasoning"), QStringLiteral("A reasoning delta (repeatable)."), QStringLiteral("T"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("Pause between pieces."), QStringLiteral("MS"));
    const QCommandLineOption firstByte(QStringLiteral("first-byte-delay-ms"), QStringLiteral("Pause before the response starts."), QStringLiteral("MS"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Answer with this HTTP error status and the provider's error body."), QStringLiteral("N"));
    const QCommandLineOption errorCode(QStringLiteral("error-code"), QStringLiteral("Provider error code/type for --status (e.g. insufficient_quota)."), QStringLiteral("C"));
    const QCommandLineOption dropAfter(QStringLiteral("drop-after"), QStringLiteral("Cut the connection after N pieces."), QStringLiteral("N"));
    const QCommandLineOption midError(QStringLiteral("mid-stream-error"), QStringLiteral("Send the deltas, then the provider's in-stream error."));
    const QCommandLineOption hang(QStringLiteral("hang"), QStringLiteral("Never answer chat requests."));
    const QCommandLineOption chunking(QStringLiteral("chunking"), QStringLiteral("How the body is split: event (default), whole, random, or a byte count."), QStringLiteral("C"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), QStringLiteral("Serve this file's bytes as the stream (e.g. a recording)."), QStringLiteral("FILE"));
    const QCommandLineOption header(QStringLiteral("header"), QStringLiteral("Extra response header \"Name: value\" (repeatable)."), QStringLiteral("H"));
    const QCommandLineOption script(QStringLiteral("script"), QStringLiteral("JSON array of replies; keys: provider, text[], chunks, reasoning[], delay_ms, first_byte_delay_ms, status, error_code, drop_after, mid_stream_error, hang, chunking, seed, body_file, headers{}."), QStringLiteral("FILE"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("Append each request as a JSON line (method, path, header names, body; never header values)."), QStringLiteral("FILE"));
    parser.addOptions({port, provider, text, chunks, reasoning, delay, firstByte, status, errorCode, dropAfter, midError,
                       hang, chunking, bodyFile, header, script, log});
    parser.process(app);

    QList<FakeProviderReply> replies;
    QString error;
    if (parser.isSet(script)) {
        QFile f(parser.value(script));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "ttc-fake-provider: cannot read %s\n", qPrintable(f.fileName()));
            return 2;
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
            replies << replyFrom(v.toObject(), &error);
    } else {
        QJsonObject o{{QStringLiteral("provider"), parser.value(provider)}};
        o.insert(QStringLiteral("text"), QJsonArray::fromStringList(parser.values(text)));
        o.insert(QStringLiteral("reasoning"), QJsonArray::fromStringList(parser.values(reasoning)));
        if (parser.isSet(chunks)) o.insert(QStringLiteral("chunks"), parser.value(chunks).toInt());
        if (parser.isSet(delay)) o.insert(QStringLiteral("delay_ms"), parser.value(delay).toInt());
        if (parser.isSet(firstByte)) o.insert(QStringLiteral("first_byte_delay_ms"), parser.value(firstByte).toInt());
        if (parser.isSet(status)) o.insert(QStringLiteral("status"), parser.value(status).toInt());
        if (parser.isSet(errorCode)) o.insert(QStringLiteral("error_code"), parser.value(errorCode));
        if (parser.isSet(dropAfter)) o.insert(QStringLiteral("drop_after"), parser.value(dropAfter).toInt());
        if (parser.isSet(midError)) o.insert(QStringLiteral("mid_stream_error"), true);
        if (parser.isSet(hang)) o.insert(QStringLiteral("hang"), true);
        if (parser.isSet(chunking)) o.insert(QStringLiteral("chunking"), parser.value(chunking));
        if (parser.isSet(bodyFile)) o.insert(QStringLiteral("body_file"), parser.value(bodyFile));
        QJsonObject headers;
        for (const QString &h : parser.values(header))
            headers.insert(h.section(QLatin1Char(':'), 0, 0).trimmed(), h.section(QLatin1Char(':'), 1).trimmed());
        o.insert(QStringLiteral("headers"), headers);
        replies << replyFrom(o, &error);
    }
    if (!error.isEmpty() || replies.isEmpty()) {
        std::fprintf(stderr, "ttc-fake-provider: %s\n", qPrintable(error.isEmpty() ? QStringLiteral("empty script") : error));
        return 2;
    }

    FakeProviderServer server;
    for (qsizetype i = 0; i + 1 < replies.size(); ++i)
        server.enqueue(replies.at(i));
    server.setDefault(replies.last());
    const QString logPath = parser.value(log);
    QObject::connect(&server, &FakeProviderServer::requestReceived, &server, [logPath](const ttc::test::FakeProviderRequest &r) {
        if (logPath.isEmpty())
            return;
        QFile f(logPath);
        if (!f.open(QIODevice::Append))
            return;
        QJsonArray names;
        for (const auto &h : r.headers)
            names.append(QString::fromLatin1(h.first));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                                          {QStringLiteral("path"), QString::fromLatin1(r.path)},
                                          {QStringLiteral("headers"), names},
                                          {QStringLiteral("body"), QString::fromUtf8(r.body)}})
                    .toJson(QJsonDocument::Compact) +
                '\n');
    });
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "ttc-fake-provider: cannot listen on port %s\n", qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("PORT %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}

#include "FakeProviderServer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace ttc::test {

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray sse(const QByteArray &data, const QByteArray &event = {})
{
    QByteArray out;
    if (!event.isEmpty())
        out += "event: " + event + '\n';
    return out + "data: " + data + "\n\n";
}

QList<QByteArray> openAiEvents(const QStringList &chunks, int in, int out, const QStringList &reasoning, bool done)
{
    QList<QByteArray> ev;
    const auto chunk = [](const QJsonObject &delta, const QJsonValue &finish) {
        return json({{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                     {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                     {QStringLiteral("created"), 1767225600},
                     {QStringLiteral("model"), QStringLiteral("fake-model")},
                     {QStringLiteral("choices"),
                      QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                             {QStringLiteral("delta"), delta},
                                             {QStringLiteral("finish_reason"), finish}}}},
                     {QStringLiteral("usage"), QJsonValue()}});
    };
    ev << sse(chunk({{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}},
                    QJsonValue()));
    for (const QString &r : reasoning)
        ev << sse(chunk({{QStringLiteral("reasoning_content"), r}}, QJsonValue()));
    for (const QString &c : chunks)
        ev << sse(chunk({{QStringLiteral("content"), c}}, QJsonValue()));
    ev << sse(chunk({}, QStringLiteral("stop")));
    ev << sse(json({{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                    {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                    {QStringLiteral("choices"), QJsonArray()},
                    {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), in},
                                                          {QStringLiteral("completion_tokens"), out},
                                                          {QStringLiteral("total_tokens"), in + out}}}}));
    if (done)
        ev << sse("[DONE]");
    return ev;
}

QList<QByteArray> anthropicEvents(const QStringList &chunks, int in, int out, const QStringList &thinking, bool stop)
{
    QList<QByteArray> ev;
    ev << sse(json({{QStringLiteral("type"), QStringLiteral("message_start")},
                    {QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_fake")},
                                 {QStringLiteral("type"), QStringLiteral("message")},
                                 {QStringLiteral("role"), QStringLiteral("assistant")},
                                 {QStringLiteral("content"), QJsonArray()},
                                 {QStringLiteral("model"), QStringLiteral("fake-model")},
                                 {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), in},
                                                                       {QStringLiteral("output_tokens"), 1}}}}}}),
              "message_start");
    int block = 0;
    if (!thinking.isEmpty()) {
        ev << sse(json({{QStringLiteral("type"), QStringLiteral("content_block_start")},
                        {QStringLiteral("index"), block},
                        {QStringLiteral("content_block"), QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                                                      {QStringLiteral("thinking"), QString()}}}}),
                  "content_block_start");
        for (const QString &t : thinking)
            ev << sse(json({{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                            {QStringLiteral("index"), block},
                            {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking_delta")},
                                                                  {QStringLiteral("thinking"), t}}}}),
                      "content_block_delta");
        ev << sse(json({{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), block}}),
                  "content_block_stop");
        ++block;
    }
    ev << sse(json({{QStringLiteral("type"), QStringLiteral("content_block_start")},
                    {QStringLiteral("index"), block},
                    {QStringLiteral("content_block"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                  {QStringLiteral("text"), QString()}}}}),
              "content_block_start");
    ev << sse(R"({"type": "ping"})", "ping");
    for (const QString &c : chunks)
        ev << sse(json({{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                        {QStringLiteral("index"), block},
                        {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                              {QStringLiteral("text"), c}}}}),
                  "content_block_delta");
    ev << sse(json({{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), block}}),
              "content_block_stop");
    ev << sse(json({{QStringLiteral("type"), QStringLiteral("message_delta")},
                    {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
                                                          {QStringLiteral("stop_sequence"), QJsonValue()}}},
                    {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), out}}}}),
              "message_delta");
    if (stop)
        ev << sse(R"({"type":"message_stop"})", "message_stop");
    return ev;
}

QList<QByteArray> geminiEvents(const QStringList &chunks, int in, int out, const QStringList &thoughts)
{
    QList<QByteArray> ev;
    const auto event = [&](const QJsonArray &parts, bool last) -> QByteArray {
        QJsonObject candidate{{QStringLiteral("content"), QJsonObject{{QStringLiteral("role"), QStringLiteral("model")},
                                                                      {QStringLiteral("parts"), parts}}},
                              {QStringLiteral("index"), 0}};
        if (last)
            candidate.insert(QStringLiteral("finishReason"), QStringLiteral("STOP"));
        QJsonObject usage{{QStringLiteral("promptTokenCount"), in}, {QStringLiteral("totalTokenCount"), in + out}};
        if (last)
            usage.insert(QStringLiteral("candidatesTokenCount"), out);
        // Gemini frames with CRLF.
        return "data: " + json({{QStringLiteral("candidates"), QJsonArray{candidate}},
                                {QStringLiteral("usageMetadata"), usage},
                                {QStringLiteral("modelVersion"), QStringLiteral("fake-model")}}) +
               "\r\n\r\n";
    };
    for (const QString &t : thoughts)
        ev << event(QJsonArray{QJsonObject{{QStringLiteral("text"), t}, {QStringLiteral("thought"), true}}}, false);
    for (qsizetype i = 0; i < chunks.size(); ++i)
        ev << event(QJsonArray{QJsonObject{{QStringLiteral("text"), chunks.at(i)}}}, i + 1 == chunks.size());
    if (chunks.isEmpty())
        ev << event(QJsonArray{}, true);
    return ev;
}

QList<QByteArray> events(const QString &provider, const QStringList &chunks, int in, int out,
                         const QStringList &reasoning)
{
    if (provider == QLatin1String("anthropic"))
        return anthropicEvents(chunks, in, out, reasoning, true);
    if (provider == QLatin1String("gemini"))
        return geminiEvents(chunks, in, out, reasoning);
    return openAiEvents(chunks, in, out, reasoning, true);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 529: return "Overloaded";
    default: return "Status";
    }
}

} // namespace

QByteArray FakeProviderReply::body() const
{
    QByteArray out;
    for (const QByteArray &p : pieces)
        out += p;
    return out;
}

FakeProviderReply &FakeProviderReply::rechunk(int size, quint32 seed)
{
    const QByteArray all = body();
    pieces.clear();
    if (size == 0) {
        pieces << all;
        return *this;
    }
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < all.size();) {
        const qsizetype n = size > 0 ? size : 1 + rng.bounded(64);
        pieces << all.mid(i, n);
        i += n;
    }
    return *this;
}

QByteArray FakeProviderRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FakeProviderServer::FakeProviderServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_default = textReply(QStringLiteral("openai"), {QStringLiteral("Hello"), QStringLiteral(" from the fake provider.")});
    connect(m_server, &QTcpServer::newConnection, this, &FakeProviderServer::onNewConnection);
}

FakeProviderServer::~FakeProviderServer() = default;

bool FakeProviderServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeProviderServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeProviderServer::baseUrl(const QString &provider) const
{
    const QString root = QStringLiteral("http://127.0.0.1:%1").arg(port());
    if (provider == QLatin1String("openai") || provider == QLatin1String("local"))
        return QUrl(root + QStringLiteral("/v1"));
    return QUrl(root);
}

void FakeProviderServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_open;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
    }
}

void FakeProviderServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("ttcBuffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("ttcAnswered").toBool()) {
        socket->setProperty("ttcBuffer", buffer);
        return;
    }
    FakeProviderRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.method = start.value(0);
    request.path = start.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        socket->setProperty("ttcBuffer", buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    socket->setProperty("ttcBuffer", QByteArray());
    socket->setProperty("ttcAnswered", true);
    m_requests.append(request);
    Q_EMIT requestReceived(request);

    FakeProviderReply reply;
    if (!m_queue.isEmpty()) {
        reply = m_queue.takeFirst();
    } else if (m_answerModels && request.method == "GET" && request.path.contains("/models")) {
        reply = modelsReply(request.path.startsWith("/v1beta") ? QStringLiteral("gemini") : QStringLiteral("openai"),
                            {QStringLiteral("fake-model"), QStringLiteral("fake-model-large")});
    } else if (m_handler) {
        reply = m_handler(request);
    } else {
        reply = m_default;
    }
    if (reply.hang)
        return;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.firstByteDelayMs, this, [this, guard, reply] {
        if (guard)
            respond(guard, reply);
    });
}

void FakeProviderServer::respond(QTcpSocket *socket, const FakeProviderReply &reply)
{
    const bool streamed = reply.status >= 200 && reply.status < 300 &&
                          (reply.contentType.contains("event-stream") || reply.chunked);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Connection: close\r\n";
    if (streamed) {
        head += "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n";
        socket->write(head);
        socket->setProperty("ttcChunked", true);
        writePiece(socket, reply, 0);
    } else {
        const QByteArray body = reply.body();
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        socket->write(head + body);
        socket->disconnectFromHost();
    }
}

void FakeProviderServer::writePiece(QTcpSocket *socket, const FakeProviderReply &reply, int index)
{
    if (reply.dropAfterPieces >= 0 && index >= reply.dropAfterPieces) {
        socket->flush();
        socket->abort();  // mid-body: no terminating chunk
        return;
    }
    if (index >= reply.pieces.size()) {
        socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const QByteArray &piece = reply.pieces.at(index);
    if (!piece.isEmpty())
        socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    socket->flush();
    if (reply.pieceDelayMs <= 0 && (index + 1) % 64 != 0) {
        writePiece(socket, reply, index + 1);
        return;
    }
    // Yield to the event loop between pieces (always every 64 pieces, so long streams do not starve it).
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.pieceDelayMs, this, [this, guard, reply, index] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writePiece(guard, reply, index + 1);
    });
}

QByteArray FakeProviderServer::openAiStream(const QStringList &chunks, int in, int out, const QStringList &reasoning,
                                            bool done)
{
    return openAiEvents(chunks, in, out, reasoning, done).join();
}

QByteArray FakeProviderServer::anthropicStream(const QStringList &chunks, int in, int out, const QStringList &thinking,
                                               bool stop)
{
    return anthropicEvents(chunks, in, out, thinking, stop).join();
}

QByteArray FakeProviderServer::geminiStream(const QStringList &chunks, int in, int out, const QStringList &thoughts)
{
    return geminiEvents(chunks, in, out, thoughts).join();
}

QByteArray FakeProviderServer::stream(const QString &provider, const QStringList &chunks, int in, int out,
                                      const QStringList &reasoning)
{
    return events(provider, chunks, in, out, reasoning).join();
}

FakeProviderReply FakeProviderServer::textReply(const QString &provider, const QStringList &chunks, int pieceDelayMs)
{
    FakeProviderReply r;
    r.pieces = events(provider, chunks, 10, 20, {});
    r.pieceDelayMs = pieceDelayMs;
    return r;
}

FakeProviderReply FakeProviderServer::errorReply(const QString &provider, int status, const QByteArray &code)
{
    FakeProviderReply r;
    r.status = status;
    r.contentType = "application/json";
    QByteArray body;
    if (provider == QLatin1String("anthropic")) {
        QByteArray type = code;
        if (type.isEmpty()) {
            type = status == 401   ? "authentication_error"
                   : status == 403 ? "permission_error"
                   : status == 404 ? "not_found_error"
                   : status == 429 ? "rate_limit_error"
                   : status == 529 ? "overloaded_error"
                   : status >= 500 ? "api_error"
                                   : "invalid_request_error";
        }
        body = R"({"type":"error","error":{"type":")" + type + R"(","message":"fake )" + type +
               R"("},"request_id":"req_fake"})";
    } else if (provider == QLatin1String("gemini")) {
        QByteArray rpc = status == 400   ? "INVALID_ARGUMENT"
                         : status == 403 ? "PERMISSION_DENIED"
                         : status == 404 ? "NOT_FOUND"
                         : status == 429 ? "RESOURCE_EXHAUSTED"
                         : status == 503 ? "UNAVAILABLE"
                                         : "INTERNAL";
        const QByteArray reason = code.isEmpty() && status == 400 ? QByteArray("API_KEY_INVALID") : code;
        body = "{\n  \"error\": {\n    \"code\": " + QByteArray::number(status) +
               ",\n    \"message\": \"fake error\",\n    \"status\": \"" + rpc + "\",\n    \"details\": [{\"@type\": "
               "\"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"" + reason + "\"}]\n  }\n}\n";
    } else {
        QByteArray c = code;
        if (c.isEmpty())
            c = status == 401 ? "invalid_api_key" : status == 404 ? "model_not_found" : status == 429 ? "rate_limit_exceeded" : "";
        body = R"({"error":{"message":"fake error","type":"invalid_request_error","param":null,"code":)" +
               (c.isEmpty() ? QByteArray("null") : '"' + c + '"') + "}}";
    }
    r.pieces = {body};
    return r;
}

FakeProviderReply FakeProviderServer::midStreamErrorReply(const QString &provider, const QStringList &before)
{
    FakeProviderReply r;
    if (provider == QLatin1String("anthropic")) {
        r.pieces = anthropicEvents(before, 10, 20, {}, false);
        r.pieces.removeLast();  // message_delta
        r.pieces << sse(R"({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})", "error");
    } else if (provider == QLatin1String("gemini")) {
        r.pieces = geminiEvents(before, 10, 20, {});
        r.pieces << "{\n  \"error\": {\n    \"code\": 503,\n    \"message\": \"The model is overloaded.\",\n"
                    "    \"status\": \"UNAVAILABLE\"\n  }\n}\n";
    } else {
        r.pieces = openAiEvents(before, 10, 20, {}, false);
        r.pieces.removeLast();  // usage
        r.pieces.removeLast();  // finish
        r.pieces << sse(R"({"error":{"code":500,"message":"fake failure","type":"server_error"}})");
    }
    return r;
}

FakeProviderReply FakeProviderServer::modelsReply(const QString &provider, const QStringList &models)
{
    FakeProviderReply r;
    r.contentType = "application/json";
    QJsonArray list;
    for (const QString &m : models) {
        if (provider == QLatin1String("gemini"))
            list.append(QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("models/") + m)}});
        else
            list.append(QJsonObject{{QStringLiteral("id"), m}, {QStringLiteral("object"), QStringLiteral("model")}});
    }
    r.pieces = {provider == QLatin1String("gemini") ? json({{QStringLiteral("models"), list}})
                                                    : json({{QStringLiteral("object"), QStringLiteral("list")},
                                                            {QStringLiteral("data"), list}})};
    return r;
}

} // namespace ttc::test

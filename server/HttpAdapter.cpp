#include "HttpAdapter.h"

#include "protocol/Dto.h"

#include <QDateTime>
#include <QPointer>
#include <QPromise>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtConcurrent>


#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif
namespace ttc::server {

namespace {

// Looks at the headers of each request as bytes arrive, before QHttpServer buffers the body, and answers 413 to
// a Content-Length over the limit.
// The socket whose bytes QHttpServer is parsing right now: its readyRead handler runs the route synchronously, and
// ours (connected first) runs just before it. Lets a route keep a guarded pointer to its connection.
thread_local QPointer<QTcpSocket> t_requestSocket;

void quickAck(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket)
#endif
}

class LimitedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        // Answers go out at once (no Nagle), and a request's next segments are acknowledged at once: a client that
        // writes its body in several pieces (QNetworkAccessManager writes 16 KiB at a time) otherwise waits for the
        // delayed ACK, 40 ms per request on Linux.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        quickAck(socket);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            quickAck(socket);
            t_requestSocket = socket;
            const QByteArray head = socket->peek(std::min<qint64>(socket->bytesAvailable(), 16384)).toLower();
            const qsizetype at = head.indexOf("\r\ncontent-length:");
            if (at < 0)
                return;
            const qsizetype end = head.indexOf("\r\n", at + 2);
            if (end < 0)
                return;
            bool ok = false;
            const qint64 length = head.mid(at + 17, end - at - 17).trimmed().toLongLong(&ok);
            if (ok && length > protocol::kMaxBodyBytes) {
                const QByteArray body = QJsonDocument(protocol::errorBody(QStringLiteral("body_too_large"),
                                                                          QStringLiteral("The body is larger than 1 MiB.")))
                                            .toJson(QJsonDocument::Compact);
                socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->flush();
                socket->disconnectFromHost();
                socket->readAll(); // nothing of it reaches the HTTP parser
            }
        });
        addPendingConnection(socket);
    }
};

QHttpServerResponse toQt(const ApiResponse &r)
{
    QHttpServerResponse resp(r.contentType, r.body, QHttpServerResponse::StatusCode(r.status));
    for (const auto &[name, value] : r.headers)
        resp.addHeader(name, value);
    return resp;
}

ApiRequest fromQt(const QHttpServerRequest &req)
{
    ApiRequest r;
    switch (req.method()) {
    case QHttpServerRequest::Method::Get: r.method = "GET"; break;
    case QHttpServerRequest::Method::Post: r.method = "POST"; break;
    case QHttpServerRequest::Method::Put: r.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: r.method = "DELETE"; break;
    case QHttpServerRequest::Method::Patch: r.method = "PATCH"; break;
    case QHttpServerRequest::Method::Head: r.method = "HEAD"; break;
    case QHttpServerRequest::Method::Options: r.method = "OPTIONS"; break;
    default: r.method = "OTHER"; break;
    }
    r.path = req.url().path();
    for (const auto &[name, value] : req.headers())
        r.headers.insert(name.toLower(), value);
    r.body = req.body();
    r.peer = req.remoteAddress().toString();
    r.receivedMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

} // namespace

HttpAdapter::HttpAdapter(Api &api, int workers, QObject *parent) : QObject(parent), m_api(api)
{
    m_pool.setMaxThreadCount(std::max(1, workers));
    m_pool.setExpiryTimeout(-1); // each worker keeps its database connection for its lifetime
    // Database work runs on the pool; the answer is written back on this thread through the request's responder.
    // Not through a returned QFuture: Qt 6.4's QHttpServer then writes to the connection even when the client closed
    // it meanwhile and the socket is deleted (a client giving up crashed the server). Here the answer is written only
    // while the connection is still there, and otherwise dropped.
    const auto handler = [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        ApiRequest r = fromQt(req);
        if (r.body.size() > protocol::kMaxBodyBytes) {
            QHttpServerResponse resp = toQt(
                ApiResponse::error(413, QStringLiteral("body_too_large"), QStringLiteral("The body is larger than 1 MiB.")));
            resp.addHeader("Cache-Control", "no-store");
            resp.write(std::move(responder));
            return;
        }
        QPointer<QTcpSocket> connection = t_requestSocket;
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        ++m_inFlight;
        m_pool.start([this, r = std::move(r), pending, connection]() mutable {
            auto resp = std::make_shared<QHttpServerResponse>(toQt(m_api.handle(r)));
            --m_inFlight;
            QMetaObject::invokeMethod(this, [this, pending = std::move(pending), connection, resp]() mutable {
                if (!connection || connection->state() != QAbstractSocket::ConnectedState) {
                    return;
                }
                resp->addHeader("Cache-Control", "no-store");
                resp->write(std::move(*pending));
            }, Qt::QueuedConnection);
        });
    };
    for (const QString &pattern : Api::routePatterns()) {
        const int args = int(pattern.count(QStringLiteral("<arg>")));
        if (args == 0)
            m_server.route(pattern, handler);
        else if (args == 1)
            m_server.route(pattern, [handler](const QString &, const QHttpServerRequest &req, QHttpServerResponder &&rs) {
                handler(req, std::move(rs));
            });
        else
            m_server.route(pattern, [handler](const QString &, const QString &, const QHttpServerRequest &req,
                                              QHttpServerResponder &&rs) { handler(req, std::move(rs)); });
    }
    // Qt 6.4 hands an upgrade request to the WebSocket server only when a route takes it: this one answers nothing
    // for an upgrade (the handshake follows, and onWebSocket authenticates it), and 426 to a plain GET.
    m_server.route(QStringLiteral("/v1/events"), [](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        if (req.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        responder.write(QByteArrayLiteral("{\"error\":{\"code\":\"upgrade_required\",\"message\":\"Connect with a WebSocket.\"}}"),
                        "application/json", QHttpServerResponder::StatusCode(426));
    });
    m_server.afterRequest([](QHttpServerResponse &&resp) {
        resp.addHeader("Cache-Control", "no-store");
        return std::move(resp);
    });
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, &HttpAdapter::onWebSocket);
    m_api.setPokeHandler([this](const QString &userId) { pokeUser(userId); });
}

HttpAdapter::~HttpAdapter()
{
    m_api.setPokeHandler({});
    m_pool.waitForDone();
}

quint16 HttpAdapter::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new LimitedTcpServer(&m_server);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    m_server.bind(tcp);
    return tcp->serverPort();
}

void HttpAdapter::stopAccepting()
{
    for (QTcpServer *s : m_server.servers())
        s->close();
    for (const auto &ws : std::as_const(m_sockets))
        if (ws)
            ws->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
}

void HttpAdapter::pokeUser(const QString &userId)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, userId] { pokeUser(userId); }, Qt::QueuedConnection);
        return;
    }
    static const QString poke = QStringLiteral("{\"type\":\"poke\"}");
    for (auto it = m_sockets.find(userId); it != m_sockets.end() && it.key() == userId; ++it)
        if (it.value())
            it.value()->sendTextMessage(poke);
}

void HttpAdapter::onWebSocket()
{
    while (m_server.hasPendingWebSocketConnections()) {
        QWebSocket *ws = m_server.nextPendingWebSocketConnection().release();
        ws->setParent(this);
        const QNetworkRequest req = ws->request();
        auto user = req.url().path() == u"/v1/events" ? m_api.authenticate(req.rawHeader("Authorization"))
                                                      : Result<QString>(Error{QStringLiteral("not_found"), QString()});
        if (!user) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated, user.error().code);
            connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
            continue;
        }
        m_sockets.insert(*user, ws);
        const QString id = *user;
        connect(ws, &QWebSocket::disconnected, this, [this, ws, id] {
            m_sockets.remove(id, ws);
            ws->deleteLater();
        });
        ws->sendTextMessage(QStringLiteral("{\"type\":\"hello\"}"));
    }
}

} // namespace ttc::server

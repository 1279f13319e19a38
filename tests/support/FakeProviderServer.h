#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace ttc::test {

// One scripted HTTP answer of the loopback provider.
struct FakeProviderReply
{
    int status = 200;
    QByteArray contentType = "text/event-stream";
    QList<QPair<QByteArray, QByteArray>> headers;   // extra response headers (e.g. retry-after)
    // The body, already split into the pieces written to the socket. A streamed (2xx event-stream) body is sent with
    // chunked transfer encoding, one HTTP chunk per piece; other bodies with Content-Length.
    QList<QByteArray> pieces;
    int firstByteDelayMs = 0;    // before the status line ("slow start")
    int pieceDelayMs = 0;        // between pieces
    int dropAfterPieces = -1;    // close the connection after this many pieces, mid-body
    bool hang = false;           // read the request and never answer
    bool chunked = false;        // stream any 2xx body piece by piece (audio), not only event streams

    QByteArray body() const;
    // Re-splits the body: 0 = whole, n > 0 = pieces of n bytes, -1 = random sizes 1..64 from seed.
    FakeProviderReply &rechunk(int size, quint32 seed = 1);
};

// The request as the server saw it. Authorization-like header values are kept so tests can assert them; never log them.
struct FakeProviderRequest
{
    QByteArray method;
    QByteArray path;             // with query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
};

// A real HTTP/1.1 server on 127.0.0.1 speaking the providers' streaming formats, for tests in this process.
// Replies are taken from the queue in order; when it is empty, the handler (if any) answers, else the default reply.
// `GET .../models` is answered with a small model list unless a queued reply or handler says otherwise.
class FakeProviderServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    // The base URL to give the app for a provider id ("openai", "anthropic", "gemini", "local").
    QUrl baseUrl(const QString &provider) const;

    void enqueue(const FakeProviderReply &reply) { m_queue.append(reply); }
    void setDefault(const FakeProviderReply &reply) { m_default = reply; }
    void setHandler(std::function<FakeProviderReply(const FakeProviderRequest &)> handler) { m_handler = std::move(handler); }
    void setAnswerModels(bool on) { m_answerModels = on; }

    const QList<FakeProviderRequest> &requests() const { return m_requests; }
    int openConnections() const { return m_open; }

    // Wire-format builders. `chunks` are the text deltas, in order.
    static QByteArray openAiStream(const QStringList &chunks, int tokensIn = 10, int tokensOut = 20,
                                   const QStringList &reasoning = {}, bool done = true);
    static QByteArray anthropicStream(const QStringList &chunks, int tokensIn = 10, int tokensOut = 20,
                                      const QStringList &thinking = {}, bool stop = true);
    static QByteArray geminiStream(const QStringList &chunks, int tokensIn = 10, int tokensOut = 20,
                                   const QStringList &thoughts = {});
    static QByteArray stream(const QString &provider, const QStringList &chunks, int tokensIn = 10, int tokensOut = 20,
                             const QStringList &reasoning = {});
    // Each chunk of the stream becomes one piece (one HTTP chunk), so delays fall between deltas.
    static FakeProviderReply textReply(const QString &provider, const QStringList &chunks, int pieceDelayMs = 0);
    // The provider's own error body for a status: 401 invalid key, 403, 404 model, 429 rate limit, 500, 503/529.
    static FakeProviderReply errorReply(const QString &provider, int status, const QByteArray &code = {});
    // A mid-stream error frame in the provider's format, after some text.
    static FakeProviderReply midStreamErrorReply(const QString &provider, const QStringList &before);
    static FakeProviderReply modelsReply(const QString &provider, const QStringList &models);

Q_SIGNALS:
    void requestReceived(const ttc::test::FakeProviderRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeProviderReply &reply);
    void writePiece(QTcpSocket *socket, const FakeProviderReply &reply, int index);

    QTcpServer *m_server = nullptr;
    QList<FakeProviderReply> m_queue;
    FakeProviderReply m_default;
    std::function<FakeProviderReply(const FakeProviderRequest &)> m_handler;
    QList<FakeProviderRequest> m_requests;
    bool m_answerModels = true;
    int m_open = 0;
};

} // namespace ttc::test

#pragma once

#include <QByteArray>
#include <QNetworkReply>

class QTcpSocket;

namespace ttc::net {

// A plain-HTTP/1.1 exchange with a server on this computer (127.0.0.0/8, ::1, localhost) over a buffered QTcpSocket
// in the calling thread, presented as a QNetworkReply. Local model servers (Ollama, llama.cpp, LM Studio) answer
// with chunked event streams; QNetworkAccessManager reads those from an unbuffered socket in its own thread, a few
// bytes per system call (chunk-size line, CR, LF, data, CRLF: nine calls per event) and hands each piece over
// between threads. Here the socket is drained in large reads and the body decoded in place.
// What it does not do, because no local server needs it: proxies (loopback is never proxied), TLS, redirects
// (a 3xx is answered as it is), compression (no Accept-Encoding is sent), connection reuse (Connection: close).
// Its error texts are technical details for logs and `ttc`, in English like the network layer's own.
// Like QNetworkAccessManager's replies, abort() finishes at once (OperationCanceledError) and a 4xx/5xx answer is
// delivered with its body and an error code.
class LoopbackReply : public QNetworkReply
{
    Q_OBJECT

public:
    // Whether requests to url can take this path: http to a loopback host, unless TTC_HTTP_DIRECT_LOOPBACK=0.
    static bool handles(const QUrl &url);

    LoopbackReply(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                  QObject *parent = nullptr);
    ~LoopbackReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    enum class State { Connecting, StatusLine, Headers, ChunkSize, ChunkData, ChunkDataEnd, Trailers, SizedBody,
                       BodyToClose, Done };

    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    // Consumes what it can of m_in; false when the answer is malformed (the reply is then finished).
    bool parse();
    bool takeLine(QByteArray *line);
    bool startBody();
    void appendBody(qsizetype n);
    void complete();
    void fail(NetworkError code, const QString &message);
    void finishOnce();

    QTcpSocket *m_socket = nullptr;
    QByteArray m_requestBytes;
    QByteArray m_verb;
    QByteArray m_in;          // received, not yet parsed; parsing starts at m_inPos
    qsizetype m_inPos = 0;
    QByteArray m_body;        // decoded body, not yet read; reading starts at m_bodyPos
    qsizetype m_bodyPos = 0;
    qint64 m_remaining = 0;   // of the current chunk or of a Content-Length body
    int m_status = 0;
    State m_state = State::Connecting;
    bool m_finished = false;
};

} // namespace ttc::net

#pragma once

#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ttc {
class Clock;
}

namespace ttc::net {

struct HttpOptions
{
    int firstByteTimeoutMs = 60000;       // connect + headers/first byte (a local model load can take a while)
    int idleTimeoutMs = 90000;            // longest silence between two body chunks
    qint64 maxBodyBytes = 64ll << 20;     // a body over this is cut with TooLarge
    qint64 maxErrorBodyBytes = 1 << 20;   // what is kept of a non-2xx body
    RetryPolicy retry;
};

enum class NetFailure { None, Network, Timeout, Cancelled, TooLarge };

struct HttpResult
{
    int status = 0;                 // 0 when no response arrived
    Headers headers;
    QByteArray errorBody;           // body of a non-2xx response (capped)
    NetFailure failure = NetFailure::None;
    QString detail;                 // the network layer's text, for logs (never contains request headers)
    int attempts = 0;
    bool bodyStarted = false;       // some 2xx body bytes were delivered through data()

    bool ok() const { return failure == NetFailure::None && status >= 200 && status < 300; }
};

// One HTTP exchange with its own timeouts, size cap, cancel and retries (only before any body byte was delivered:
// once the caller has seen data, a failure is final). 2xx body bytes are streamed through data(); a non-2xx body is
// collected into the result. The job owns its reply; deleting the job aborts it. Plain http to this computer goes
// through LoopbackReply (local model servers), everything else through QNetworkAccessManager.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    HttpJob(QNetworkAccessManager &nam, const QNetworkRequest &request, QByteArray verb, QByteArray body,
            const Clock &clock, HttpOptions options = {}, QObject *parent = nullptr);
    ~HttpJob() override;

    // Random source for backoff jitter, [0, 1). Tests pin it.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void responseStarted(int status, const ttc::net::Headers &headers);  // once, before the first data()
    void data(const QByteArray &chunk);
    void retrying(int nextAttempt, qint64 delayMs, int status);
    void finished(const ttc::net::HttpResult &result);

private:
    void sendAttempt();
    void onReadyRead();
    void deliverChunk(const QByteArray &chunk);
    void onReplyFinished();
    void onTimeout();
    void finish(NetFailure failure, const QString &detail);
    void captureHeaders();
    void armTimer(int ms);

    QNetworkAccessManager &m_nam;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    const Clock &m_clock;
    HttpOptions m_options;
    std::function<double()> m_random;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QTimer *m_backoff = nullptr;
    HttpResult m_result;
    qint64 m_received = 0;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

} // namespace ttc::net

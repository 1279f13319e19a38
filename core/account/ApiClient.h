#pragma once

#include "net/HttpJob.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ttc {
class Clock;
}

namespace ttc::account {

// One answer of ttc-server (PROTOCOL.md): a JSON object on success, else the error code/message of the
// `{"error":{...}}` shape, or a transport failure (status 0).
struct ApiReply
{
    int status = 0;
    QJsonObject body;
    QString code;             // error.code, or "network" / "timeout" / "bad_response"
    QString message;          // error.message (server text: show as plain text only)
    qint64 retryAfterMs = -1; // from Retry-After on 429/503

    bool ok() const { return status >= 200 && status < 300 && code.isEmpty(); }
    bool transportFailed() const { return status == 0; }
};

// Thin JSON-over-HTTP caller for one server. No retries: callers own idempotency and backoff.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager &nam, const Clock &clock, QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    QUrl server() const { return m_server; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    using Callback = std::function<void(const ApiReply &)>;
    // path like "/v1/auth/login"; bearer empty = no Authorization header. The callback runs on context's thread
    // and is dropped when context is gone.
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &bearer,
              QObject *context, Callback callback);

    QUrl url(const QString &path) const;

    // "https://host:port" as people type it: adds http:// for loopback hosts without a scheme, strips a trailing
    // slash. Returns an invalid URL when the text is not an http(s) URL.
    static QUrl normalizeServer(const QString &text);

private:
    QNetworkAccessManager &m_nam;
    const Clock &m_clock;
    QUrl m_server;
    int m_timeoutMs = 20000;
};

} // namespace ttc::account

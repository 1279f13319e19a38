#include "net/HttpJob.h"

#include "net/LoopbackReply.h"
#include "net/NetLogging.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QPointer>
#include <QTimer>

namespace ttc::net {

namespace {
constexpr qint64 kReadChunkBytes = 64 * 1024;
}

HttpJob::HttpJob(QNetworkAccessManager &nam, const QNetworkRequest &request, QByteArray verb, QByteArray body,
                 const Clock &clock, HttpOptions options, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(request), m_verb(std::move(verb)), m_body(std::move(body)),
      m_clock(clock), m_options(options), m_random([] { return QRandomGenerator::global()->generateDouble(); }),
      m_timer(new QTimer(this)), m_backoff(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_backoff->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpJob::onTimeout);
    connect(m_backoff, &QTimer::timeout, this, &HttpJob::sendAttempt);
    // Redirects only to the same scheme/host family; the API roots never redirect in practice.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    sendAttempt();
}

void HttpJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_backoff->stop();
    if (m_reply)
        m_reply->abort();  // onReplyFinished reports Cancelled
    else
        finish(NetFailure::Cancelled, QStringLiteral("cancelled"));
}

void HttpJob::armTimer(int ms)
{
    if (ms > 0)
        m_timer->start(ms);
}

void HttpJob::sendAttempt()
{
    ++m_result.attempts;
    m_result.status = 0;
    m_result.headers.clear();
    m_result.errorBody.clear();
    m_received = 0;
    m_timedOut = false;
    if (LoopbackReply::handles(m_request.url())) {
        m_reply = new LoopbackReply(m_request, m_verb, m_body, this);
    } else if (m_body.isEmpty() && m_verb == "GET") {
        m_reply = m_nam.get(m_request);
    } else {
        m_reply = m_nam.sendCustomRequest(m_request, m_verb, m_body);
    }
    m_reply->setReadBufferSize(0);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { armTimer(m_options.idleTimeoutMs); });
    connect(m_reply, &QIODevice::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    armTimer(m_options.firstByteTimeoutMs);
}

void HttpJob::captureHeaders()
{
    if (m_result.status != 0 || !m_reply)
        return;
    m_result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.headers = m_reply->rawHeaderPairs();
}

void HttpJob::onReadyRead()
{
    if (!m_reply)
        return;
    captureHeaders();
    armTimer(m_options.idleTimeoutMs);
    // In pieces: when a fast server got ahead, readAll() would copy everything buffered (megabytes for a long
    // stream) at once.
    QPointer<HttpJob> self(this);  // a receiver of data() may end the job
    QPointer<QNetworkReply> reply = m_reply;
    while (self && reply && reply == m_reply && reply->bytesAvailable() > 0 && !m_tooLarge)
        deliverChunk(reply->read(kReadChunkBytes));
}

void HttpJob::deliverChunk(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    m_received += chunk.size();
    const bool success = m_result.status >= 200 && m_result.status < 300;
    if (!success) {
        const qint64 room = m_options.maxErrorBodyBytes - m_result.errorBody.size();
        if (room > 0)
            m_result.errorBody.append(chunk.first(std::min<qint64>(room, chunk.size())));
        return;
    }
    QByteArray deliver = chunk;
    if (m_received > m_options.maxBodyBytes) {
        // Deliver up to the cap so the caller keeps that much, then stop.
        m_tooLarge = true;
        deliver.truncate(std::max<qint64>(0, chunk.size() - (m_received - m_options.maxBodyBytes)));
    }
    if (!m_result.bodyStarted && !deliver.isEmpty()) {
        m_result.bodyStarted = true;
        Q_EMIT responseStarted(m_result.status, m_result.headers);
    }
    if (!deliver.isEmpty())
        Q_EMIT data(deliver);
    if (m_tooLarge && m_reply)
        m_reply->abort();
}

void HttpJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    qCInfo(lcNet) << "request timed out:" << m_request.url().host() << m_request.url().path();
    m_reply->abort();
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timer->stop();
    // Anything still buffered belongs to this response.
    if (reply->bytesAvailable() > 0 && !m_tooLarge && !m_cancelled)
        onReadyRead();
    captureHeaders();
    const QNetworkReply::NetworkError error = reply->error();
    const QString detail = reply->errorString();
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;

    if (m_cancelled)
        return finish(NetFailure::Cancelled, QStringLiteral("cancelled"));
    if (m_tooLarge)
        return finish(NetFailure::TooLarge, QStringLiteral("body larger than %1 bytes").arg(m_options.maxBodyBytes));

    const int status = m_result.status;
    const bool httpAnswer = status > 0;
    // Qt reports a 4xx/5xx answer as an error too: with a status line it is an HTTP answer, not a transport failure.
    // Anything else (refused, reset, a truncated 2xx body, TLS) is a transport failure.
    const bool httpError = httpAnswer && (status < 200 || status >= 300);
    const bool transportFailed = m_timedOut || (error != QNetworkReply::NoError && !httpError);
    // A failure after body bytes reached the caller is final: the caller keeps the partial answer.
    if (m_result.bodyStarted) {
        if (m_timedOut)
            return finish(NetFailure::Timeout, QStringLiteral("idle timeout"));
        if (error != QNetworkReply::NoError && transportFailed)
            return finish(NetFailure::Network, detail);
        return finish(NetFailure::None, {});
    }
    if (httpAnswer && status >= 200 && status < 300 && !transportFailed) {
        // An empty successful body.
        Q_EMIT responseStarted(status, m_result.headers);
        return finish(NetFailure::None, {});
    }
    const int retryStatus = (httpAnswer && !transportFailed) ? status : 0;
    if (m_options.retry.shouldRetry(m_result.attempts, retryStatus, m_result.headers)) {
        const qint64 delay = m_options.retry.delayMs(m_result.attempts, m_result.headers, m_clock.nowMs(), m_random());
        qCInfo(lcNet) << "retrying" << m_request.url().host() << "after" << delay << "ms; status" << retryStatus
                      << (m_timedOut ? "timeout" : "");
        Q_EMIT retrying(m_result.attempts + 1, delay, retryStatus);
        m_backoff->start(int(std::min<qint64>(delay, INT_MAX)));
        return;
    }
    if (m_timedOut)
        return finish(NetFailure::Timeout, QStringLiteral("timeout before the first byte"));
    if (transportFailed)
        return finish(NetFailure::Network, detail);
    finish(NetFailure::None, {});
}

void HttpJob::finish(NetFailure failure, const QString &detail)
{
    m_timer->stop();
    m_backoff->stop();
    m_running = false;
    m_result.failure = failure;
    m_result.detail = detail;
    Q_EMIT finished(m_result);
}

} // namespace ttc::net

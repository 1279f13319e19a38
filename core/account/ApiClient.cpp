#include "account/ApiClient.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>

namespace ttc::account {

ApiClient::ApiClient(QNetworkAccessManager &nam, const Clock &clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock)
{
}

QUrl ApiClient::normalizeServer(const QString &text)
{
    QString t = text.trimmed();
    while (t.endsWith(QLatin1Char('/')))
        t.chop(1);
    if (t.isEmpty())
        return {};
    if (!t.contains(QStringLiteral("://")))
        t.prepend(QStringLiteral("http://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

QUrl ApiClient::url(const QString &path) const
{
    QUrl u = m_server;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    return u;
}

void ApiClient::call(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &bearer,
                     QObject *context, Callback callback)
{
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    net::HttpOptions options;
    options.firstByteTimeoutMs = m_timeoutMs;
    options.idleTimeoutMs = m_timeoutMs;
    options.maxBodyBytes = 64ll << 20;
    options.maxErrorBodyBytes = 1 << 20;
    options.retry.maxAttempts = 1;
    const QByteArray payload = verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *job = new net::HttpJob(m_nam, request, verb, payload, m_clock, options, this);
    auto collected = std::make_shared<QByteArray>();
    connect(job, &net::HttpJob::data, job, [collected](const QByteArray &chunk) { collected->append(chunk); });
    QPointer<QObject> guard(context);
    const qint64 now = m_clock.nowMs();
    connect(job, &net::HttpJob::finished, this,
            [job, collected, guard, callback = std::move(callback), now](const net::HttpResult &result) {
                job->deleteLater();
                if (!guard)
                    return;
                ApiReply reply;
                reply.status = result.status;
                if (result.failure != net::NetFailure::None || result.status == 0) {
                    reply.status = 0;
                    reply.code = result.failure == net::NetFailure::Timeout ? QStringLiteral("timeout")
                                                                             : QStringLiteral("network");
                    reply.message = QCoreApplication::translate("Account", "The account server cannot be reached.");
                    callback(reply);
                    return;
                }
                const QByteArray raw = result.ok() ? *collected : result.errorBody;
                QJsonParseError pe{};
                const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
                if (doc.isObject())
                    reply.body = doc.object();
                if (!result.ok()) {
                    const QJsonObject error = reply.body.value(QStringLiteral("error")).toObject();
                    reply.code = error.value(QStringLiteral("code")).toString();
                    reply.message = error.value(QStringLiteral("message")).toString();
                    if (reply.code.isEmpty())
                        reply.code = QStringLiteral("http_%1").arg(result.status);
                    if (const auto ra = net::RetryPolicy::retryAfterMs(result.headers, now))
                        reply.retryAfterMs = *ra;
                } else if (!raw.isEmpty() && !doc.isObject()) {
                    reply.code = QStringLiteral("bad_response");
                    reply.message =
                        QCoreApplication::translate("Account", "The account server sent an answer this app cannot read.");
                }
                callback(reply);
            });
    job->start();
}

} // namespace ttc::account

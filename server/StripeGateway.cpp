#include "StripeGateway.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace ttc::server {

StripeGateway::StripeGateway(QString baseUrl, QByteArray secretKey, QString successUrl, QString cancelUrl)
    : m_base(std::move(baseUrl)), m_key(std::move(secretKey)), m_success(std::move(successUrl)), m_cancel(std::move(cancelUrl))
{
}

Result<QString> StripeGateway::createCheckout(const QString &userId, const QString &customerId, const QString &priceId)
{
    // Runs on a worker thread (never the accepting one), which owns this short-lived manager and loop.
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m_base + QStringLiteral("/v1/checkout/sessions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setRawHeader("Authorization", "Bearer " + m_key);
    req.setRawHeader("Idempotency-Key", QByteArray("checkout-") + userId.toLatin1() + '-' + priceId.toLatin1() + '-'
                                            + QByteArray::number(QDateTime::currentSecsSinceEpoch() / 60));
    req.setTransferTimeout(15000);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("mode"), QStringLiteral("subscription"));
    form.addQueryItem(QStringLiteral("line_items[0][price]"), priceId);
    form.addQueryItem(QStringLiteral("line_items[0][quantity]"), QStringLiteral("1"));
    form.addQueryItem(QStringLiteral("client_reference_id"), userId);
    form.addQueryItem(QStringLiteral("subscription_data[metadata][user_id]"), userId);
    form.addQueryItem(QStringLiteral("success_url"), m_success);
    form.addQueryItem(QStringLiteral("cancel_url"), m_cancel);
    if (!customerId.isEmpty())
        form.addQueryItem(QStringLiteral("customer"), customerId);
    QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Error{QStringLiteral("gateway"), reply->errorString()};
    const QString url = body.value(QStringLiteral("url")).toString();
    if (status / 100 != 2 || !url.startsWith(u"https://"))
        return Error{QStringLiteral("gateway"), QStringLiteral("checkout session failed with HTTP %1").arg(status)};
    return url;
}

} // namespace ttc::server

#pragma once

#include "Api.h"

namespace ttc::server {

// Checkout links through Stripe's REST API (POST /v1/checkout/sessions, form-encoded, secret key as bearer).
// The base URL is configurable (TTC_STRIPE_API_BASE) so tests and staging can point it at a fake.
class StripeGateway final : public BillingGateway
{
public:
    StripeGateway(QString baseUrl, QByteArray secretKey, QString successUrl, QString cancelUrl);
    Result<QString> createCheckout(const QString &userId, const QString &customerId, const QString &priceId) override;

private:
    QString m_base;
    QByteArray m_key;
    QString m_success;
    QString m_cancel;
};

} // namespace ttc::server

#include "keys/KeyValidator.h"

#include "net/HttpJob.h"
#include "net/NetLogging.h"
#include "providers/ProviderRegistry.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace ttc::keys {

namespace {
// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *t)
{
    return QCoreApplication::translate("ttc::keys", t);
}
} // namespace

QString statusText(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Valid: return tr("valid");
    case KeyStatus::Invalid: return tr("invalid");
    case KeyStatus::Unverified: return tr("not verified");
    case KeyStatus::Unknown: break;
    }
    return tr("not checked");
}

QString statusId(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Valid: return QStringLiteral("valid");
    case KeyStatus::Invalid: return QStringLiteral("invalid");
    case KeyStatus::Unverified: return QStringLiteral("unverified");
    case KeyStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

KeyValidator::KeyValidator(QNetworkAccessManager &nam, const providers::ProviderRegistry &registry, const Clock &clock,
                           QObject *parent)
    : QObject(parent), m_nam(nam), m_registry(registry), m_clock(clock)
{
}

QUrl KeyValidator::elevenLabsBaseUrl()
{
    const QString env = qEnvironmentVariable("TTC_ELEVENLABS_BASE_URL");
    return QUrl(env.isEmpty() ? QStringLiteral("https://api.elevenlabs.io") : env);
}

void KeyValidator::validate(const QString &providerId, const QString &key, const QUrl &baseUrl, QObject *context,
                            std::function<void(const Validation &)> done)
{
    QNetworkRequest request;
    const providers::Provider *provider = m_registry.provider(providerId);
    if (providerId == QLatin1String("elevenlabs")) {
        QUrl url = baseUrl.isEmpty() ? elevenLabsBaseUrl() : baseUrl;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/v1/user"));
        request = QNetworkRequest(url);
        request.setRawHeader("xi-api-key", key.toUtf8());
    } else if (provider) {
        request = provider->modelsRequest({baseUrl.isEmpty() ? m_registry.baseUrl(providerId) : baseUrl, key});
    } else {
        Validation v;
        v.status = KeyStatus::Unverified;
        v.message = tr("Unknown provider.");
        done(v);
        return;
    }
    net::HttpOptions options;
    options.firstByteTimeoutMs = 15000;
    options.idleTimeoutMs = 15000;
    options.retry.maxAttempts = 2;
    options.retry.initialDelayMs = 300;
    options.maxBodyBytes = 8 << 20;
    auto *job = new net::HttpJob(m_nam, request, "GET", {}, m_clock, options, this);
    auto body = std::make_shared<QByteArray>();
    connect(job, &net::HttpJob::data, this, [body](const QByteArray &chunk) { body->append(chunk); });
    QPointer<QObject> guard(context);
    connect(job, &net::HttpJob::finished, this, [=, this](const net::HttpResult &r) {
        job->deleteLater();
        Validation v;
        v.checkedAtMs = m_clock.nowMs();
        if (r.failure != net::NetFailure::None) {
            v.status = KeyStatus::Unverified;
            v.message = tr("Could not reach the provider to check the key.");
        } else if (r.ok()) {
            v.status = KeyStatus::Valid;
            if (provider && providerId != QLatin1String("elevenlabs"))
                v.models = provider->parseModels(*body);
        } else if (providerId == QLatin1String("elevenlabs")) {
            // Only invalid_api_key means a bad key; missing_permissions is a valid but scoped key.
            const QJsonValue detail = QJsonDocument::fromJson(r.errorBody).object().value(QLatin1String("detail"));
            const QString status = detail.isObject() ? detail.toObject().value(QLatin1String("status")).toString()
                                                     : detail.toString();
            if (status == QLatin1String("invalid_api_key")) {
                v.status = KeyStatus::Invalid;
                v.message = tr("ElevenLabs rejected the API key.");
            } else if (status == QLatin1String("missing_permissions")) {
                v.status = KeyStatus::Valid;
            } else {
                v.status = KeyStatus::Unverified;
                v.message = tr("ElevenLabs answered HTTP %1.").arg(r.status);
            }
        } else {
            const providers::ProviderError e = provider->classifyHttpError(r.status, r.headers, r.errorBody);
            v.status = e.kind == providers::ErrorKind::InvalidKey ? KeyStatus::Invalid : KeyStatus::Unverified;
            v.message = e.message;
        }
        qCInfo(lcKeys) << "key check for" << providerId << statusId(v.status) << r.status;
        if (guard)
            done(v);
    });
    job->start();
}

} // namespace ttc::keys

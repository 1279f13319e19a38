#include "providers/Provider.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ttc::providers {

namespace {
// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc::providers", text);
}
} // namespace

QString errorCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::MissingKey: return QStringLiteral("missing_key");
    case ErrorKind::InvalidKey: return QStringLiteral("invalid_key");
    case ErrorKind::Permission: return QStringLiteral("permission");
    case ErrorKind::InsufficientQuota: return QStringLiteral("insufficient_quota");
    case ErrorKind::RateLimited: return QStringLiteral("rate_limited");
    case ErrorKind::Overloaded: return QStringLiteral("overloaded");
    case ErrorKind::ContextTooLong: return QStringLiteral("context_too_long");
    case ErrorKind::ModelNotFound: return QStringLiteral("model_not_found");
    case ErrorKind::BadRequest: return QStringLiteral("bad_request");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::MalformedStream: return QStringLiteral("malformed_stream");
    case ErrorKind::TooLarge: return QStringLiteral("too_large");
    case ErrorKind::TierLocked: return QStringLiteral("tier_locked");
    case ErrorKind::QuotaExceeded: return QStringLiteral("quota_exceeded");
    case ErrorKind::NoLocalServer: return QStringLiteral("no_local_server");
    case ErrorKind::Other: return QStringLiteral("provider_error");
    }
    return QStringLiteral("provider_error");
}

QString ProviderError::code() const
{
    return errorCode(kind);
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::MissingKey:
    case ErrorKind::InvalidKey:
    case ErrorKind::Permission: return 3;
    case ErrorKind::TierLocked:
    case ErrorKind::QuotaExceeded: return 4;
    case ErrorKind::RateLimited:
    case ErrorKind::Overloaded: return 5;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::NoLocalServer: return 6;
    case ErrorKind::Cancelled: return 1;
    case ErrorKind::InsufficientQuota:
    case ErrorKind::ContextTooLong:
    case ErrorKind::ModelNotFound:
    case ErrorKind::BadRequest:
    case ErrorKind::MalformedStream:
    case ErrorKind::TooLarge:
    case ErrorKind::Other: return 7;
    }
    return 7;
}

QString describe(ErrorKind kind, const QString &p)
{
    switch (kind) {
    case ErrorKind::MissingKey:
        return tr("No API key for %1. Add one with `ttc keys set %2` or in API Keys… in the tray menu.")
            .arg(p, p.toLower());
    case ErrorKind::InvalidKey:
        return tr("%1 rejected the API key. Check or replace it (API Keys… in the tray menu, or `ttc keys set`).").arg(p);
    case ErrorKind::Permission:
        return tr("%1 refused access: the key has no permission for this model or region.").arg(p);
    case ErrorKind::InsufficientQuota:
        return tr("Your %1 account has no credit or quota left. Check its plan and billing.").arg(p);
    case ErrorKind::RateLimited: return tr("%1 is rate limiting requests. Try again in a moment.").arg(p);
    case ErrorKind::Overloaded: return tr("%1 is overloaded right now. Try again in a moment.").arg(p);
    case ErrorKind::ContextTooLong:
        return tr("The conversation is too long for this model. Start a new chat or pick a model with a larger "
                  "context.");
    case ErrorKind::ModelNotFound: return tr("%1 does not know this model. Pick another one.").arg(p);
    case ErrorKind::BadRequest: return tr("%1 did not accept the request.").arg(p);
    case ErrorKind::Network: return tr("Cannot reach %1. Check the network connection or the base URL.").arg(p);
    case ErrorKind::Timeout: return tr("%1 did not answer in time.").arg(p);
    case ErrorKind::Cancelled: return tr("Stopped.");
    case ErrorKind::MalformedStream:
        return tr("%1 sent an answer that could not be read; the part received so far is kept.").arg(p);
    case ErrorKind::TooLarge: return tr("The answer from %1 was too large; the part received so far is kept.").arg(p);
    case ErrorKind::TierLocked: return tr("%1 is not included in your plan.").arg(p);
    case ErrorKind::QuotaExceeded: return tr("Today's cloud AI requests are used up.");
    case ErrorKind::NoLocalServer:
        return tr("No local model server found on localhost:11434 (Ollama) or localhost:8080 (llama.cpp). Start one "
                  "or give its address with --base-url.");
    case ErrorKind::Other: return tr("%1 reported an error.").arg(p);
    }
    return tr("%1 reported an error.").arg(p);
}

ProviderError makeError(ErrorKind kind, const QString &providerName, int status, const QString &providerCode,
                        const QString &providerMessage)
{
    ProviderError e;
    e.kind = kind;
    e.httpStatus = status;
    e.providerCode = providerCode;
    e.providerMessage = providerMessage.left(2000);
    e.message = describe(kind, providerName);
    if (kind == ErrorKind::Other || kind == ErrorKind::BadRequest) {
        if (!providerMessage.isEmpty())
            e.message += QLatin1Char(' ') + tr("It said: %1").arg(providerMessage.left(300));
        else if (status > 0)
            e.message += QLatin1Char(' ') + tr("(HTTP %1)").arg(status);
    }
    return e;
}

void StreamDecoder::text(int choice, const QString &t)
{
    if (t.isEmpty())
        return;
    result.choices[choice].content += t;
    if (choice == 0 && onText)
        onText(t);
}

void StreamDecoder::refusal(int choice, const QString &t)
{
    if (t.isEmpty())
        return;
    result.choices[choice].refusal += t;
    if (choice == 0 && onText)
        onText(t);
}

void StreamDecoder::reasoning(int choice, const QString &t)
{
    if (t.isEmpty())
        return;
    result.choices[choice].reasoning += t;
    if (choice == 0 && onReasoning)
        onReasoning(t);
}

void StreamDecoder::fail(ErrorKind kind, const QString &providerName, const QString &code, const QString &message)
{
    if (!result.error)
        result.error = makeError(kind, providerName, 0, code, message);
}

bool Provider::requiresKey(const QUrl &) const
{
    return true;
}

QUrl Provider::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

QNetworkRequest Provider::jsonRequest(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept", "text/event-stream, application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral(TTC_PRODUCT_ID "/" TTC_VERSION));
    return r;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

ErrorKind kindForStatus(int status)
{
    switch (status) {
    case 401: return ErrorKind::InvalidKey;
    case 402: return ErrorKind::InsufficientQuota;
    case 403: return ErrorKind::Permission;
    case 404: return ErrorKind::ModelNotFound;
    case 408: return ErrorKind::Timeout;
    case 413: return ErrorKind::ContextTooLong;
    case 429: return ErrorKind::RateLimited;
    case 503:
    case 529: return ErrorKind::Overloaded;
    case 504: return ErrorKind::Timeout;
    default: break;
    }
    if (status >= 400 && status < 500)
        return ErrorKind::BadRequest;
    return ErrorKind::Other;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml") ||
           start.startsWith("<head") || start.startsWith("<body");
}

} // namespace ttc::providers

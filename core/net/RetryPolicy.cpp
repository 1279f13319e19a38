#include "net/RetryPolicy.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ttc::net {

QByteArray headerValue(const Headers &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 0 || status == 408 || status == 409 || status == 429 || status >= 500;
}

bool RetryPolicy::shouldRetry(int attempt, int status, const Headers &headers) const
{
    if (attempt >= maxAttempts)
        return false;
    const QByteArray should = headerValue(headers, "x-should-retry").toLower();
    if (should == "true")
        return true;
    if (should == "false")
        return false;
    return isRetryableStatus(status);
}

std::optional<qint64> RetryPolicy::retryAfterMs(const Headers &headers, qint64 nowMs)
{
    const QByteArray ms = headerValue(headers, "retry-after-ms");
    if (!ms.isEmpty()) {
        bool ok = false;
        const double v = ms.toDouble(&ok);
        if (ok && std::isfinite(v) && v >= 0)
            return qint64(std::llround(v));
    }
    const QByteArray ra = headerValue(headers, "retry-after");
    if (ra.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = ra.toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds >= 0)
        return qint64(std::llround(seconds * 1000.0));
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    QString text = QString::fromLatin1(ra);
    text.remove(QLatin1String(" GMT"));
    const QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowMs);
}

qint64 RetryPolicy::delayMs(int attempt, const Headers &headers, qint64 nowMs, double jitter01) const
{
    if (const std::optional<qint64> wish = retryAfterMs(headers, nowMs); wish && *wish > 0 && *wish <= maxRetryAfterMs)
        return *wish;
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const qint64 base = std::min<qint64>(maxDelayMs, initialDelayMs * (qint64(1) << exponent));
    const double jitter = 1.0 - 0.25 * std::clamp(jitter01, 0.0, 1.0);
    return qint64(std::llround(double(base) * jitter));
}

} // namespace ttc::net

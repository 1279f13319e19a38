#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QtGlobal>

#include <optional>

namespace ttc::net {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray headerValue(const Headers &headers, QByteArrayView name);  // case-insensitive; empty when absent

// When and how long to wait before trying a request again. Pure: tests call it with chosen inputs.
struct RetryPolicy
{
    int maxAttempts = 3;            // tries in total, the first included
    qint64 initialDelayMs = 500;
    qint64 maxDelayMs = 8000;
    qint64 maxRetryAfterMs = 120000; // a server asking for longer is not waited for

    // HTTP status 0 stands for a network error (connection refused, reset, DNS).
    static bool isRetryableStatus(int status);
    // x-should-retry overrides the status rule when present.
    bool shouldRetry(int attempt /* 1-based, the one that just failed */, int status, const Headers &headers) const;
    // retry-after-ms, else retry-after (seconds, fractional allowed, or an HTTP date); nullopt when absent/invalid.
    static std::optional<qint64> retryAfterMs(const Headers &headers, qint64 nowMs);
    // Delay before the next try: the server's wish when 0 < it <= maxRetryAfterMs, else exponential backoff
    // initial*2^(attempt-1) capped at maxDelayMs, scaled by a jitter factor in [0.75, 1.0] (jitter01 in [0,1)).
    qint64 delayMs(int attempt, const Headers &headers, qint64 nowMs, double jitter01) const;
};

} // namespace ttc::net

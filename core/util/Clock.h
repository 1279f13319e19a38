#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace ttc {

// Time is injected so that tests can move it: quota days, TTLs, tokens, backoff.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;           // milliseconds since the Unix epoch, UTC
    virtual qint64 monotonicMs() const = 0;     // for durations; unrelated to wall time

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;

    // The process-wide real clock, for composition roots only; everything else receives a Clock&.
    static Clock &instance();
};

} // namespace ttc

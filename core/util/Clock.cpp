#include "util/Clock.h"

#include <QElapsedTimer>

namespace ttc {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    static const QElapsedTimer start = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return start.elapsed();
}

Clock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace ttc

#include "RateLimiter.h"

#include <QMutexLocker>

namespace ttc::server {

int RateLimiter::hit(const QString &key, int limitPerMinute, qint64 nowMs)
{
    if (limitPerMinute <= 0)
        return 0;
    QMutexLocker lock(&m_mutex);
    if (nowMs - m_lastSweep > 120000) {
        m_lastSweep = nowMs;
        m_windows.removeIf([nowMs](const auto &it) { return nowMs - it.value().start >= 60000; });
    }
    Window &w = m_windows[key];
    if (nowMs - w.start >= 60000) {
        w.start = nowMs;
        w.count = 0;
    }
    if (w.count >= limitPerMinute)
        return int((w.start + 60000 - nowMs + 999) / 1000);
    ++w.count;
    return 0;
}

} // namespace ttc::server

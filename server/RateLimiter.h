#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace ttc::server {

// Fixed one-minute windows per key ("ip:…", "user:…"). Per instance: behind a load balancer each instance
// enforces its share (see docs/server.md). Returns 0 when allowed, else the seconds until the window resets.
class RateLimiter
{
public:
    int hit(const QString &key, int limitPerMinute, qint64 nowMs);

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
    qint64 m_lastSweep = 0;
};

} // namespace ttc::server

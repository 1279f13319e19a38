#include "Metrics.h"

#include <QMutexLocker>
#include <QStringList>

#include <algorithm>

namespace ttc::server {

void Metrics::countRequest(const QString &route, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    m_counters[QStringLiteral("ttc_http_requests_total{route=\"%1\",status=\"%2\"}").arg(route).arg(status)] += 1;
    auto &b = m_buckets[route];
    for (size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++b[i];
    ++b[kBuckets.size()];
    m_sums[route] += seconds;
}

void Metrics::increment(const QString &name, const QString &labels, qint64 by)
{
    QMutexLocker lock(&m_mutex);
    m_counters[labels.isEmpty() ? name : name + u'{' + labels + u'}'] += by;
}

QByteArray Metrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QStringList counters = m_counters.keys();
    std::sort(counters.begin(), counters.end());
    QString out;
    QString lastName;
    for (const QString &key : counters) {
        const QString name = key.section(u'{', 0, 0);
        if (name != lastName) {
            out += QStringLiteral("# TYPE %1 counter\n").arg(name);
            lastName = name;
        }
        out += key + u' ' + QString::number(m_counters.value(key)) + u'\n';
    }
    out += QStringLiteral("# TYPE ttc_http_request_duration_seconds histogram\n");
    QStringList routes = m_buckets.keys();
    std::sort(routes.begin(), routes.end());
    for (const QString &route : routes) {
        const auto &b = m_buckets.value(route);
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += QStringLiteral("ttc_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(route).arg(kBuckets[i]).arg(b[i]);
        out += QStringLiteral("ttc_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n").arg(route).arg(b[kBuckets.size()]);
        out += QStringLiteral("ttc_http_request_duration_seconds_sum{route=\"%1\"} %2\n").arg(route).arg(m_sums.value(route));
        out += QStringLiteral("ttc_http_request_duration_seconds_count{route=\"%1\"} %2\n").arg(route).arg(b[kBuckets.size()]);
    }
    return out.toUtf8();
}

} // namespace ttc::server

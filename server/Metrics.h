#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace ttc::server {

// Prometheus text exposition of counters and one latency histogram. Thread-safe; gauges computed from the
// database are appended by the caller at scrape time.
class Metrics
{
public:
    void countRequest(const QString &route, int status, double seconds);
    void increment(const QString &name, const QString &labels = {}, qint64 by = 1);
    QByteArray render() const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5};
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_counters; // "name{labels}" → value
    QHash<QString, std::array<qint64, kBuckets.size() + 1>> m_buckets; // route → cumulative counts (+Inf last)
    QHash<QString, double> m_sums;
};

} // namespace ttc::server

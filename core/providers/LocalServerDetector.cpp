#include "providers/LocalServerDetector.h"

#include "net/HttpJob.h"
#include "providers/LocalProvider.h"

namespace ttc::providers {

LocalServerDetector::LocalServerDetector(QNetworkAccessManager &nam, const Clock &clock, QList<QUrl> candidates,
                                         QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock), m_candidates(std::move(candidates))
{
}

void LocalServerDetector::start(int timeoutMs)
{
    m_state = QList<int>(m_candidates.size(), 0);
    m_models = QList<QStringList>(m_candidates.size());
    if (m_candidates.isEmpty())
        return settle();
    LocalProvider provider;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        net::HttpOptions options;
        options.firstByteTimeoutMs = timeoutMs;
        options.idleTimeoutMs = timeoutMs;
        options.retry.maxAttempts = 1;
        options.maxBodyBytes = 4 << 20;
        auto *job = new net::HttpJob(m_nam, provider.modelsRequest({m_candidates.at(i), {}}), "GET", {}, m_clock,
                                     options, this);
        auto body = std::make_shared<QByteArray>();
        connect(job, &net::HttpJob::data, this, [body](const QByteArray &chunk) { body->append(chunk); });
        connect(job, &net::HttpJob::finished, this, [this, i, body, job](const net::HttpResult &r) {
            job->deleteLater();
            const QStringList models = LocalProvider().parseModels(*body);
            const bool ok = r.ok() && (!models.isEmpty() || body->contains("\"data\""));
            m_state[i] = ok ? 1 : 2;
            m_models[i] = models;
            settle();
        });
        job->start();
    }
}

void LocalServerDetector::settle()
{
    if (m_done)
        return;
    for (qsizetype i = 0; i < m_state.size(); ++i) {
        if (m_state.at(i) == 0)
            return;  // an earlier (preferred) candidate has not answered yet
        if (m_state.at(i) == 1) {
            m_done = true;
            Q_EMIT finished(LocalServer{m_candidates.at(i), m_models.at(i)});
            return;
        }
    }
    m_done = true;
    Q_EMIT finished(LocalServer{});
}

} // namespace ttc::providers

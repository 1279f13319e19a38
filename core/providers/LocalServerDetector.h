#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace ttc {
class Clock;
}

namespace ttc::providers {

struct LocalServer
{
    QUrl baseUrl;
    QStringList models;
    bool found() const { return baseUrl.isValid(); }
};

// Probes `GET <base>/models` on each candidate at once and reports the first (in candidate order) that answers with a
// model list. A closed port answers within milliseconds on loopback; a short timeout covers a hung server.
class LocalServerDetector : public QObject
{
    Q_OBJECT

public:
    LocalServerDetector(QNetworkAccessManager &nam, const Clock &clock, QList<QUrl> candidates,
                        QObject *parent = nullptr);
    void start(int timeoutMs = 1500);

Q_SIGNALS:
    void finished(const ttc::providers::LocalServer &server);  // baseUrl invalid when nothing answered

private:
    void settle();

    QNetworkAccessManager &m_nam;
    const Clock &m_clock;
    QList<QUrl> m_candidates;
    QList<int> m_state;          // 0 pending, 1 found, 2 failed
    QList<QStringList> m_models;
    bool m_done = false;
};

} // namespace ttc::providers
Q_DECLARE_METATYPE(ttc::providers::LocalServer)

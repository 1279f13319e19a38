#pragma once

#include "Api.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QWebSocket>

#include <atomic>

namespace ttc::server {

// The thin layer over QHttpServer (a technical preview whose API changed in 6.8): it copies each request into a
// plain ApiRequest on the accepting thread, runs Api::handle on the worker pool and returns the response through
// QHttpServer's QFuture support. It also refuses bodies over 1 MiB before they are buffered (Content-Length),
// and keeps the WebSocket event hub (/v1/events pokes).
class HttpAdapter : public QObject
{
    Q_OBJECT

public:
    HttpAdapter(Api &api, int workers, QObject *parent = nullptr);
    ~HttpAdapter() override;

    quint16 listen(const QHostAddress &address, quint16 port); // 0 on failure
    void stopAccepting();
    int inFlight() const { return m_inFlight.load(); }
    int webSocketCount() const { return int(m_sockets.size()); }
    // Thread-safe: pokes every WebSocket of the user (on the adapter's thread).
    void pokeUser(const QString &userId);
    // Blocks until the worker pool is idle (shutdown only).
    void waitForWorkers() { m_pool.waitForDone(); }

private:
    void onWebSocket();
    Api &m_api;
    QHttpServer m_server;
    QThreadPool m_pool;
    std::atomic<int> m_inFlight{0};
    QMultiHash<QString, QPointer<QWebSocket>> m_sockets;
};

} // namespace ttc::server

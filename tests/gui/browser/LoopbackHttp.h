#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for browser tests: fixed pages by path, 404 otherwise, one response per
// connection; a "hanging" path is never answered (a page that keeps loading).
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

class LoopbackHttp : public QObject
{
public:
    struct Page
    {
        QByteArray contentType;
        QByteArray body;
    };

    LoopbackHttp()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void setPage(const QByteArray &path, const QByteArray &html, const QByteArray &type = "text/html; charset=utf-8")
    {
        m_pages.insert(path, {type, html});
    }
    int hits(const QByteArray &path) const { return m_hits.value(path); }
    void setHanging(const QByteArray &path) { m_hanging.insert(path); }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(s);
        QByteArray path = requestLine.value(1);
        if (const int q = path.indexOf('?'); q >= 0)
            path.truncate(q);
        ++m_hits[path];
        if (m_hanging.contains(path))
            return;   // the connection stays open until the client gives up
        const auto it = m_pages.constFind(path);
        QByteArray response;
        if (it == m_pages.cend()) {
            const QByteArray body = "not found";
            response = "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        } else {
            response = "HTTP/1.1 200 OK\r\nContent-Type: " + it->contentType +
                       "\r\nContent-Length: " + QByteArray::number(it->body.size()) +
                       "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + it->body;
        }
        s->write(response);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Page> m_pages;
    QHash<QByteArray, int> m_hits;
    QSet<QByteArray> m_hanging;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace ttc::test {

// A loopback stand-in for ttc-server speaking PROTOCOL.md (auth with rotating refresh tokens and reuse detection,
// entitlement with an Ed25519-signed lease, idempotent usage, push/pull with mutation ids, version cookies, tombstones,
// paging, reset_required, WebSocket pokes). For client tests that need to steer the server (expire tokens, expire
// cookies, fail requests); the real server's own tests live with the server.
class FakeSyncServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeSyncServer(QObject *parent = nullptr);
    ~FakeSyncServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QString url() const;
    QByteArray leasePublicKey() const;  // 32 raw bytes

    // Steering.
    void setAccessTokenLifetimeSec(int seconds) { m_accessLifetime = seconds; }
    void setPageLimit(int rows) { m_pageLimit = rows; }
    void setTier(const QString &email, const QString &tier);
    void expireCookiesBefore(qint64 version) { m_cookieHorizon = version; }  // older cookies → reset_required
    void failNextRequests(int count) { m_failNext = count; }                 // answer 503 (before doing anything)
    void revokeAll();                                                        // every refresh family revoked
    void setNowOffsetMs(qint64 ms) { m_nowOffset = ms; }

    // Inspection.
    int usageCount(const QString &email) const;           // accepted usage events, all days
    int requestCount(const QString &pathPrefix) const;
    QJsonObject liveRows(const QString &email) const;     // "kind:id" → value of every row not deleted

private:
    struct User;
    struct Row;
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &path, const QByteArray &auth,
                const QByteArray &body);
    QJsonObject entitlement(User &user);
    QByteArray sign(const QByteArray &message) const;
    User *userForToken(const QByteArray &authHeader, QString *error);
    void poke(const QString &userId);
    qint64 now() const;

    QTcpServer *m_server = nullptr;
    QWebSocketServer *m_ws = nullptr;
    QHash<QString, std::shared_ptr<User>> m_usersByEmail;
    QHash<QString, User *> m_usersById;
    struct Refresh
    {
        QString userId;
        QString family;
        bool used = false;
    };
    QHash<QString, Refresh> m_refresh;
    QSet<QString> m_revokedFamilies;
    QHash<QString, int> m_requests;
    QMultiHash<QString, QWebSocket *> m_sockets;
    QStringList m_pendingWsUsers;
    QByteArray m_jwtKey;
    void *m_leaseKey = nullptr;  // EVP_PKEY*
    int m_accessLifetime = 300;
    int m_pageLimit = 500;
    qint64 m_cookieHorizon = 0;
    int m_failNext = 0;
    qint64 m_nowOffset = 0;
    int m_nextUser = 1;
};

} // namespace ttc::test

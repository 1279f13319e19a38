#include "FakeSyncServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QWebSocket>
#include <QWebSocketServer>

#include <openssl/evp.h>

#include <algorithm>

namespace ttc::test {

struct FakeSyncServer::Row
{
    QString kind;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject value;
};

struct FakeSyncServer::User
{
    QString id;
    QString email;
    QString password;
    QString tier = QStringLiteral("free");
    qint64 version = 0;
    QMap<QString, Row> rows;                   // "kind:id"
    QHash<QString, qint64> clients;            // client id → last_mutation_id
    QHash<QString, QPair<QString, qint64>> usage;  // event id → (status, day start ms)
};

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject error(const char *code, const char *message)
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                    {QStringLiteral("message"), QString::fromLatin1(message)}}}};
}

qint64 dayStart(qint64 ms)
{
    return ms - (ms % 86400000);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int dailyLimit(const QString &tier)
{
    return tier == QLatin1String("enterprise") ? -1 : tier == QLatin1String("pro") ? 1000 : 50;
}

void respond(QTcpSocket *socket, int status, const QJsonObject &body, const QByteArray &extra = {})
{
    const QByteArray payload = json(body);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n" + extra + "\r\n";
    socket->write(head + payload);
    socket->disconnectFromHost();
}

} // namespace

FakeSyncServer::FakeSyncServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)),
      m_ws(new QWebSocketServer(QStringLiteral("fake"), QWebSocketServer::NonSecureMode, this))
{
    m_jwtKey = QByteArray::number(QRandomGenerator::global()->generate64());
    EVP_PKEY *key = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    EVP_PKEY_keygen_init(ctx);
    EVP_PKEY_keygen(ctx, &key);
    EVP_PKEY_CTX_free(ctx);
    m_leaseKey = key;
    connect(m_server, &QTcpServer::newConnection, this, &FakeSyncServer::onConnection);
    connect(m_ws, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *s = m_ws->nextPendingConnection()) {
            // The user was checked on the handshake bytes before the socket was handed over, in this order.
            const QString id = m_pendingWsUsers.isEmpty() ? QString() : m_pendingWsUsers.takeFirst();
            if (id.isEmpty()) {
                s->close();
                s->deleteLater();
                continue;
            }
            m_sockets.insert(id, s);
            connect(s, &QWebSocket::disconnected, this, [this, s, id] {
                m_sockets.remove(id, s);
                s->deleteLater();
            });
        }
    });
}

FakeSyncServer::~FakeSyncServer()
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_leaseKey));
}

bool FakeSyncServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeSyncServer::port() const
{
    return m_server->serverPort();
}

QString FakeSyncServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

qint64 FakeSyncServer::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_nowOffset;
}

QByteArray FakeSyncServer::leasePublicKey() const
{
    QByteArray raw(32, '\0');
    size_t len = 32;
    EVP_PKEY_get_raw_public_key(static_cast<EVP_PKEY *>(m_leaseKey), reinterpret_cast<unsigned char *>(raw.data()), &len);
    return raw;
}

QByteArray FakeSyncServer::sign(const QByteArray &message) const
{
    QByteArray sig(64, '\0');
    size_t len = 64;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, static_cast<EVP_PKEY *>(m_leaseKey));
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    EVP_MD_CTX_free(ctx);
    return sig;
}

void FakeSyncServer::setTier(const QString &email, const QString &tier)
{
    if (auto u = m_usersByEmail.value(email)) {
        u->tier = tier;
        poke(u->id);
    }
}

void FakeSyncServer::revokeAll()
{
    for (auto it = m_refresh.begin(); it != m_refresh.end(); ++it)
        m_revokedFamilies.insert(it->family);
}

int FakeSyncServer::usageCount(const QString &email) const
{
    auto u = m_usersByEmail.value(email);
    if (!u)
        return 0;
    return int(std::count_if(u->usage.cbegin(), u->usage.cend(),
                             [](const auto &p) { return p.first == QLatin1String("accepted"); }));
}

int FakeSyncServer::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    return n;
}

QJsonObject FakeSyncServer::liveRows(const QString &email) const
{
    QJsonObject out;
    auto u = m_usersByEmail.value(email);
    if (!u)
        return out;
    for (const Row &r : u->rows)
        if (!r.deleted)
            out.insert(r.kind + QLatin1Char(':') + r.id, r.value);
    return out;
}

void FakeSyncServer::onConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
}

void FakeSyncServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray peek = socket->peek(socket->bytesAvailable());
    const int headerEnd = peek.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = peek.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2)
        return socket->abort();
    QByteArray auth;
    qint64 length = 0;
    bool upgrade = false;
    for (const QByteArray &l : lines.mid(1)) {
        const int colon = l.indexOf(':');
        const QByteArray name = l.left(colon).trimmed().toLower();
        const QByteArray value = l.mid(colon + 1).trimmed();
        if (name == "authorization")
            auth = value;
        else if (name == "content-length")
            length = value.toLongLong();
        else if (name == "upgrade" && value.toLower() == "websocket")
            upgrade = true;
    }
    const QByteArray method = requestLine.at(0);
    const QByteArray path = requestLine.at(1);
    if (upgrade && path == "/v1/events") {
        QString err;
        User *u = userForToken(auth, &err);
        if (!u) {
            socket->read(socket->bytesAvailable());
            respond(socket, 401, error("invalid_token", "bad token"));
            return;
        }
        disconnect(socket, nullptr, this, nullptr);
        m_pendingWsUsers << u->id;
        m_ws->handleConnection(socket);
        return;
    }
    if (peek.size() < headerEnd + 4 + length)
        return;
    socket->read(headerEnd + 4);
    const QByteArray body = socket->read(length);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    handle(socket, method, path, auth, body);
}

FakeSyncServer::User *FakeSyncServer::userForToken(const QByteArray &authHeader, QString *err)
{
    if (!authHeader.startsWith("Bearer ")) {
        *err = QStringLiteral("invalid_token");
        return nullptr;
    }
    const QList<QByteArray> parts = authHeader.mid(7).split('.');
    if (parts.size() != 3) {
        *err = QStringLiteral("invalid_token");
        return nullptr;
    }
    const QByteArray mac = b64(QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_jwtKey, QCryptographicHash::Sha256));
    if (mac != parts[2]) {
        *err = QStringLiteral("invalid_token");
        return nullptr;
    }
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    if (qint64(claims.value(QStringLiteral("exp")).toDouble()) * 1000 <= now()) {
        *err = QStringLiteral("token_expired");
        return nullptr;
    }
    if (m_revokedFamilies.contains(claims.value(QStringLiteral("fam")).toString())) {
        *err = QStringLiteral("invalid_token");
        return nullptr;
    }
    return m_usersById.value(claims.value(QStringLiteral("sub")).toString());
}

QJsonObject FakeSyncServer::entitlement(User &u)
{
    const qint64 t = now();
    const qint64 day = dayStart(t);
    int used = 0;
    for (const auto &e : u.usage)
        if (e.first == QLatin1String("accepted") && e.second == day)
            ++used;
    const int limit = dailyLimit(u.tier);
    QJsonArray providers{QStringLiteral("openai")};
    if (u.tier != QLatin1String("free"))
        providers << QStringLiteral("anthropic") << QStringLiteral("gemini");
    const qint64 validUntil = std::min(t + 24 * 3600 * 1000, day + 86400000);
    // The wire form of core/protocol's lease: base64url(compact JSON), Ed25519 over exactly those bytes.
    const QByteArray payload = json(QJsonObject{{QStringLiteral("v"), 1},
                                                {QStringLiteral("sub"), u.id},
                                                {QStringLiteral("tier"), u.tier},
                                                {QStringLiteral("daily_requests"), limit < 0 ? QJsonValue() : QJsonValue(limit)},
                                                {QStringLiteral("used"), used},
                                                {QStringLiteral("day"), QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).date().toString(Qt::ISODate)},
                                                {QStringLiteral("iat"), double(t / 1000)},
                                                {QStringLiteral("exp"), double(validUntil / 1000)},
                                                {QStringLiteral("ver"), double(u.version)},
                                                {QStringLiteral("kid"), QStringLiteral("test")}});
    return QJsonObject{
        {QStringLiteral("tier"), u.tier},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("daily_requests"), limit < 0 ? QJsonValue() : QJsonValue(limit)},
                                               {QStringLiteral("providers"), providers},
                                               {QStringLiteral("cloud_voice"), u.tier != QLatin1String("free")},
                                               {QStringLiteral("ai_summaries"), u.tier != QLatin1String("free")}}},
        {QStringLiteral("used_today"), used},
        {QStringLiteral("resets_at"), iso(day + 86400000)},
        {QStringLiteral("version"), double(u.version)},
        {QStringLiteral("lease"), QJsonObject{{QStringLiteral("payload"), QString::fromLatin1(b64(payload))},
                                              {QStringLiteral("signature"), QString::fromLatin1(b64(sign(payload)))},
                                              {QStringLiteral("valid_until"), iso(validUntil)},
                                              {QStringLiteral("public_key"), QString::fromLatin1(b64(leasePublicKey()))}}},
    };
}

void FakeSyncServer::poke(const QString &userId)
{
    const auto sockets = m_sockets.values(userId);
    for (QWebSocket *s : sockets)
        s->sendTextMessage(QStringLiteral("{\"type\":\"poke\"}"));
}

void FakeSyncServer::handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &path, const QByteArray &auth,
                            const QByteArray &raw)
{
    const QString route = QString::fromLatin1(method + ' ' + path);
    m_requests[route] += 1;
    if (m_failNext > 0) {
        --m_failNext;
        respond(socket, 503, error("unavailable", "try later"), "Retry-After: 1\r\n");
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(raw).object();
    auto tokens = [this](User &u, const QString &family) {
        const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
        const QByteArray claims = b64(json(QJsonObject{{QStringLiteral("sub"), u.id},
                                                       {QStringLiteral("fam"), family},
                                                       {QStringLiteral("aud"), QStringLiteral("ttc")},
                                                       {QStringLiteral("typ"), QStringLiteral("access")},
                                                       {QStringLiteral("exp"), double(now() / 1000 + m_accessLifetime)}}));
        const QByteArray mac = b64(QMessageAuthenticationCode::hash(header + '.' + claims, m_jwtKey, QCryptographicHash::Sha256));
        const QString refresh = QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                                    + QByteArray::number(QRandomGenerator::global()->generate64(), 16));
        m_refresh.insert(refresh, Refresh{u.id, family, false});
        return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(header + '.' + claims + '.' + mac)},
                           {QStringLiteral("refresh_token"), refresh},
                           {QStringLiteral("expires_in"), m_accessLifetime}};
    };
    if (method == "POST" && path == "/v1/auth/signup") {
        const QString email = body.value(QStringLiteral("email")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (!email.contains(QLatin1Char('@')) || password.size() < 8)
            return respond(socket, 422, error("validation", "email and a password of 8+ characters"));
        if (m_usersByEmail.contains(email))
            return respond(socket, 409, error("email_taken", "taken"));
        auto u = std::make_shared<User>();
        u->id = QStringLiteral("u%1").arg(m_nextUser++);
        u->email = email;
        u->password = password;
        m_usersByEmail.insert(email, u);
        m_usersById.insert(u->id, u.get());
        return respond(socket, 201, QJsonObject{{QStringLiteral("user_id"), u->id}});
    }
    if (method == "POST" && path == "/v1/auth/login") {
        auto u = m_usersByEmail.value(body.value(QStringLiteral("email")).toString());
        if (!u || u->password != body.value(QStringLiteral("password")).toString())
            return respond(socket, 401, error("bad_credentials", "wrong"));
        return respond(socket, 200, tokens(*u, QString::number(QRandomGenerator::global()->generate64(), 16)));
    }
    if (method == "POST" && path == "/v1/auth/refresh") {
        const QString token = body.value(QStringLiteral("refresh_token")).toString();
        auto it = m_refresh.find(token);
        if (it == m_refresh.end() || m_revokedFamilies.contains(it->family))
            return respond(socket, 401, error("invalid_token", "unknown"));
        if (it->used) {
            m_revokedFamilies.insert(it->family);
            return respond(socket, 401, error("invalid_token", "reused"));
        }
        it->used = true;
        User *u = m_usersById.value(it->userId);
        return respond(socket, 200, tokens(*u, it->family));
    }
    QString err;
    User *u = userForToken(auth, &err);
    if (!u)
        return respond(socket, 401, error(err == QLatin1String("token_expired") ? "token_expired" : "invalid_token", "no"));
    if (method == "POST" && path == "/v1/auth/logout") {
        const QList<QByteArray> parts = auth.mid(7).split('.');
        const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        m_revokedFamilies.insert(claims.value(QStringLiteral("fam")).toString());
        return respond(socket, 200, QJsonObject{});
    }
    if (method == "GET" && path == "/v1/entitlement")
        return respond(socket, 200, entitlement(*u));

    auto recordUsage = [this, u](const QJsonObject &e) -> QString {
        const QString id = e.value(QStringLiteral("id")).toString();
        if (u->usage.contains(id))
            return QStringLiteral("duplicate");
        const qint64 t = now();
        qint64 occurred = qint64(e.value(QStringLiteral("occurred_at")).toDouble());
        if (occurred < t - 35ll * 86400000 || occurred > t + 300000)
            occurred = t;
        const qint64 day = dayStart(occurred);
        const int limit = dailyLimit(u->tier);
        int used = 0;
        for (const auto &x : u->usage)
            if (x.first == QLatin1String("accepted") && x.second == day)
                ++used;
        const bool local = e.value(QStringLiteral("provider")).toString() == QLatin1String("local");
        const QString status = (!local && limit >= 0 && used >= limit) ? QStringLiteral("rejected_over_quota")
                                                                       : QStringLiteral("accepted");
        u->usage.insert(id, {status, day});
        return status;
    };
    if (method == "POST" && path == "/v1/usage") {
        QJsonArray results;
        for (const QJsonValue &v : body.value(QStringLiteral("events")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            QString status = recordUsage(v.toObject());
            if (status == QLatin1String("duplicate"))
                status = u->usage.value(id).first;
            results << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
        }
        const QJsonObject ent = entitlement(*u);
        return respond(socket, 200, QJsonObject{{QStringLiteral("results"), results},
                                                {QStringLiteral("used_today"), ent.value(QStringLiteral("used_today"))},
                                                {QStringLiteral("limit"), ent.value(QStringLiteral("limits")).toObject().value(QStringLiteral("daily_requests"))}});
    }
    if (method == "POST" && path == "/v1/sync/push") {
        const QString client = body.value(QStringLiteral("client_id")).toString();
        qint64 &last = u->clients[client];
        QJsonArray results;
        bool changed = false;
        auto put = [&](const QString &kind, const QString &id, const QJsonObject &value, bool deleted) {
            Row &r = u->rows[kind + QLatin1Char(':') + id];
            r.kind = kind;
            r.id = id;
            r.value = deleted ? QJsonObject{} : value;
            r.deleted = deleted;
            r.version = ++u->version;
            changed = true;
        };
        for (const QJsonValue &v : body.value(QStringLiteral("mutations")).toArray()) {
            const QJsonObject m = v.toObject();
            const qint64 id = qint64(m.value(QStringLiteral("id")).toDouble());
            if (id <= last) {
                results << QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("status"), QStringLiteral("duplicate")}};
                continue;
            }
            if (id != last + 1)
                break;
            last = id;
            const QString name = m.value(QStringLiteral("name")).toString();
            const QJsonObject args = m.value(QStringLiteral("args")).toObject();
            const QString rid = args.value(QStringLiteral("id")).toString();
            QString reason;
            if (name == QLatin1String("session.put")) {
                const Row existing = u->rows.value(QStringLiteral("session:") + rid);
                if (existing.deleted)
                    reason = QStringLiteral("deleted");
                else
                    put(QStringLiteral("session"), rid, args, false);
            } else if (name == QLatin1String("session.delete")) {
                put(QStringLiteral("session"), rid, {}, true);
                for (Row &r : u->rows)
                    if (r.kind == QLatin1String("message") && !r.deleted
                        && r.value.value(QStringLiteral("session_id")).toString() == rid)
                        put(QStringLiteral("message"), r.id, {}, true);
            } else if (name == QLatin1String("message.put")) {
                const QString key = QStringLiteral("session:") + args.value(QStringLiteral("session_id")).toString();
                if (!u->rows.contains(key) || u->rows.value(key).deleted)
                    reason = QStringLiteral("session_deleted");
                else if (u->rows.value(QStringLiteral("message:") + rid).deleted)
                    reason = QStringLiteral("deleted");
                else
                    put(QStringLiteral("message"), rid, args, false);
            } else if (name == QLatin1String("message.delete")) {
                put(QStringLiteral("message"), rid, {}, true);
            } else if (name == QLatin1String("usage.record")) {
                const QString status = recordUsage(args);
                if (status == QLatin1String("rejected_over_quota"))
                    reason = QStringLiteral("over_quota");
                changed = true;
            } else {
                reason = QStringLiteral("unknown_mutation");
            }
            results << (reason.isEmpty()
                            ? QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("status"), QStringLiteral("applied")}}
                            : QJsonObject{{QStringLiteral("id"), double(id)},
                                          {QStringLiteral("status"), QStringLiteral("rejected")},
                                          {QStringLiteral("reason"), reason}});
        }
        respond(socket, 200, QJsonObject{{QStringLiteral("last_mutation_id"), double(last)}, {QStringLiteral("results"), results}});
        if (changed)
            poke(u->id);
        return;
    }
    if (method == "POST" && path == "/v1/sync/pull") {
        const QJsonValue cookieValue = body.value(QStringLiteral("cookie"));
        const qint64 cookie = cookieValue.isNull() || cookieValue.isUndefined() ? 0 : qint64(cookieValue.toDouble());
        if (!cookieValue.isNull() && !cookieValue.isUndefined() && (cookie < m_cookieHorizon || cookie > u->version))
            return respond(socket, 409, error("reset_required", "cookie too old"));
        QList<const Row *> rows;
        for (const Row &r : u->rows)
            if (r.version > cookie)
                rows << &r;
        std::sort(rows.begin(), rows.end(), [](const Row *a, const Row *b) { return a->version < b->version; });
        const bool more = rows.size() > m_pageLimit;
        rows = rows.mid(0, m_pageLimit);
        QJsonArray patch;
        for (const Row *r : rows)
            patch << (r->deleted ? QJsonObject{{QStringLiteral("op"), QStringLiteral("del")}, {QStringLiteral("kind"), r->kind}, {QStringLiteral("id"), r->id}}
                                 : QJsonObject{{QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("kind"), r->kind},
                                               {QStringLiteral("id"), r->id}, {QStringLiteral("value"), r->value}});
        const qint64 next = rows.isEmpty() ? std::max(cookie, more ? cookie : u->version) : rows.last()->version;
        return respond(socket, 200, QJsonObject{{QStringLiteral("cookie"), double(more ? next : std::max(next, cookie))},
                                                {QStringLiteral("last_mutation_id"), double(u->clients.value(body.value(QStringLiteral("client_id")).toString()))},
                                                {QStringLiteral("more"), more},
                                                {QStringLiteral("patch"), patch},
                                                {QStringLiteral("entitlement"), entitlement(*u)}});
    }
    respond(socket, 404, error("not_found", "no route"));
}

} // namespace ttc::test

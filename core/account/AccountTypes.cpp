#include "account/AccountTypes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

namespace ttc::account {

namespace {
QString s(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

qint64 parseTimeMs(const QJsonValue &v)
{
    if (v.isString()) {
        const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Seconds until the year 5138; anything bigger is milliseconds.
        return d < 1e11 ? qint64(d * 1000.0) : qint64(d);
    }
    return 0;
}

QJsonObject AccountInfo::toJson() const
{
    return QJsonObject{{s("server"), server.toString()},
                       {s("email"), email},
                       {s("user_id"), userId},
                       {s("client_id"), clientId},
                       {s("mutation_base"), double(mutationBase)}};
}

AccountInfo AccountInfo::fromJson(const QJsonObject &o)
{
    AccountInfo a;
    a.server = QUrl(o.value(s("server")).toString());
    a.email = o.value(s("email")).toString();
    a.userId = o.value(s("user_id")).toString();
    a.clientId = o.value(s("client_id")).toString();
    a.mutationBase = qint64(o.value(s("mutation_base")).toDouble());
    return a;
}

QString AccountInfo::secretName() const
{
    // One entry per device sign-in: two profiles on one machine never share (and so never re-use) a refresh token.
    return QStringLiteral("account-refresh:") + server.toString() + QLatin1Char('#') + clientId;
}

std::optional<Entitlement> Entitlement::fromJson(const QJsonObject &o, qint64 fetchedAtMs)
{
    Entitlement e;
    e.tier = o.value(s("tier")).toString();
    if (e.tier.isEmpty())
        return std::nullopt;
    const QJsonObject limits = o.value(s("limits")).toObject();
    const QJsonValue daily = limits.value(s("daily_requests"));
    e.dailyLimit = daily.isDouble() ? daily.toInt() : -1;
    for (const QJsonValue &p : limits.value(s("providers")).toArray())
        e.providers << p.toString();
    e.cloudVoice = limits.value(s("cloud_voice")).toBool();
    e.aiSummaries = limits.value(s("ai_summaries")).toBool();
    e.usedToday = o.value(s("used_today")).toInt();
    e.resetsAtMs = parseTimeMs(o.value(s("resets_at")));
    e.version = qint64(o.value(s("version")).toDouble());
    const QJsonObject lease = o.value(s("lease")).toObject();
    e.lease.payload = lease.value(s("payload")).toString();
    e.lease.signature = lease.value(s("signature")).toString();
    e.lease.validUntilMs = parseTimeMs(lease.value(s("valid_until")));
    e.lease.publicKey = lease.value(s("public_key")).toString();
    e.fetchedAtMs = fetchedAtMs;
    e.raw = o;
    return e;
}

QJsonObject Entitlement::toJson() const
{
    QJsonObject o = raw;
    o.insert(s("_fetched_at_ms"), double(fetchedAtMs));
    return o;
}

} // namespace ttc::account

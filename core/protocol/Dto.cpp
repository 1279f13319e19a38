#include "protocol/Dto.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace ttc::protocol {

namespace {
Error invalid(const QString &field)
{
    return Error{QStringLiteral("validation"), QStringLiteral("Invalid or missing field: ") + field};
}
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}
bool isToken(const QString &s, int max)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_.-]+$"));
    return !s.isEmpty() && s.size() <= max && re.match(s).hasMatch();
}
} // namespace

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // A time without zone is ambiguous: refuse it rather than guess local time.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

std::optional<Error> parseErrorBody(const QByteArray &body)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    if (e.isEmpty())
        return std::nullopt;
    return Error{str(e, "code"), str(e, "message")};
}

QJsonObject TokenPair::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("expires_in"), expiresIn}};
}

Result<TokenPair> TokenPair::fromJson(const QJsonObject &o)
{
    TokenPair t{str(o, "access_token"), str(o, "refresh_token"), o.value(QStringLiteral("expires_in")).toInt()};
    if (t.accessToken.isEmpty() || t.refreshToken.isEmpty() || t.expiresIn <= 0)
        return invalid(QStringLiteral("token pair"));
    return t;
}

QJsonObject UsageEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("occurred_at"), isoUtc(occurredAt)},
            {QStringLiteral("tokens_in"), tokensIn},
            {QStringLiteral("tokens_out"), tokensOut}};
}

Result<UsageEvent> UsageEvent::fromJson(const QJsonObject &o)
{
    UsageEvent e;
    e.id = str(o, "id");
    if (!isUuid(e.id))
        return invalid(QStringLiteral("id"));
    e.provider = str(o, "provider");
    if (!isToken(e.provider, 32))
        return invalid(QStringLiteral("provider"));
    e.kind = str(o, "kind");
    if (!isToken(e.kind, 32))
        return invalid(QStringLiteral("kind"));
    e.occurredAt = parseIsoUtc(str(o, "occurred_at"));
    if (!e.occurredAt.isValid())
        return invalid(QStringLiteral("occurred_at"));
    const QJsonValue in = o.value(QStringLiteral("tokens_in")), out = o.value(QStringLiteral("tokens_out"));
    if ((!in.isUndefined() && !in.isDouble()) || (!out.isUndefined() && !out.isDouble()))
        return invalid(QStringLiteral("tokens"));
    e.tokensIn = in.toInteger();
    e.tokensOut = out.toInteger();
    if (e.tokensIn < 0 || e.tokensOut < 0)
        return invalid(QStringLiteral("tokens"));
    return e;
}

QString usageStatusName(UsageStatus status)
{
    switch (status) {
    case UsageStatus::Accepted: return QStringLiteral("accepted");
    case UsageStatus::Duplicate: return QStringLiteral("duplicate");
    case UsageStatus::RejectedOverQuota: return QStringLiteral("rejected_over_quota");
    }
    return {};
}

std::optional<UsageStatus> usageStatusFromName(const QString &name)
{
    for (UsageStatus s : {UsageStatus::Accepted, UsageStatus::Duplicate, UsageStatus::RejectedOverQuota})
        if (usageStatusName(s) == name)
            return s;
    return std::nullopt;
}

QJsonObject UsageResponse::toJson() const
{
    QJsonArray rs;
    for (const UsageResult &r : results)
        rs.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("status"), usageStatusName(r.status)}});
    return {{QStringLiteral("results"), rs},
            {QStringLiteral("used_today"), usedToday},
            {QStringLiteral("limit"), limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null)}};
}

Result<UsageResponse> UsageResponse::fromJson(const QJsonObject &o)
{
    UsageResponse r;
    for (const QJsonValue &v : o.value(QStringLiteral("results")).toArray()) {
        const auto status = usageStatusFromName(str(v.toObject(), "status"));
        if (!status)
            return invalid(QStringLiteral("results.status"));
        r.results.append({str(v.toObject(), "id"), *status});
    }
    r.usedToday = o.value(QStringLiteral("used_today")).toInt();
    if (o.value(QStringLiteral("limit")).isDouble())
        r.limit = o.value(QStringLiteral("limit")).toInt();
    return r;
}

QJsonObject Entitlement::toJson() const
{
    return {{QStringLiteral("tier"), tier},
            {QStringLiteral("limits"), limits.toJson()},
            {QStringLiteral("used_today"), usedToday},
            {QStringLiteral("resets_at"), isoUtc(resetsAt)},
            {QStringLiteral("version"), version},
            {QStringLiteral("lease"), lease.toJson()}};
}

Result<Entitlement> Entitlement::fromJson(const QJsonObject &o)
{
    Entitlement e;
    e.tier = str(o, "tier");
    if (!tierFromName(e.tier))
        return invalid(QStringLiteral("tier"));
    e.limits = Limits::fromJson(o.value(QStringLiteral("limits")).toObject());
    e.usedToday = o.value(QStringLiteral("used_today")).toInt();
    e.resetsAt = parseIsoUtc(str(o, "resets_at"));
    e.version = o.value(QStringLiteral("version")).toInteger();
    auto lease = SignedLease::fromJson(o.value(QStringLiteral("lease")).toObject());
    if (!lease)
        return lease.error();
    e.lease = *lease;
    return e;
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray ms;
    for (const Mutation &m : mutations)
        ms.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name}, {QStringLiteral("args"), m.args}});
    return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("mutations"), ms}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &o)
{
    PushRequest p;
    p.clientId = str(o, "client_id");
    if (p.clientId.isEmpty() || p.clientId.size() > 64)
        return invalid(QStringLiteral("client_id"));
    const QJsonValue ms = o.value(QStringLiteral("mutations"));
    if (!ms.isArray() || ms.toArray().size() > kMaxPushMutations)
        return invalid(QStringLiteral("mutations"));
    for (const QJsonValue &v : ms.toArray()) {
        const QJsonObject m = v.toObject();
        const QJsonValue id = m.value(QStringLiteral("id"));
        if (!id.isDouble() || id.toInteger() <= 0 || !m.value(QStringLiteral("args")).isObject())
            return invalid(QStringLiteral("mutations.id"));
        p.mutations.append({id.toInteger(), str(m, "name"), m.value(QStringLiteral("args")).toObject()});
    }
    return p;
}

QJsonObject PatchOp::toJson() const
{
    QJsonObject o{{QStringLiteral("op"), put ? QStringLiteral("put") : QStringLiteral("del")},
                  {QStringLiteral("kind"), kind == PatchKind::Session ? QStringLiteral("session") : QStringLiteral("message")},
                  {QStringLiteral("id"), id}};
    if (put)
        o.insert(QStringLiteral("value"), value);
    return o;
}

Result<PatchOp> PatchOp::fromJson(const QJsonObject &o)
{
    PatchOp p;
    const QString op = str(o, "op"), kind = str(o, "kind");
    if (op != u"put" && op != u"del")
        return invalid(QStringLiteral("op"));
    if (kind != u"session" && kind != u"message")
        return invalid(QStringLiteral("kind"));
    p.put = op == u"put";
    p.kind = kind == u"session" ? PatchKind::Session : PatchKind::Message;
    p.id = str(o, "id");
    p.value = o.value(QStringLiteral("value")).toObject();
    if (p.id.isEmpty())
        return invalid(QStringLiteral("id"));
    return p;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray ps;
    for (const PatchOp &p : patch)
        ps.append(p.toJson());
    return {{QStringLiteral("cookie"), cookie},
            {QStringLiteral("last_mutation_id"), lastMutationId},
            {QStringLiteral("more"), more},
            {QStringLiteral("patch"), ps},
            {QStringLiteral("entitlement"), entitlement}};
}

Result<PullResponse> PullResponse::fromJson(const QJsonObject &o)
{
    PullResponse r;
    r.cookie = str(o, "cookie");
    r.lastMutationId = o.value(QStringLiteral("last_mutation_id")).toInteger();
    r.more = o.value(QStringLiteral("more")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("patch")).toArray()) {
        auto p = PatchOp::fromJson(v.toObject());
        if (!p)
            return p.error();
        r.patch.append(*p);
    }
    r.entitlement = o.value(QStringLiteral("entitlement")).toObject();
    return r;
}

} // namespace ttc::protocol

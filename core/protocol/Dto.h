#pragma once

#include "Result.h"
#include "protocol/Lease.h"
#include "protocol/Tier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// JSON shapes of PROTOCOL.md, shared by ttc-server and the sync client. fromJson validates what it reads and
// returns a `validation` error naming the field; toJson writes exactly the documented keys.
namespace ttc::protocol {

QString isoUtc(const QDateTime &time); // 2026-11-28T13:40:00.123Z
QDateTime parseIsoUtc(const QString &text);

// {"error":{"code","message"}}
QJsonObject errorBody(const QString &code, const QString &message);
std::optional<Error> parseErrorBody(const QByteArray &body);

struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0; // seconds

    QJsonObject toJson() const;
    static Result<TokenPair> fromJson(const QJsonObject &object);
};

struct UsageEvent
{
    QString id; // UUIDv7
    QString provider;
    QString kind;
    QDateTime occurredAt;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;

    QJsonObject toJson() const;
    static Result<UsageEvent> fromJson(const QJsonObject &object);
};

enum class UsageStatus { Accepted, Duplicate, RejectedOverQuota };
QString usageStatusName(UsageStatus status);
std::optional<UsageStatus> usageStatusFromName(const QString &name);

struct UsageResult
{
    QString id;
    UsageStatus status = UsageStatus::Accepted;
};

struct UsageResponse
{
    QList<UsageResult> results;
    int usedToday = 0;
    std::optional<int> limit;

    QJsonObject toJson() const;
    static Result<UsageResponse> fromJson(const QJsonObject &object);
};

struct Entitlement
{
    QString tier;
    Limits limits;
    int usedToday = 0;
    QDateTime resetsAt;
    qint64 version = 0;
    SignedLease lease;

    QJsonObject toJson() const;
    static Result<Entitlement> fromJson(const QJsonObject &object);
};

// Sync (push/pull).
struct Mutation
{
    qint64 id = 0;
    QString name; // session.put, session.delete, message.put, message.delete, usage.record
    QJsonObject args;
};

struct PushRequest
{
    QString clientId;
    QList<Mutation> mutations;

    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject &object);
};

enum class PatchKind { Session, Message };
struct PatchOp
{
    bool put = true; // false = del (tombstone)
    PatchKind kind = PatchKind::Message;
    QString id;
    QJsonObject value; // only for put

    QJsonObject toJson() const;
    static Result<PatchOp> fromJson(const QJsonObject &object);
};

struct PullResponse
{
    QString cookie;
    qint64 lastMutationId = 0;
    bool more = false;
    QList<PatchOp> patch;
    QJsonObject entitlement;

    QJsonObject toJson() const;
    static Result<PullResponse> fromJson(const QJsonObject &object);
};

constexpr int kMaxPushMutations = 100;
constexpr int kMaxPullRows = 500;
constexpr qint64 kMaxBodyBytes = 1024 * 1024;

} // namespace ttc::protocol

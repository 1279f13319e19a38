#pragma once

#include "providers/ProviderTypes.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ttc {
class Clock;
class Settings;
}
namespace ttc::store {
class Database;
}

namespace ttc::chat {

struct QuotaRequest
{
    QString provider;        // "openai", "anthropic", "gemini", "local", "elevenlabs"
    bool local = false;      // a loopback server: never counted, never refused
    QString kind = QStringLiteral("chat");   // chat | stt | tts | summary
};

struct QuotaDecision
{
    bool allowed = true;
    providers::ErrorKind kind = providers::ErrorKind::QuotaExceeded;  // when refused: TierLocked or QuotaExceeded
    QString reason;          // translated: why, and what unlocks it
    QString tier;
    int usedToday = 0;
    int limit = -1;          // -1 = unlimited
    qint64 resetsAtMs = 0;   // next UTC midnight
};

struct QuotaStatus
{
    QString tier;
    int usedToday = 0;
    int limit = -1;
    qint64 resetsAtMs = 0;
    QStringList providers;   // cloud providers the tier includes
};

// Asked before any network call of a cloud feature. The local implementation reads the tier from settings/env and
// counts today's usage events; the account feature replaces where the tier and count come from, not this interface.
class QuotaGuard
{
public:
    virtual ~QuotaGuard() = default;
    virtual QFuture<QuotaDecision> check(const QuotaRequest &request) = 0;
    virtual QFuture<QuotaStatus> status() = 0;
    // Called after a cloud request's usage event was committed locally (ChatService writes it, with its outbox row,
    // in the message's transaction). A server-backed guard may push it; the local one has nothing to do.
    virtual void usageRecorded(const QString &usageEventId) { Q_UNUSED(usageEventId) }
};

// The quota arithmetic, pure.
namespace quota {
QStringList tierProviders(const QString &tier);        // cloud providers the tier includes
int tierDailyLimit(const QString &tier);               // -1 unlimited
qint64 utcDayStartMs(qint64 nowMs);
qint64 nextUtcMidnightMs(qint64 nowMs);
qint64 utcMonthStartMs(qint64 nowMs);
QuotaDecision decide(const QString &tier, const QuotaRequest &request, int usedToday, int limit, qint64 nowMs);
// Counted cloud requests (not local, not rejected) recorded at or after sinceMs. On the store's thread.
int countUsageSince(QSqlDatabase &db, qint64 sinceMs);
} // namespace quota

// Free tier by default: OpenAI + local, 50 cloud requests per UTC day. Tier from env TTC_TIER or setting quota/tier;
// limit override from env TTC_DAILY_LIMIT or setting quota/dailyLimit (> 0).
class LocalQuotaGuard final : public QuotaGuard
{
public:
    LocalQuotaGuard(store::Database &db, const Settings *settings, const Clock &clock);
    QFuture<QuotaDecision> check(const QuotaRequest &request) override;
    QFuture<QuotaStatus> status() override;

    QString tier() const;
    int limit() const;
    static QString tierFrom(const Settings *settings);  // env TTC_TIER, else the setting, else "free"

private:
    store::Database &m_db;
    const Settings *m_settings;
    const Clock &m_clock;
};

} // namespace ttc::chat

Q_DECLARE_METATYPE(ttc::chat::QuotaDecision)

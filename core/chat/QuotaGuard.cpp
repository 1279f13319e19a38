#include "chat/QuotaGuard.h"

#include "settings/Settings.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace ttc::chat {

namespace quota {

QStringList tierProviders(const QString &tier)
{
    if (tier == QLatin1String("pro") || tier == QLatin1String("enterprise"))
        return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"),
                QStringLiteral("elevenlabs")};
    return {QStringLiteral("openai")};
}

int tierDailyLimit(const QString &tier)
{
    if (tier == QLatin1String("enterprise"))
        return -1;
    if (tier == QLatin1String("pro"))
        return 1000;
    return 50;
}

qint64 utcDayStartMs(qint64 nowMs)
{
    constexpr qint64 day = 86400000;
    return nowMs - ((nowMs % day) + day) % day;
}

qint64 nextUtcMidnightMs(qint64 nowMs)
{
    return utcDayStartMs(nowMs) + 86400000;
}

qint64 utcMonthStartMs(qint64 nowMs)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QuotaDecision decide(const QString &tier, const QuotaRequest &request, int usedToday, int limit, qint64 nowMs)
{
    // The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
    const auto tr = [](const char *t) { return QCoreApplication::translate("ttc::chat::quota", t); };
    QuotaDecision d;
    d.tier = tier;
    d.usedToday = usedToday;
    d.limit = limit;
    d.resetsAtMs = nextUtcMidnightMs(nowMs);
    if (request.local)
        return d;
    if (!tierProviders(tier).contains(request.provider)) {
        d.allowed = false;
        d.kind = providers::ErrorKind::TierLocked;
        d.reason = tr("%1 is not included in the %2 plan. Upgrade to Pro to use it, or use OpenAI or a local model "
                      "server.")
                       .arg(request.provider, tier);
        return d;
    }
    if (limit >= 0 && usedToday >= limit) {
        d.allowed = false;
        d.kind = providers::ErrorKind::QuotaExceeded;
        // The day is UTC's; the user reads the time of its end on their own clock.
        const QString reset =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.resetsAtMs).time(), QLocale::ShortFormat);
        d.reason = tr("Today's %1 cloud AI requests of the %2 plan are used up. They renew at %3; a local model "
                      "server stays available, and Pro raises the limit.")
                       .arg(limit)
                       .arg(tier, reset);
    }
    return d;
}

} // namespace quota

LocalQuotaGuard::LocalQuotaGuard(store::Database &db, const Settings *settings, const Clock &clock)
    : m_db(db), m_settings(settings), m_clock(clock)
{
}

QString LocalQuotaGuard::tier() const
{
    return tierFrom(m_settings);
}

QString LocalQuotaGuard::tierFrom(const Settings *settings)
{
    QString t = qEnvironmentVariable("TTC_TIER").trimmed().toLower();
    if (t.isEmpty() && settings)
        t = settings->localTier().trimmed().toLower();
    if (t != QLatin1String("pro") && t != QLatin1String("enterprise"))
        t = QStringLiteral("free");
    return t;
}

int LocalQuotaGuard::limit() const
{
    bool ok = false;
    const int env = qEnvironmentVariable("TTC_DAILY_LIMIT").toInt(&ok);
    if (ok && env >= 0)
        return env;
    if (m_settings && m_settings->dailyRequestLimit() > 0)
        return m_settings->dailyRequestLimit();
    return quota::tierDailyLimit(tier());
}

int quota::countUsageSince(QSqlDatabase &db, qint64 sinceMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM usage_events WHERE occurred_at >= ? AND provider <> 'local'"
                             " AND status <> 'rejected'"));
    q.addBindValue(sinceMs);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

namespace {
int countToday(QSqlDatabase &db, qint64 dayStart)
{
    return quota::countUsageSince(db, dayStart);
}
} // namespace

QFuture<QuotaDecision> LocalQuotaGuard::check(const QuotaRequest &request)
{
    const QString t = tier();
    const int l = limit();
    const qint64 now = m_clock.nowMs();
    if (request.local || !quota::tierProviders(t).contains(request.provider))
        return QtFuture::makeReadyFuture(quota::decide(t, request, 0, l, now));
    return m_db.run([t, l, now, request](QSqlDatabase &db) {
        return quota::decide(t, request, countToday(db, quota::utcDayStartMs(now)), l, now);
    });
}

QFuture<QuotaStatus> LocalQuotaGuard::status()
{
    const QString t = tier();
    const int l = limit();
    const qint64 now = m_clock.nowMs();
    return m_db.run([t, l, now](QSqlDatabase &db) {
        QuotaStatus s;
        s.tier = t;
        s.limit = l;
        s.usedToday = countToday(db, quota::utcDayStartMs(now));
        s.resetsAtMs = quota::nextUtcMidnightMs(now);
        s.providers = quota::tierProviders(t);
        return s;
    });
}

} // namespace ttc::chat

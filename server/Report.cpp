#include "Report.h"

#include "protocol/Tier.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace ttc::server {

using namespace ttc::protocol;

Result<QString> buildReport(DbPool &pool, int days, qint64 nowMs)
{
    const qint64 since = nowMs - qint64(days) * 86400 * 1000;
    return pool.transact<QString>(false, [&](Sql &sql) -> Result<QString> {
        QStringList out;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(since, Qt::UTC);
        out << QStringLiteral("ttc-server report: last %1 days (since %2)").arg(days).arg(from.toString(Qt::ISODate));
        auto signups = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE created_at >= ?"), {since});
        if (!signups)
            return signups.error();
        out << QStringLiteral("sign-ups: %1").arg(signups->toLongLong());

        out << QStringLiteral("active users by tier (used a cloud request in the period):");
        auto active = sql.exec(QStringLiteral("SELECT u.tier, COUNT(DISTINCT e.user_id) FROM usage_events e JOIN users u ON u.id = e.user_id "
                                              "WHERE e.received_at >= ? AND e.status = 'accepted' GROUP BY u.tier"),
                               {since});
        if (!active)
            return active.error();
        QHash<QString, qint64> byTier;
        while (active->next())
            byTier[active->value(0).toString()] = active->value(1).toLongLong();
        for (Tier t : {Tier::Free, Tier::Pro, Tier::Enterprise})
            out << QStringLiteral("  %1: %2").arg(tierName(t), -10).arg(byTier.value(tierName(t)));

        out << QStringLiteral("tier changes:");
        auto changes = sql.exec(QStringLiteral("SELECT from_tier, to_tier, COUNT(*) FROM tier_changes WHERE at >= ? GROUP BY from_tier, to_tier ORDER BY from_tier, to_tier"),
                                {since});
        if (!changes)
            return changes.error();
        qint64 churn = 0, conversions = 0;
        while (changes->next()) {
            const Tier f = tierFromName(changes->value(0).toString()).value_or(Tier::Free);
            const Tier t = tierFromName(changes->value(1).toString()).value_or(Tier::Free);
            const qint64 n = changes->value(2).toLongLong();
            out << QStringLiteral("  %1 -> %2: %3").arg(tierName(f), tierName(t)).arg(n);
            if (int(t) > int(f))
                conversions += n;
            if (t == Tier::Free && f != Tier::Free)
                churn += n;
        }
        out << QStringLiteral("conversions (upgrades): %1").arg(conversions);
        out << QStringLiteral("churn (paid -> free): %1").arg(churn);

        auto mrr = sql.exec(QStringLiteral("SELECT tier, SUM(quantity) FROM subscriptions WHERE status IN ('active','trialing') GROUP BY tier"));
        if (!mrr)
            return mrr.error();
        qint64 cents = 0;
        while (mrr->next())
            cents += mrr->value(1).toLongLong() * monthlyPriceCents(tierFromName(mrr->value(0).toString()).value_or(Tier::Free));
        out << QStringLiteral("MRR: $%1").arg(double(cents) / 100.0, 0, 'f', 2);

        out << QStringLiteral("requests by provider and kind:");
        auto req = sql.exec(QStringLiteral("SELECT provider, kind, COUNT(*) FROM usage_events WHERE received_at >= ? AND status = 'accepted' "
                                           "GROUP BY provider, kind ORDER BY provider, kind"),
                            {since});
        if (!req)
            return req.error();
        while (req->next())
            out << QStringLiteral("  %1 %2: %3").arg(req->value(0).toString(), req->value(1).toString()).arg(req->value(2).toLongLong());
        return QString(out.join(u'\n') + u'\n');
    });
}

} // namespace ttc::server

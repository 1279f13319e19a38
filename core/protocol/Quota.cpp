#include "protocol/Quota.h"

#include <QTimeZone>

#include <algorithm>

namespace ttc::protocol {

QDate quotaDay(const QDateTime &occurredAt, const QDateTime &received)
{
    const QDateTime r = received.toUTC();
    if (occurredAt.isValid()) {
        const QDateTime o = occurredAt.toUTC();
        if (o >= r.addDays(-35) && o <= r.addSecs(5 * 60))
            return o.date();
    }
    return r.date();
}

QDateTime nextReset(const QDateTime &now)
{
    return QDateTime(now.toUTC().date().addDays(1), QTime(0, 0), Qt::UTC);
}

std::optional<int> remaining(std::optional<int> dailyLimit, int used)
{
    if (!dailyLimit)
        return std::nullopt;
    return std::max(0, *dailyLimit - used);
}

} // namespace ttc::protocol

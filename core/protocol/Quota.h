#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace ttc::protocol {

// The quota day of a usage event (PROTOCOL.md): the UTC day of occurredAt when it lies within
// [received − 35 days, received + 5 minutes], otherwise the UTC day the server received it.
QDate quotaDay(const QDateTime &occurredAt, const QDateTime &received);

// Start of the next UTC day after now: when a daily quota resets.
QDateTime nextReset(const QDateTime &now);

// Remaining requests under a daily limit; empty limit means unlimited (returned as empty).
std::optional<int> remaining(std::optional<int> dailyLimit, int used);

} // namespace ttc::protocol

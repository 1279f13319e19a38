#include "store/IntegrityPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ttc::store {

namespace {
constexpr int kRecordFormat = 1;
}

QByteArray CleanCloseRecord::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("format"), kRecordFormat);
    o.insert(QLatin1String("size"), QString::number(file.size));
    o.insert(QLatin1String("mtime"), QString::number(file.mtime));  // file clock ticks: too large for a double
    o.insert(QLatin1String("changeCounter"), QString::number(file.changeCounter));
    o.insert(QLatin1String("lastFullCheck"), QString::number(lastFullCheckMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<CleanCloseRecord> CleanCloseRecord::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != kRecordFormat)
        return std::nullopt;
    bool ok[4] = {};
    CleanCloseRecord r;
    r.file.size = o.value(QLatin1String("size")).toString().toLongLong(&ok[0]);
    r.file.mtime = o.value(QLatin1String("mtime")).toString().toLongLong(&ok[1]);
    r.file.changeCounter = o.value(QLatin1String("changeCounter")).toString().toUInt(&ok[2]);
    r.lastFullCheckMs = o.value(QLatin1String("lastFullCheck")).toString().toLongLong(&ok[3]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
        return std::nullopt;
    return r;
}

CheckReason checkReason(IntegrityCheck requested, const OpenObservation &seen)
{
    if (seen.current.size <= 0)  // SQLite takes an empty file for an empty database
        return CheckReason::NewDatabase;
    if (!seen.tracked)
        return CheckReason::Untracked;
    if (seen.uncleanCloses > 0)
        return CheckReason::UncleanClose;
    if (!seen.record)
        return CheckReason::NoRecord;
    // While another connection holds it the file changes legitimately; that one's clean close records it again.
    if (!seen.othersOpen && seen.record->file != seen.current)
        return CheckReason::ChangedWhileClosed;
    if (requested == IntegrityCheck::Full) {
        const qint64 last = seen.record->lastFullCheckMs;
        // A record far in the future means the clock was wrong when it was written: do not trust it.
        if (last <= 0 || seen.nowMs - last >= kFullCheckIntervalMs || last - seen.nowMs >= kFullCheckIntervalMs)
            return CheckReason::FullCheckDue;
    }
    return CheckReason::CleanClose;
}

bool worthChecking(CheckReason reason)
{
    switch (reason) {
    case CheckReason::NewDatabase:
    case CheckReason::CleanClose:
        return false;
    case CheckReason::NoRecord:
    case CheckReason::UncleanClose:
    case CheckReason::ChangedWhileClosed:
    case CheckReason::FullCheckDue:
    case CheckReason::Untracked:
        return true;
    }
    return true;
}

QString describe(CheckReason reason)
{
    switch (reason) {
    case CheckReason::NewDatabase:
        return QStringLiteral("a new database");
    case CheckReason::CleanClose:
        return QStringLiteral("closed cleanly last time, and unchanged since or open elsewhere now");
    case CheckReason::NoRecord:
        return QStringLiteral("no record of a clean close");
    case CheckReason::UncleanClose:
        return QStringLiteral("a process that had it open did not close it cleanly");
    case CheckReason::ChangedWhileClosed:
        return QStringLiteral("the file changed while no process had it open");
    case CheckReason::FullCheckDue:
        return QStringLiteral("the last full check is more than 7 days old, or there was none");
    case CheckReason::Untracked:
        return QStringLiteral("the open is not tracked (read-only, or the lock could not be created)");
    }
    return {};
}

qint64 lastFullCheckAtClose(CheckReason openReason, qint64 openedAtMs, qint64 fullCheckPassedAtMs,
                            const std::optional<CleanCloseRecord> &recordNow)
{
    const qint64 recorded = recordNow ? recordNow->lastFullCheckMs : 0;
    if (fullCheckPassedAtMs > 0)
        return std::max(recorded, fullCheckPassedAtMs);
    // Something may have gone wrong and only a quick check (or none) looked: the next full check must not wait for
    // the 7 days, unless another process ran one after this open.
    if (worthChecking(openReason) && openReason != CheckReason::FullCheckDue)
        return recorded > openedAtMs ? recorded : 0;
    return recorded;
}

} // namespace ttc::store

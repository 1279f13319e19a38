#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace ttc::store {

enum class IntegrityCheck { Full, Quick, None };

// Why an open ran the integrity check, or why it did not. SQLite in WAL mode recovers from crashes by itself, so the
// check is only worth its cost (hundreds of milliseconds on a large history) when something may have gone wrong.
enum class CheckReason {
    NewDatabase,         // no file yet: nothing to check
    CleanClose,          // skipped: closed cleanly last time and unchanged since, or open elsewhere right now
    NoRecord,            // no record of a clean close (first open of an existing file, or an older version)
    UncleanClose,        // a process that had it open ended without closing it (crash, kill, power loss)
    ChangedWhileClosed,  // size, modification time or change counter differ from the clean close record
    FullCheckDue,        // the last full check is older than kFullCheckIntervalMs, or there was none
    Untracked,           // read-only, or the open could not be recorded: check as asked
};

constexpr qint64 kFullCheckIntervalMs = 7LL * 24 * 60 * 60 * 1000;

// What the main database file looked like; compared, never interpreted.
struct FileSignature
{
    qint64 size = -1;           // -1: no file
    qint64 mtime = 0;           // file system time stamp, at the file system's resolution (ns on Linux)
    quint32 changeCounter = 0;  // header offset 24
    bool operator==(const FileSignature &) const = default;
};

// Written next to the database at each clean close.
struct CleanCloseRecord
{
    FileSignature file;
    qint64 lastFullCheckMs = 0;  // wall clock of the last full check that passed; 0: none on this file

    QByteArray toJson() const;
    static std::optional<CleanCloseRecord> fromJson(const QByteArray &json);
};

// What an opener saw before opening the file.
struct OpenObservation
{
    FileSignature current;
    bool tracked = true;      // this open is recorded (a lock of its own); false for read-only opens
    int uncleanCloses = 0;    // locks left by processes that died holding the database
    bool othersOpen = false;  // another live connection holds the database: the file may change meanwhile
    std::optional<CleanCloseRecord> record;
    qint64 nowMs = 0;
};

// The decision, pure: why the check should run, or why not. The check requested (None included) does not change
// the reason, except that the age of the last full check counts only when a full check is requested.
CheckReason checkReason(IntegrityCheck requested, const OpenObservation &seen);
bool worthChecking(CheckReason reason);
QString describe(CheckReason reason);  // for the log

// The lastFullCheckMs to record at a clean close. fullCheckPassedAtMs: when this connection's full check passed
// (0: it ran none). A suspicious open answered by a quick check only (or none) leaves the full check due.
qint64 lastFullCheckAtClose(CheckReason openReason, qint64 openedAtMs, qint64 fullCheckPassedAtMs,
                            const std::optional<CleanCloseRecord> &recordNow);

} // namespace ttc::store

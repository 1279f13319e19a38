#pragma once

#include "store/IntegrityPolicy.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace ttc::store {

// Records which connections hold a database, so that the next open knows whether the last one closed it cleanly.
// Each connection holds a lock file of its own in "<db>.open/"; a lock whose process died (crash, kill, power loss)
// is stale, which QLockFile can tell. At a clean close the connection writes "<db>.state" (CleanCloseRecord:
// what the file looked like, when it was last fully checked) before it releases its lock.
class OpenTracker
{
public:
    explicit OpenTracker(QString databasePath);
    ~OpenTracker();  // releases the lock without recording a clean close
    OpenTracker(const OpenTracker &) = delete;
    OpenTracker &operator=(const OpenTracker &) = delete;

    // Takes this connection's lock and looks at the others' (stale ones are removed and counted). False when the
    // lock cannot be created (folder not writable): the open is then untracked.
    bool registerOpen();
    bool isRegistered() const;
    int uncleanCloses() const { return m_uncleanCloses; }
    bool othersOpen() const { return m_othersOpen; }

    std::optional<CleanCloseRecord> readRecord() const;
    void forgetRecord();  // the file it described was moved aside
    // Writes the record for the file as it is now, then releases the lock. Call after the connection is closed.
    void recordCleanClose(qint64 lastFullCheckMs);

    static FileSignature signatureOf(const QString &path);
    static QString lockFolder(const QString &databasePath) { return databasePath + QStringLiteral(".open"); }
    static QString recordPath(const QString &databasePath) { return databasePath + QStringLiteral(".state"); }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    int m_uncleanCloses = 0;
    bool m_othersOpen = false;
};

} // namespace ttc::store

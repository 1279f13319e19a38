#include "store/OpenTracker.h"

#include "log/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace ttc::store {

namespace {

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

OpenTracker::OpenTracker(QString databasePath) : m_path(std::move(databasePath))
{}

OpenTracker::~OpenTracker() = default;

bool OpenTracker::registerOpen()
{
    const QString folder = lockFolder(m_path);
    if (!QDir().mkpath(folder)) {
        qCWarning(lcStore) << "cannot create" << folder << "- database opens are not tracked";
        return false;
    }
    auto own = std::make_unique<QLockFile>(
        QDir(folder).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".lock")));
    own->setStaleLockTime(0);
    if (!own->tryLock(0)) {
        qCWarning(lcStore) << "cannot create a lock in" << folder << "- database opens are not tracked";
        return false;
    }
    const QString ownName = QFileInfo(own->fileName()).fileName();
    const QStringList others = QDir(folder).entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden);
    for (const QString &name : others) {
        if (name == ownName)
            continue;
        QLockFile other(QDir(folder).filePath(name));
        other.setStaleLockTime(0);  // only a dead holder makes a lock stale, however old it is
        if (other.tryLock(0)) {
            // Its holder died (or, rarely, closed cleanly just now: then the check runs once for nothing).
            other.unlock();
            ++m_uncleanCloses;
        } else {
            // Held by a live process (LockFailedError), or cannot tell: assuming it is held only skips the
            // comparison with the clean close record.
            m_othersOpen = true;
        }
    }
    m_lock = std::move(own);
    return true;
}

bool OpenTracker::isRegistered() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<CleanCloseRecord> OpenTracker::readRecord() const
{
    QFile f(recordPath(m_path));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return CleanCloseRecord::fromJson(f.read(4096));
}

void OpenTracker::forgetRecord()
{
    QFile::remove(recordPath(m_path));
}

void OpenTracker::recordCleanClose(qint64 lastFullCheckMs)
{
    if (!isRegistered())
        return;
    CleanCloseRecord record;
    record.file = signatureOf(m_path);
    record.lastFullCheckMs = lastFullCheckMs;
    QSaveFile f(recordPath(m_path));
    if (!f.open(QIODevice::WriteOnly) || f.write(record.toJson()) < 0 || !f.commit())
        qCWarning(lcStore) << "cannot record the clean close of the database:" << f.errorString();
    m_lock->unlock();  // after the record: an opener that finds no live lock finds the record complete
}

FileSignature OpenTracker::signatureOf(const QString &path)
{
    FileSignature s;
    std::error_code ec;
    const std::filesystem::path native = nativePath(path);
    const auto size = std::filesystem::file_size(native, ec);
    if (ec)
        return s;
    s.size = qint64(size);
    const auto mtime = std::filesystem::last_write_time(native, ec);
    if (!ec)
        s.mtime = qint64(mtime.time_since_epoch().count());
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && f.seek(24)) {
        const QByteArray counter = f.read(4);
        if (counter.size() == 4)
            s.changeCounter = (quint32(quint8(counter[0])) << 24) | (quint32(quint8(counter[1])) << 16) |
                              (quint32(quint8(counter[2])) << 8) | quint32(quint8(counter[3]));
    }
    return s;
}

} // namespace ttc::store

#pragma once

#include "Result.h"
#include "preview/PreviewTypes.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ttc {
class Clock;
namespace store {
class Database;
}
}

namespace ttc::preview {

struct CacheOptions
{
    qint64 ttlMs = 24LL * 60 * 60 * 1000;   // an entry older than this is a miss (and is removed)
    qint64 maxBytes = 64LL * 1024 * 1024;   // beyond this, least recently used entries are evicted
};

// Previews kept in the preview_cache table of the app's database (store::Database, on its thread).
// Keys are LinkPolicy::normalizedKey() of the URL asked for, so "https://A.com/x?utm_source=y#z" and
// "https://a.com/x" share one entry. `data` holds the Preview as JSON (toStorageJson), `thumbnail` and `favicon` the
// PNGs; size_bytes counts all three, and a put, thumbnail or favicon that takes the total beyond maxBytes evicts by last_access
// (oldest first), after expired entries. Times come from the injected Clock, read on the caller's thread.
//
// Private browsing: a private tab must not leave traces, so its previews simply never go through this class
// (PreviewService::request with Request::noCache, or no cache at all).
class PreviewCache : public QObject
{
    Q_OBJECT

public:
    PreviewCache(store::Database &db, const Clock &clock, CacheOptions options = {}, QObject *parent = nullptr);

    void setOptions(const CacheOptions &options) { m_options = options; }
    const CacheOptions &options() const { return m_options; }

    // A fresh entry (fromCache set, thumbnail and favicon included) or nullopt; a hit refreshes last_access.
    QFuture<std::optional<Preview>> get(const QString &key);
    // Stores or replaces the entry (its thumbnail and favicon too, when set) and evicts beyond the cap.
    QFuture<Result<void>> put(const QString &key, const Preview &preview);
    // Adds the rendered thumbnail to an existing entry; "not_found" when there is none.
    QFuture<Result<void>> setThumbnail(const QString &key, const QByteArray &png);
    // Adds the site icon (a small PNG) to an existing entry; "not_found" when there is none.
    QFuture<Result<void>> setFavicon(const QString &key, const QByteArray &png);
    QFuture<Result<void>> remove(const QString &key);
    QFuture<Result<void>> clear();
    QFuture<qint64> totalBytes();

    // The same operations on a connection of the caller's thread (the CLI, tests).
    static std::optional<Preview> get(QSqlDatabase &db, const QString &key, qint64 nowMs);
    static Result<void> put(QSqlDatabase &db, const QString &key, const Preview &preview, qint64 nowMs,
                            const CacheOptions &options);
    static Result<void> setThumbnail(QSqlDatabase &db, const QString &key, const QByteArray &png, qint64 nowMs,
                                     qint64 maxBytes);
    static Result<void> setFavicon(QSqlDatabase &db, const QString &key, const QByteArray &png, qint64 nowMs,
                                   qint64 maxBytes);
    static Result<void> evict(QSqlDatabase &db, qint64 maxBytes, qint64 nowMs, const QString &keep = {});

private:
    store::Database &m_db;
    const Clock &m_clock;
    CacheOptions m_options;
};

} // namespace ttc::preview

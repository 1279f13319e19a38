#include "preview/PreviewCache.h"

#include "preview/PreviewJson.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ttc::preview {

PreviewCache::PreviewCache(store::Database &db, const Clock &clock, CacheOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_options(options)
{
}

std::optional<Preview> PreviewCache::get(QSqlDatabase &db, const QString &key, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data, thumbnail, expires_at, favicon FROM preview_cache WHERE url_key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (q.value(2).toLongLong() <= nowMs) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM preview_cache WHERE url_key = ?"));
        del.addBindValue(key);
        del.exec();
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
    if (!doc.isObject())
        return std::nullopt;
    Preview p = fromStorageJson(doc.object());
    p.thumbnailPng = q.value(1).toByteArray();
    p.faviconPng = q.value(3).toByteArray();
    p.fromCache = true;
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE preview_cache SET last_access = ? WHERE url_key = ?"));
    touch.addBindValue(nowMs);
    touch.addBindValue(key);
    touch.exec();
    return p;
}

Result<void> PreviewCache::evict(QSqlDatabase &db, qint64 maxBytes, qint64 nowMs, const QString &keep)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM preview_cache WHERE expires_at <= ?"));
    q.addBindValue(nowMs);
    if (!q.exec())
        return store::sqlError(q, "preview cache: expire");
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(size_bytes), 0) FROM preview_cache")) || !q.next())
        return store::sqlError(q, "preview cache: size");
    qint64 total = q.value(0).toLongLong();
    if (total <= maxBytes)
        return {};
    QStringList victims;
    if (!q.exec(QStringLiteral("SELECT url_key, size_bytes FROM preview_cache ORDER BY last_access ASC, fetched_at ASC")))
        return store::sqlError(q, "preview cache: lru");
    while (total > maxBytes && q.next()) {
        const QString key = q.value(0).toString();
        if (key == keep)
            continue;
        victims.append(key);
        total -= q.value(1).toLongLong();
    }
    q.finish();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM preview_cache WHERE url_key = ?"));
    for (const QString &key : std::as_const(victims)) {
        del.addBindValue(key);
        if (!del.exec())
            return store::sqlError(del, "preview cache: evict");
    }
    return {};
}

Result<void> PreviewCache::put(QSqlDatabase &db, const QString &key, const Preview &preview, qint64 nowMs,
                               const CacheOptions &options)
{
    const QByteArray data = QJsonDocument(toStorageJson(preview)).toJson(QJsonDocument::Compact);
    const QByteArray url = preview.url.toEncoded();
    const QByteArray finalUrl = preview.finalUrl.toEncoded();
    const qint64 size = data.size() + preview.thumbnailPng.size() + preview.faviconPng.size() + url.size() +
                        finalUrl.size() + key.size();
    if (size > options.maxBytes)
        return Error{QStringLiteral("too_large"), QStringLiteral("preview larger than the whole cache")};
    store::Transaction tx(db);
    if (!tx.begin())
        return store::sqlError(db, "preview cache: begin");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO preview_cache"
                             " (url_key, url, final_url, data, thumbnail, favicon, size_bytes, fetched_at, expires_at,"
                             " last_access) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(QString::fromLatin1(url));
    q.addBindValue(QString::fromLatin1(finalUrl));
    q.addBindValue(QString::fromUtf8(data));
    q.addBindValue(preview.thumbnailPng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(preview.thumbnailPng));
    q.addBindValue(preview.faviconPng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(preview.faviconPng));
    q.addBindValue(size);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs + options.ttlMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return store::sqlError(q, "preview cache: put");
    if (Result<void> r = evict(db, options.maxBytes, nowMs, key); !r)
        return r;
    if (!tx.commit())
        return store::sqlError(db, "preview cache: commit");
    return {};
}

namespace {

// Puts a picture (the thumbnail or the favicon column) into an existing, fresh entry and evicts beyond the cap.
Result<void> setPicture(QSqlDatabase &db, const QString &column, const QString &key, const QByteArray &png,
                        qint64 nowMs, qint64 maxBytes)
{
    store::Transaction tx(db);
    if (!tx.begin())
        return store::sqlError(db, "preview cache: begin");
    QSqlQuery q(db);
    // Right-hand sides see the row's old values: the old picture's size is taken out, the new one's added.
    q.prepare(QStringLiteral("UPDATE preview_cache SET size_bytes = size_bytes - COALESCE(length(%1), 0) + ?,"
                             " %1 = ?, last_access = ? WHERE url_key = ? AND expires_at > ?")
                  .arg(column));
    q.addBindValue(png.size());
    q.addBindValue(png);
    q.addBindValue(nowMs);
    q.addBindValue(key);
    q.addBindValue(nowMs);
    if (!q.exec())
        return store::sqlError(q, "preview cache: picture");
    if (q.numRowsAffected() < 1)
        return Error{QStringLiteral("not_found"), QStringLiteral("no cached preview for this link")};
    if (Result<void> r = PreviewCache::evict(db, maxBytes, nowMs, key); !r)
        return r;
    if (!tx.commit())
        return store::sqlError(db, "preview cache: commit");
    return {};
}

} // namespace

Result<void> PreviewCache::setThumbnail(QSqlDatabase &db, const QString &key, const QByteArray &png, qint64 nowMs,
                                        qint64 maxBytes)
{
    return setPicture(db, QStringLiteral("thumbnail"), key, png, nowMs, maxBytes);
}

Result<void> PreviewCache::setFavicon(QSqlDatabase &db, const QString &key, const QByteArray &png, qint64 nowMs,
                                      qint64 maxBytes)
{
    return setPicture(db, QStringLiteral("favicon"), key, png, nowMs, maxBytes);
}

QFuture<std::optional<Preview>> PreviewCache::get(const QString &key)
{
    const qint64 now = m_clock.nowMs();
    return m_db.run([key, now](QSqlDatabase &db) { return get(db, key, now); });
}

QFuture<Result<void>> PreviewCache::put(const QString &key, const Preview &preview)
{
    const qint64 now = m_clock.nowMs();
    const CacheOptions options = m_options;
    return m_db.run([key, preview, now, options](QSqlDatabase &db) { return put(db, key, preview, now, options); });
}

QFuture<Result<void>> PreviewCache::setThumbnail(const QString &key, const QByteArray &png)
{
    const qint64 now = m_clock.nowMs();
    const qint64 cap = m_options.maxBytes;
    return m_db.run([key, png, now, cap](QSqlDatabase &db) { return setThumbnail(db, key, png, now, cap); });
}

QFuture<Result<void>> PreviewCache::setFavicon(const QString &key, const QByteArray &png)
{
    const qint64 now = m_clock.nowMs();
    const qint64 cap = m_options.maxBytes;
    return m_db.run([key, png, now, cap](QSqlDatabase &db) { return setFavicon(db, key, png, now, cap); });
}

QFuture<Result<void>> PreviewCache::remove(const QString &key)
{
    return m_db.run([key](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM preview_cache WHERE url_key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return store::sqlError(q, "preview cache: remove");
        return {};
    });
}

QFuture<Result<void>> PreviewCache::clear()
{
    return m_db.run([](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM preview_cache")))
            return store::sqlError(q, "preview cache: clear");
        return {};
    });
}

QFuture<qint64> PreviewCache::totalBytes()
{
    return m_db.run([](QSqlDatabase &db) -> qint64 {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(size_bytes), 0) FROM preview_cache")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    });
}

} // namespace ttc::preview

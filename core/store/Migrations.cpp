#include "store/Migrations.h"

#include "log/Logging.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace ttc::store::migrations {

namespace {

// Each step is a list of statements. Steps are append-only: never edit a released one, add the next.
const std::array<std::initializer_list<const char *>, 3> &steps()
{
    static const std::array<std::initializer_list<const char *>, 3> s = {{
        // 1: chat history with full-text search
        {
            "CREATE TABLE kv (key TEXT PRIMARY KEY NOT NULL, value BLOB) WITHOUT ROWID",
            "CREATE TABLE sessions ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " title TEXT NOT NULL DEFAULT '',"
            " provider TEXT, model TEXT, system_prompt TEXT,"
            " draft TEXT NOT NULL DEFAULT '',"
            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
            "CREATE INDEX sessions_by_update ON sessions(updated_at DESC, id DESC)",
            "CREATE TABLE messages ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
            " role TEXT NOT NULL CHECK (role IN ('system','user','assistant')),"
            " content TEXT NOT NULL DEFAULT '',"
            " reasoning TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL DEFAULT 'complete'"
            "   CHECK (status IN ('streaming','complete','interrupted','error')),"
            " error_code TEXT, error_message TEXT,"
            " provider TEXT, model TEXT,"
            " tokens_in INTEGER, tokens_out INTEGER,"
            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
            "CREATE INDEX messages_by_session ON messages(session_id, created_at, id)",
            "CREATE VIRTUAL TABLE messages_fts USING fts5("
            " content, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
            "CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages BEGIN"
            " INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content); END",
            "CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content); END",
            "CREATE TRIGGER messages_fts_au AFTER UPDATE OF content ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);"
            " INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content); END",
        },
        // 2: usage metering and the sync outbox
        {
            "CREATE TABLE usage_events ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('chat','stt','tts','summary')),"
            " provider TEXT NOT NULL, model TEXT,"
            " occurred_at INTEGER NOT NULL,"
            " tokens_in INTEGER NOT NULL DEFAULT 0, tokens_out INTEGER NOT NULL DEFAULT 0,"
            " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','synced','rejected')),"
            " reason TEXT)",
            "CREATE INDEX usage_by_time ON usage_events(occurred_at)",
            "CREATE INDEX usage_by_status ON usage_events(status) WHERE status = 'pending'",
            "CREATE TABLE outbox ("
            " mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " name TEXT NOT NULL, args TEXT NOT NULL, created_at INTEGER NOT NULL)",
        },
        // 3: link preview cache
        {
            "CREATE TABLE preview_cache ("
            " url_key TEXT PRIMARY KEY NOT NULL,"
            " url TEXT NOT NULL, final_url TEXT,"
            " data TEXT NOT NULL,"
            " thumbnail BLOB,"
            " size_bytes INTEGER NOT NULL,"
            " fetched_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, last_access INTEGER NOT NULL)",
            "CREATE INDEX preview_by_access ON preview_cache(last_access)",
        },
    }};
    return s;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<int> migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = currentVersion(db);
    if (from < 0)
        return Error{QStringLiteral("db_unreadable"),
                     QCoreApplication::translate("Database", "The history database cannot be read: %1")
                         .arg(db.lastError().text())};
    if (from > latestVersion())
        return Error{QStringLiteral("db_too_new"),
                     QCoreApplication::translate("Database",
                                                 "The history database was written by a newer version of this app "
                                                 "(schema %1, this version knows %2). Update the app to open it.")
                         .arg(from)
                         .arg(latestVersion())};

    for (int v = from + 1; v <= target; ++v) {
        Transaction tx(db);
        if (!tx.begin())
            return sqlError(db, "migration");
        for (const char *statement : steps()[size_t(v - 1)]) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromUtf8(statement)))
                return sqlError(q, "migration");
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)))
            return sqlError(q, "migration");
        q.prepare(QStringLiteral("INSERT INTO kv(key, value) VALUES ('schema_version', ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, "migration");
        if (!tx.commit())
            return sqlError(db, "migration");
        qCInfo(lcStore) << "database migrated to schema" << v;
    }
    return target;
}

} // namespace ttc::store::migrations

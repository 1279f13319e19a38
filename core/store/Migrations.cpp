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
const std::array<std::initializer_list<const char *>, 7> &steps()
{
    static const std::array<std::initializer_list<const char *>, 7> s = {{
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
        // 4: sync capture. While an account is signed in (kv 'account'), every change of a session or a finished
        // message queues its outbox mutation inside the writer's own transaction, whichever code path wrote it.
        // Applying a pull sets kv 'sync.applying' inside its transaction so that server rows are not echoed back.
        {
#define TTC_NOW_MS "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
#define TTC_SYNC_ON "EXISTS (SELECT 1 FROM kv WHERE key = 'account') AND NOT EXISTS (SELECT 1 FROM kv WHERE key = 'sync.applying')"
#define TTC_SESSION_JSON(r) "json_object('id', " r ".id, 'title', " r ".title, 'provider', " r ".provider, 'model', " r ".model," \
    " 'system_prompt', " r ".system_prompt, 'created_at', " r ".created_at, 'updated_at', " r ".updated_at)"
#define TTC_MESSAGE_JSON(r) "json_object('id', " r ".id, 'session_id', " r ".session_id, 'role', " r ".role," \
    " 'content', " r ".content, 'reasoning', " r ".reasoning, 'status', " r ".status, 'error_code', " r ".error_code," \
    " 'error_message', " r ".error_message, 'provider', " r ".provider, 'model', " r ".model, 'tokens_in', " r ".tokens_in," \
    " 'tokens_out', " r ".tokens_out, 'created_at', " r ".created_at, 'updated_at', " r ".updated_at)"
            "CREATE TRIGGER sync_session_ai AFTER INSERT ON sessions WHEN " TTC_SYNC_ON " BEGIN"
            " INSERT INTO outbox(name, args, created_at) VALUES ('session.put', " TTC_SESSION_JSON("new")
            ", " TTC_NOW_MS "); END",
            "CREATE TRIGGER sync_session_au AFTER UPDATE OF title, provider, model, system_prompt ON sessions WHEN "
            TTC_SYNC_ON " BEGIN"
            " INSERT INTO outbox(name, args, created_at) VALUES ('session.put', " TTC_SESSION_JSON("new")
            ", " TTC_NOW_MS "); END",
            "CREATE TRIGGER sync_session_ad AFTER DELETE ON sessions WHEN " TTC_SYNC_ON " BEGIN"
            " INSERT INTO outbox(name, args, created_at) VALUES ('session.delete', json_object('id', old.id),"
            " " TTC_NOW_MS "); END",
            "CREATE TRIGGER sync_message_ai AFTER INSERT ON messages WHEN new.status <> 'streaming' AND " TTC_SYNC_ON
            " BEGIN INSERT INTO outbox(name, args, created_at) VALUES ('message.put', " TTC_MESSAGE_JSON("new")
            ", " TTC_NOW_MS "); END",
            "CREATE TRIGGER sync_message_au AFTER UPDATE ON messages WHEN new.status <> 'streaming' AND " TTC_SYNC_ON
            " BEGIN INSERT INTO outbox(name, args, created_at) VALUES ('message.put', " TTC_MESSAGE_JSON("new")
            ", " TTC_NOW_MS "); END",
            // Every metered request (chat, voice, summaries) whatever wrote it; the server counts an id once.
            "CREATE TRIGGER sync_usage_ai AFTER INSERT ON usage_events WHEN " TTC_SYNC_ON " AND NOT EXISTS ("
            "SELECT 1 FROM outbox WHERE name = 'usage.record' AND json_extract(args, '$.id') = new.id) BEGIN"
            " INSERT INTO outbox(name, args, created_at) VALUES ('usage.record', json_object('id', new.id,"
            " 'provider', new.provider, 'kind', new.kind, 'occurred_at', new.occurred_at, 'tokens_in', new.tokens_in,"
            " 'tokens_out', new.tokens_out), " TTC_NOW_MS "); END",
            // A message removed with its session travels as the session's delete.
            "CREATE TRIGGER sync_message_ad AFTER DELETE ON messages WHEN " TTC_SYNC_ON
            " AND EXISTS (SELECT 1 FROM sessions WHERE id = old.session_id) BEGIN"
            " INSERT INTO outbox(name, args, created_at) VALUES ('message.delete', json_object('id', old.id),"
            " " TTC_NOW_MS "); END",
        },
        // 5: a streaming answer is indexed for search once it ends (complete, interrupted or error), not at every
        // progressive write: re-indexing the whole growing text each time made a long answer quadratic.
        {
            "DROP TRIGGER messages_fts_ai",
            "DROP TRIGGER messages_fts_ad",
            "DROP TRIGGER messages_fts_au",
            "CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages WHEN new.status <> 'streaming' BEGIN"
            " INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content); END",
            "CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages WHEN old.status <> 'streaming' BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content); END",
            "CREATE TRIGGER messages_fts_au AFTER UPDATE OF content, status ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content)"
            "  SELECT 'delete', old.rowid, old.content WHERE old.status <> 'streaming';"
            " INSERT INTO messages_fts(rowid, content) SELECT new.rowid, new.content WHERE new.status <> 'streaming';"
            " END",
            // The index then holds exactly the rows that are not streaming.
            "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
            "INSERT INTO messages_fts(messages_fts, rowid, content)"
            " SELECT 'delete', rowid, content FROM messages WHERE status = 'streaming'",
        },
        // 6: a pulled row is skipped while our own change of it waits in the outbox; with a long outbox (a first
        // upload of a large history) that lookup scanned the whole queue for every pulled row.
        {
            "CREATE INDEX outbox_by_target ON outbox(json_extract(args, '$.id'))",
        },
        // 7: the site icon of a cached preview (a small PNG the GUI made from the page's favicon).
        {
            "ALTER TABLE preview_cache ADD COLUMN favicon BLOB",
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

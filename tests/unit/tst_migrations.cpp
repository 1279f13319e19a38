#include "store/Database.h"
#include "store/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;
using namespace ttc::store;

namespace {

QStringList schemaOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                   q.value(2).toString().simplified();
    return out;
}

QSqlDatabase rawConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

// Rows a user could have at each schema version.
void fillVersion(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    if (version >= 1) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions(id, title, created_at, updated_at) VALUES ('s1', 'Trip', 1, 2)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO messages(id, session_id, role, content, created_at, updated_at)"
                                      " VALUES ('m1', 's1', 'user', 'pack the umbrella', 1, 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO kv(key, value) VALUES ('note', 'kept')")));
        // An answer that was streaming when the app stopped.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO messages(id, session_id, role, content, status, created_at, updated_at)"
                                      " VALUES ('m2', 's1', 'assistant', 'half an answer about kites', 'streaming', 2, 2)")));
    }
    if (version >= 2) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO usage_events(id, kind, provider, occurred_at) VALUES ('u1', 'chat', 'openai', 5)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox(name, args, created_at) VALUES ('message.put', '{}', 5)")));
    }
    if (version >= 3) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO preview_cache(url_key, url, data, size_bytes, fetched_at, expires_at,"
                                      " last_access) VALUES ('k', 'https://x', '{}', 2, 1, 2, 1)")));
    }
}

int count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        Result<OpenInfo> r = openConnection(path, QStringLiteral("fresh"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->migratedFrom, 0);
        QCOMPARE(r->schemaVersion, migrations::latestVersion());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fresh"));
            const QStringList schema = schemaOf(db);
            for (const char *table : {"table sessions", "table messages", "table messages_fts", "table usage_events",
                                      "table outbox", "table preview_cache", "table kv"}) {
                QVERIFY2(std::any_of(schema.begin(), schema.end(),
                                     [&](const QString &s) { return s.startsWith(QLatin1String(table)); }),
                         table);
            }
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QCOMPARE(count(db, QStringLiteral("SELECT value FROM kv WHERE key = 'schema_version'")),
                     migrations::latestVersion());
        }
        closeConnection(QStringLiteral("fresh"));
    }

    // Progressive writes of a streaming answer do not touch the search index; the final text is found, the partial
    // text is not, and the index matches the table exactly afterwards.
    void streamingAnswersAreIndexedWhenTheyEnd()
    {
        QTemporaryDir dir;
        QVERIFY(openConnection(dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("fts")).ok());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fts"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions(id, title, created_at, updated_at) VALUES ('s', 't', 1, 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO messages(id, session_id, role, content, status, created_at, updated_at)"
                                          " VALUES ('a', 's', 'assistant', '', 'streaming', 1, 1)")));
            for (const char *text : {"the quick", "the quick brown", "the quick brown fox"})
                QVERIFY(q.exec(QStringLiteral("UPDATE messages SET content = '%1' WHERE id = 'a'").arg(QLatin1String(text))));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'quick'")), 0);
            QVERIFY(q.exec(QStringLiteral("UPDATE messages SET content = 'the quick brown fox jumps', status = 'complete'"
                                          " WHERE id = 'a'")));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'jumps'")), 1);
            QVERIFY(q.exec(QStringLiteral("UPDATE messages SET content = 'edited text' WHERE id = 'a'")));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'jumps'")), 0);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'edited'")), 1);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM messages WHERE id = 'a'")));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'edited'")), 0);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(q.lastError().text()));
        }
        closeConnection(QStringLiteral("fts"));
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        QStringList expected;
        {
            const QString ref = dir.filePath(QStringLiteral("ref.sqlite"));
            QVERIFY(openConnection(ref, QStringLiteral("ref")).ok());
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("ref"));
            expected = schemaOf(db);
        }
        closeConnection(QStringLiteral("ref"));

        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = rawConnection(path, QStringLiteral("old"));
            Result<int> r = migrations::migrate(db, from);
            QVERIFY(r.ok());
            QCOMPARE(migrations::currentVersion(db), from);
            fillVersion(db, from);
        }
        closeConnection(QStringLiteral("old"));

        Result<OpenInfo> r = openConnection(path, QStringLiteral("upgraded"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->migratedFrom, from);
        QCOMPARE(r->schemaVersion, migrations::latestVersion());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("upgraded"));
            QCOMPARE(schemaOf(db), expected);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages WHERE content = 'pack the umbrella'")), 1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'umbrella'")), 1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM kv WHERE key = 'note'")), 1);
            if (from >= 2)
                QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM usage_events")), 1);
            // The streaming answer is indexed once it ends, and the index stays exact (integrity-check passes).
            QSqlQuery s(db);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'kites'")), 0);
            QVERIFY(s.exec(QStringLiteral("UPDATE messages SET status = 'interrupted' WHERE id = 'm2'")));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'kites'")), 1);
            QVERIFY2(s.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(s.lastError().text()));
            // New tables work after the upgrade.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO preview_cache(url_key, url, data, size_bytes, fetched_at,"
                                          " expires_at, last_access) VALUES ('k2', 'https://y', '{}', 2, 1, 2, 1)")));
        }
        closeConnection(QStringLiteral("upgraded"));
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db = rawConnection(path, QStringLiteral("future"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        closeConnection(QStringLiteral("future"));
        Result<OpenInfo> r = openConnection(path, QStringLiteral("future2"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("db_too_new"));
        QVERIFY(r.error().message.contains(QLatin1String("newer")));
        {
            QSqlDatabase db = rawConnection(path, QStringLiteral("future3"));
            QCOMPARE(migrations::currentVersion(db), 999);
        }
        closeConnection(QStringLiteral("future3"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

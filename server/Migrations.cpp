#include "Migrations.h"

#include <QDateTime>
#include <QStringList>

namespace ttc::server {

namespace {

struct Step
{
    int version;
    // Tokens replaced per dialect: {AUTO} auto-increment primary key.
    const char *sql;
};

// Times are integer milliseconds since the epoch (UTC) in both dialects; ids are text UUIDs.
const Step kSteps[] = {
    {1, R"SQL(
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    tier TEXT NOT NULL DEFAULT 'free',
    entitlement_version BIGINT NOT NULL DEFAULT 1,
    sync_version BIGINT NOT NULL DEFAULT 0,
    sync_floor BIGINT NOT NULL DEFAULT 0,
    stripe_customer TEXT,
    created_at BIGINT NOT NULL
);
CREATE TABLE refresh_families (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    device_name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES refresh_families(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id);
CREATE TABLE login_failures (
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures(subject, at);
CREATE TABLE usage_events (
    user_id TEXT NOT NULL REFERENCES users(id),
    event_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    tokens_in BIGINT NOT NULL,
    tokens_out BIGINT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (user_id, event_id)
);
CREATE INDEX usage_events_received ON usage_events(received_at);
CREATE TABLE usage_days (
    user_id TEXT NOT NULL REFERENCES users(id),
    day TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
);
CREATE TABLE sync_clients (
    user_id TEXT NOT NULL REFERENCES users(id),
    client_id TEXT NOT NULL,
    last_mutation_id BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
CREATE TABLE sync_rows (
    user_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    value TEXT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind, id)
);
CREATE INDEX sync_rows_version ON sync_rows(user_id, version);
CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    customer TEXT,
    price TEXT,
    tier TEXT NOT NULL,
    status TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    last_event_created BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE tier_changes (
    id {AUTO},
    user_id TEXT NOT NULL REFERENCES users(id),
    from_tier TEXT NOT NULL,
    to_tier TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE TABLE webhook_events (
    event_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    created BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    result TEXT NOT NULL
);
CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seats INTEGER NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL
);
CREATE TABLE org_members (
    org_id TEXT NOT NULL REFERENCES orgs(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE TABLE org_invites (
    token_hash TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    email TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_by TEXT
);
CREATE TABLE audit_log (
    id {AUTO},
    org_id TEXT,
    actor TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_org ON audit_log(org_id, id);
)SQL"},
};

QString forDialect(const char *sql, Dialect d)
{
    QString s = QString::fromUtf8(sql);
    s.replace(QStringLiteral("{AUTO}"), d == Dialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                             : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return s;
}

} // namespace

int latestSchemaVersion()
{
    return std::end(kSteps)[-1].version;
}

Result<int> currentSchemaVersion(Sql &sql)
{
    const bool exists = sql.dialect() == Dialect::Sqlite
        ? sql.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"))
              .valueOr({})
              .isValid()
        : sql.scalar(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")).valueOr({}).toBool();
    if (!exists)
        return 0;
    auto v = sql.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> migrate(DbPool &pool)
{
    return pool.transact<int>(true, [](Sql &sql) -> Result<int> {
        if (sql.dialect() == Dialect::Postgres) {
            // Several instances may start at once: one migrates, the others wait here.
            if (auto r = sql.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7707)")); !r)
                return r.error();
        }
        if (auto r = sql.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
            !r)
            return r.error();
        auto current = currentSchemaVersion(sql);
        if (!current)
            return current.error();
        int reached = *current;
        for (const Step &step : kSteps) {
            if (step.version <= reached)
                continue;
            const QStringList statements = forDialect(step.sql, sql.dialect()).split(u';', Qt::SkipEmptyParts);
            for (const QString &st : statements) {
                if (st.trimmed().isEmpty())
                    continue;
                if (auto r = sql.exec(st); !r)
                    return Error{r.error().code, QStringLiteral("migration %1: %2").arg(step.version).arg(r.error().message)};
            }
            if (auto r = sql.exec(QStringLiteral("INSERT INTO schema_migrations(version, applied_at) VALUES(?, ?)"),
                                  {step.version, QDateTime::currentMSecsSinceEpoch()});
                !r)
                return r.error();
            reached = step.version;
        }
        return reached;
    });
}

} // namespace ttc::server

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace ttc::test {

// A database for one server test: a fresh SQLite file, or a fresh database in the private PostgreSQL cluster
// that scripts/with-postgres started (TTC_TEST_PG_URL). Dropped in the destructor.
class TestDatabase
{
public:
    enum Backend { Sqlite, Postgres };
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    bool isAvailable() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString skipReason() const { return m_skip; }
    static QString backendName(Backend b) { return b == Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres"); }

private:
    Backend m_backend;
    QString m_url, m_skip, m_pgName, m_dir;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;
};

// A real ttc-server process on a free loopback port, with its data folder and environment.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    // Starts `ttc-server --listen 127.0.0.1:0 --db URL --migrate --data DIR` plus extra args; waits for LISTENING.
    bool start(const QString &dbUrl, const QStringList &extraArgs = {}, const QStringList &env = {});
    void terminate(); // SIGTERM and wait
    void kill();      // SIGKILL and wait: a crash at whatever it was doing
    // Starts it again as before: same database, data folder (keys) and port, so clients keep their URL and tokens.
    bool restart();
    void setEnvironment(const QStringList &env) { m_env = env; }  // for the next restart()
    bool waitForExit(int ms);
    int exitCode() const;
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QByteArray stderrText();
    QString dataDir() const { return m_dataDir; }

private:
    bool launch(const QString &listen);
    std::unique_ptr<QProcess> m_process;
    QString m_dbUrl;
    QStringList m_extraArgs, m_env;
    quint16 m_port = 0;
    QString m_dataDir;
    QByteArray m_err;
};

// Blocking HTTP for tests (spins a local event loop).
HttpResult http(const QString &method, const QString &url, const QByteArray &body = {},
                const QByteArray &bearer = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &contentType = "application/json", int timeoutMs = 60000);
HttpResult httpJson(const QString &method, const QString &url, const QJsonObject &body, const QByteArray &bearer = {});

// Many requests at once over one QNetworkAccessManager (which opens up to 6 connections per host) or several.
QList<HttpResult> httpParallel(const QList<std::tuple<QString, QString, QByteArray, QByteArray>> &requests, int managers = 8,
                               int timeoutMs = 120000);

} // namespace ttc::test

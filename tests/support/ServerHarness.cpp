#include "ServerHarness.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QThread>
#include <QUuid>

#include <csignal>

namespace ttc::test {

namespace {
QString pgAdminConnection()
{
    const QUrl u(qEnvironmentVariable("TTC_TEST_PG_URL"));
    const QString name = QStringLiteral("ttc-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QUrlQuery(u).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
    db.setUserName(u.userName());
    db.setDatabaseName(u.path().mid(1));
    return name;
}
} // namespace

TestDatabase::TestDatabase(Backend backend) : m_backend(backend)
{
    if (backend == Sqlite) {
        m_dir = QDir::tempPath() + QStringLiteral("/ttc-srv-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QDir().mkpath(m_dir);
        m_url = QStringLiteral("sqlite:") + m_dir + QStringLiteral("/server.db");
        return;
    }
    const QString base = qEnvironmentVariable("TTC_TEST_PG_URL");
    if (base.isEmpty()) {
        m_skip = QStringLiteral("TTC_TEST_PG_URL is not set (run through scripts/test-env or scripts/with-postgres)");
        return;
    }
    m_pgName = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString conn = pgAdminConnection();
    {
        QSqlDatabase db = QSqlDatabase::database(conn, false);
        if (!db.open()) {
            m_skip = QStringLiteral("cannot reach the test PostgreSQL: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_pgName))
                m_skip = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    if (m_skip.isEmpty()) {
        QUrl u(base);
        u.setPath(u'/' + m_pgName);
        m_url = u.toString();
    } else {
        m_pgName.clear();
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    if (!m_pgName.isEmpty()) {
        const QString conn = pgAdminConnection();
        {
            QSqlDatabase db = QSqlDatabase::database(conn, true);
            QSqlQuery q(db);
            (void)q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
    }
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QString HttpResult::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    if (!m_dataDir.isEmpty())
        QDir(m_dataDir).removeRecursively();
}

bool ServerProcess::start(const QString &dbUrl, const QStringList &extraArgs, const QStringList &env)
{
    m_dataDir = QDir::tempPath() + QStringLiteral("/ttc-srvdata-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QDir().mkpath(m_dataDir);
    m_dbUrl = dbUrl;
    m_extraArgs = extraArgs;
    m_env = env;
    return launch(QStringLiteral("127.0.0.1:0"));
}

bool ServerProcess::restart()
{
    if (m_dbUrl.isEmpty() || m_port == 0)
        return false;
    if (m_process && m_process->state() != QProcess::NotRunning)
        kill();
    const quint16 port = m_port;
    // The old socket may linger a moment after a kill: retry the same port briefly.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (launch(QStringLiteral("127.0.0.1:%1").arg(port)) && m_port == port)
            return true;
        QThread::msleep(100);
    }
    return false;
}

bool ServerProcess::launch(const QString &listen)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : m_env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    m_process->setProcessEnvironment(e);
    m_process->start(binary(QStringLiteral("ttc-server")),
                     QStringList{QStringLiteral("--listen"), listen, QStringLiteral("--db"), m_dbUrl,
                                 QStringLiteral("--migrate"), QStringLiteral("--data"), m_dataDir}
                         + m_extraArgs);
    if (!m_process->waitForStarted(20000))
        return false;
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 60000 && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        m_err += m_process->readAllStandardError();
        const qsizetype at = out.indexOf("LISTENING ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_port = quint16(out.mid(at + 10, out.indexOf('\n', at) - at - 10).trimmed().toUInt());
            return m_port != 0;
        }
    }
    m_err += m_process->readAllStandardError();
    qWarning("ttc-server did not start: %s", m_err.constData());
    return false;
}

void ServerProcess::terminate()
{
    if (m_process && m_process->state() == QProcess::Running)
        ::kill(pid_t(m_process->processId()), SIGTERM);
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() == QProcess::Running) {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }
}

bool ServerProcess::waitForExit(int ms)
{
    return !m_process || m_process->waitForFinished(ms);
}

int ServerProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray ServerProcess::stderrText()
{
    if (m_process)
        m_err += m_process->readAllStandardError();
    return m_err;
}

namespace {
QNetworkReply *send(QNetworkAccessManager &nam, const QString &method, const QString &url, const QByteArray &body,
                    const QByteArray &bearer, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType)
{
    QNetworkRequest req{QUrl(url)};
    if (!body.isEmpty() || method == u"POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    return nam.sendCustomRequest(req, method.toLatin1(), body);
}

HttpResult collect(QNetworkReply *reply)
{
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    return r;
}
} // namespace

HttpResult http(const QString &method, const QString &url, const QByteArray &body, const QByteArray &bearer,
                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &contentType, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = send(nam, method, url, body, bearer, headers, contentType);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r = reply->isFinished() ? collect(reply) : HttpResult{};
    reply->abort();
    reply->deleteLater();
    return r;
}

HttpResult httpJson(const QString &method, const QString &url, const QJsonObject &body, const QByteArray &bearer)
{
    return http(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer);
}

QList<HttpResult> httpParallel(const QList<std::tuple<QString, QString, QByteArray, QByteArray>> &requests, int managers, int timeoutMs)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < std::max(1, managers); ++i)
        nams.push_back(std::make_unique<QNetworkAccessManager>());
    QList<QNetworkReply *> replies;
    int pending = int(requests.size());
    QEventLoop loop;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const auto &[method, url, body, bearer] = requests[i];
        QNetworkReply *reply = send(*nams[size_t(i) % nams.size()], method, url, body, bearer, {}, "application/json");
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
        replies.append(reply);
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QList<HttpResult> out;
    for (QNetworkReply *reply : replies) {
        out.append(reply->isFinished() ? collect(reply) : HttpResult{});
        reply->abort();
        reply->deleteLater();
    }
    return out;
}

} // namespace ttc::test

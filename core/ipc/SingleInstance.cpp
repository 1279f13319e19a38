#include "ipc/SingleInstance.h"

#include "log/Logging.h"
#include "util/Profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace ttc {

namespace {
constexpr qint64 kMaxMessageBytes = 256 * 1024;
const QByteArray kAck = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(const Profile &profile, QObject *parent)
    : QObject(parent), m_serverName(profile.instanceKey()),
      m_lock(std::make_unique<QLockFile>(profile.dataDir() + QStringLiteral("/instance.lock")))
{
    // A lock left by a process that died is detected by its pid and taken over; never by age.
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::tryBecomePrimary()
{
    QDir().mkpath(QFileInfo(m_lock->fileName()).absolutePath());
    return m_lock->tryLock(0);
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket of that name is a leftover of a crashed run.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        if (error)
            *error = m_server->errorString();
        qCWarning(lcIpc) << "cannot listen for later launches:" << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessageBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine(kMaxMessageBytes);
            const QJsonObject msg = QJsonDocument::fromJson(line).object();
            QStringList args;
            for (const QJsonValue &v : msg.value(QStringLiteral("args")).toArray())
                args << v.toString();
            const QString cwd = msg.value(QStringLiteral("cwd")).toString();
            socket->write(kAck);
            socket->flush();
            socket->disconnectFromServer();
            qCInfo(lcIpc) << "a later launch handed over its arguments:" << args;
            Q_EMIT argumentsReceived(args, cwd);
        });
    }
}

bool SingleInstance::sendToPrimary(const QStringList &arguments, const QString &workingDirectory, int timeoutMs,
                                   QString *error)
{
    const QByteArray message =
        QJsonDocument(QJsonObject{{QStringLiteral("args"), QJsonArray::fromStringList(arguments)},
                                  {QStringLiteral("cwd"), workingDirectory}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    QElapsedTimer timer;
    timer.start();
    QString lastError;
    // The primary may still be starting (lock taken, not yet listening): retry until the deadline.
    while (timer.elapsed() < timeoutMs) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        const int left = int(qMax<qint64>(1, timeoutMs - timer.elapsed()));
        if (socket.waitForConnected(left)) {
            socket.write(message);
            if (socket.waitForBytesWritten(left)) {
                QByteArray reply;
                while (!reply.contains('\n') && socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
                    reply += socket.readAll();
                if (reply.startsWith(kAck))
                    return true;
            }
            lastError = socket.errorString();
        } else {
            lastError = socket.errorString();
        }
        QThread::msleep(50);
    }
    if (error)
        *error = lastError;
    return false;
}

} // namespace ttc

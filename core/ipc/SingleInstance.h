#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;

namespace ttc {

class Profile;

// One running app per profile. The first process takes a lock file in the profile and listens on a local socket
// named after it; a later launch finds the lock taken and hands its arguments to the first one over the socket.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const Profile &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Tries to become the running instance. Cheap, needs no QCoreApplication; call before creating one.
    bool tryBecomePrimary();

    // Primary only: starts listening for later launches. Needs the event loop.
    bool listen(QString *error = nullptr);

    // Secondary only: delivers args to the primary and waits for its acknowledgement. Blocks for at most
    // timeoutMs; meant for main() before any event loop runs.
    bool sendToPrimary(const QStringList &arguments, const QString &workingDirectory, int timeoutMs,
                       QString *error = nullptr);

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // A later launch's arguments (argv without argv[0]) and its working directory.
    void argumentsReceived(const QStringList &arguments, const QString &workingDirectory);

private:
    void onNewConnection();

    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace ttc

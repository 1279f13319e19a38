#pragma once

#include <QObject>

namespace ttc {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal delivered on the event loop (self-pipe), so a process can
// finish what it is doing and shut down in order. No-op on Windows.
class UnixSignals : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);
};

} // namespace ttc

#pragma once

#include "HoverBridge.h"

#include <QObject>
#include <QTimer>

namespace ttc::browser {

// Hover intent: a link counts as meant once the mouse has rested on it for the delay (browser/hoverDelayMs,
// 250 ms by default). Another link restarts the wait; leaving, scrolling or a key press cancel it.
class HoverIntent : public QObject
{
    Q_OBJECT

public:
    explicit HoverIntent(int delayMs = 250, QObject *parent = nullptr);

    void setDelay(int ms);
    int delay() const { return m_timer.interval(); }

    void hover(const HoverLink &link);
    void cancel();
    bool isPending() const { return m_timer.isActive(); }
    const HoverLink &pendingLink() const { return m_link; }

Q_SIGNALS:
    void intent(const ttc::browser::HoverLink &link);

private:
    QTimer m_timer;
    HoverLink m_link;
};

} // namespace ttc::browser

#include "HoverIntent.h"

#include <algorithm>

namespace ttc::browser {

HoverIntent::HoverIntent(int delayMs, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    setDelay(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT intent(m_link); });
}

void HoverIntent::setDelay(int ms)
{
    m_timer.setInterval(std::clamp(ms, 0, 5000));
}

void HoverIntent::hover(const HoverLink &link)
{
    // The same link reported again (e.g. re-entered from a child element) keeps the wait going.
    if (m_timer.isActive() && link.url == m_link.url) {
        m_link = link;
        return;
    }
    m_link = link;
    m_timer.start();
}

void HoverIntent::cancel()
{
    m_timer.stop();
}

} // namespace ttc::browser

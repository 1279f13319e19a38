#include "BrowserTab.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QMenu>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>

namespace ttc::browser {

BrowserTab::BrowserTab(QWebEngineProfile *profile, QWidget *parent) : QWebEngineView(parent)
{
    auto *page = new QWebEnginePage(profile, this);
    setPage(page);
    m_channel = new QWebChannel(page);
    m_bridge = new HoverBridge([this](const HoverLink &link) { Q_EMIT linkHovered(link); },
                               [this] { Q_EMIT linkLeft(); }, m_channel);
    m_channel->registerObject(QLatin1String(kHoverBridgeName), m_bridge);
    // Only the isolated world of our own script gets the transport: the page's scripts never see the bridge.
    page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    connect(this, &QWebEngineView::loadStarted, this, [this] {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    });
    connect(this, &QWebEngineView::loadFinished, this, [this] {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    });
}

BrowserTab::~BrowserTab() = default;

bool BrowserTab::event(QEvent *event)
{
    // The mouse left the page (for the toolbar, another window): whatever link it was on is left too. Qt also sends
    // a Leave when a widget elsewhere is shown (a thumbnail rendering offscreen), so the pointer's place decides.
    if (event->type() == QEvent::Leave && !rect().contains(mapFromGlobal(QCursor::pos())))
        Q_EMIT linkLeft();
    return QWebEngineView::event(event);
}

QWebEngineView *BrowserTab::createWindow(QWebEnginePage::WebWindowType type)
{
    Q_UNUSED(type)
    return m_newTab ? m_newTab() : nullptr;
}

void BrowserTab::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose, true);
    menu->popup(event->globalPos());
}

} // namespace ttc::browser

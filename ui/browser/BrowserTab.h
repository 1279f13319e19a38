#pragma once

#include "HoverBridge.h"

#include <QWebEngineView>

#include <functional>

class QAction;
class QWebChannel;
class QWebEngineProfile;

namespace ttc::browser {

// One tab: a web view whose page carries the hover bridge on its isolated script world.
class BrowserTab : public QWebEngineView
{
    Q_OBJECT

public:
    BrowserTab(QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~BrowserTab() override;

    HoverBridge *hoverBridge() const { return m_bridge; }
    // Where pages' window.open() and target=_blank links go; without it they are refused.
    void setNewTabFactory(std::function<BrowserTab *()> factory) { m_newTab = std::move(factory); }
    // Actions of the window appended to the page's context menu (e.g. the site's link previews).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    // Between loadStarted and loadFinished.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void linkHovered(const ttc::browser::HoverLink &link);
    void linkLeft();
    void loadingChanged(bool loading);

protected:
    bool event(QEvent *event) override;
    QWebEngineView *createWindow(QWebEnginePage::WebWindowType type) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QWebChannel *m_channel = nullptr;
    HoverBridge *m_bridge = nullptr;
    std::function<BrowserTab *()> m_newTab;
    QList<QAction *> m_contextActions;
    bool m_loading = false;
};

} // namespace ttc::browser

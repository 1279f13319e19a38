#pragma once

#include "HoverBridge.h"

#include <QWebEngineView>

#include <functional>

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

Q_SIGNALS:
    void linkHovered(const ttc::browser::HoverLink &link);
    void linkLeft();

protected:
    bool event(QEvent *event) override;
    QWebEngineView *createWindow(QWebEnginePage::WebWindowType type) override;

private:
    QWebChannel *m_channel = nullptr;
    HoverBridge *m_bridge = nullptr;
    std::function<BrowserTab *()> m_newTab;
};

} // namespace ttc::browser

#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QRect>

#include <memory>

class QQmlApplicationEngine;
class QScreen;

namespace ttc {
class Settings;
}

namespace ttc::chat {

class ChatController;

// Keeps the QML module TtcChat (types and files) linked into the calling binary.
void ensureQmlModuleLinked();

// The QML window around a ChatController: built on first show, remembers its size and position per screen
// (chat/windowGeometry), stays on top when asked (chat/alwaysOnTop), hides instead of closing.
// Env TTC_EXIT_ON_FIRST_FRAME quits the application once the first frame is on screen (benchmarks).
class ChatWindow : public QObject
{
    Q_OBJECT

public:
    ChatWindow(ChatController &controller, Settings &settings, QObject *parent = nullptr);
    ~ChatWindow() override;

    void show();
    void hide();
    bool isVisible() const;
    QQuickWindow *window() const { return m_window; }
    void saveGeometry();

    // The key under which a screen's geometry is remembered: name and size, so a different monitor on the same
    // connector does not inherit a position that no longer fits.
    static QString screenKey(const QScreen *screen);
    // Where the window goes on a screen with available area `available`: the saved rect if it still fits (moved
    // inside if needed), else a default size at the right edge.
    static QRect placement(const QRect &saved, const QRect &available);

Q_SIGNALS:
    void firstFrameSwapped();
    void visibleChanged(bool visible);

private:
    void create();
    void applyAlwaysOnTop();

    ChatController &m_controller;
    Settings &m_settings;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QPointer<QQuickWindow> m_window;
    bool m_firstFrame = false;
};

} // namespace ttc::chat

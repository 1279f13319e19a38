#pragma once

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

#include <functional>

class QAction;
class QMenu;
class QTimer;

namespace ttc {

// The tray icon and its menu. Features add their entries to the "features" section when they exist; the
// menu's fixed tail is "Start at login", "About" and "Quit".
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    void show();
    bool isReady() const { return m_ready; }
    QRect iconGeometry() const;

    // Inserts an entry above the fixed tail. The first action marked primary also runs on a left click.
    void addFeatureAction(QAction *action, bool primary = false);
    QMenu *menu() const { return m_menu; }
    // Inserts an entry in the preferences part of the fixed tail (after "Start at login", before "About").
    void addPreferenceAction(QAction *action);

    // The "Start at login" entry reflects and changes this state through the callbacks.
    void setAutostartHandlers(std::function<bool()> isEnabled, std::function<bool(bool)> setEnabled);

    void showMessage(const QString &title, const QString &text,
                     QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information, int msecs = 6000);

Q_SIGNALS:
    // The icon is visible in a system tray: embedded (X11), registered (StatusNotifier) or shown (Windows, macOS).
    void ready();
    void quitRequested();
    void aboutRequested();

private:
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void markReady();
    void waitForTray();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_featureEnd = nullptr;   // separator before the fixed tail
    QAction *m_autostart = nullptr;
    QAction *m_about = nullptr;
    QPointer<QAction> m_primary;
    QTimer *m_poll = nullptr;      // gives up waiting for the tray host's paint
    std::function<bool()> m_autostartEnabled;
    std::function<bool(bool)> m_setAutostart;
    bool m_ready = false;
};

} // namespace ttc

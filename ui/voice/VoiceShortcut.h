#pragma once

#include "voice/GlobalHotkey.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;

namespace ttc {

class CompanionApp;

// The part of voice that lives in the executable: the global shortcut (setting voice/hotkey, default
// Ctrl+Alt+Space) and the tray's Voice menu. Everything that records, recognizes or speaks is in the voice feature
// module, loaded on the first press (and warmed in the background a little after start-up so that the first press
// does not wait for it).
class VoiceShortcut : public QObject
{
    Q_OBJECT

public:
    explicit VoiceShortcut(CompanionApp &app);
    ~VoiceShortcut() override;

    // Registers the shortcut from the settings; reports problems in the tray.
    void start();
    // What the shortcut and `tooltip-companion --voice` do: start a voice query, or stop the running one.
    void trigger();

    QString backendName() const;
    // The registered shortcut, or empty when none is active.
    QString activeShortcut() const { return m_active; }

Q_SIGNALS:
    void shortcutChanged(const QString &shortcut);
    void shortcutFailed(const QString &message);

private:
    void apply(const QString &text);
    void chooseShortcut();
    void updateMenu();

    CompanionApp &m_app;
    std::unique_ptr<GlobalHotkey> m_hotkey;
    QString m_active;
    QMenu *m_menu = nullptr;
    QAction *m_talk = nullptr;
};

} // namespace ttc

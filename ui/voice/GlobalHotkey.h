#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ttc {

// A key combination as the settings spell it ("Ctrl+Alt+Space"), reduced to what every backend needs.
struct HotkeySpec
{
    enum Modifier : unsigned { Ctrl = 1, Alt = 2, Shift = 4, Meta = 8 };
    unsigned modifiers = 0;
    QString key;          // normalized: "Space", "A".."Z", "0".."9", "F1".."F24", "Return", "Escape", …
    quint32 keysym = 0;   // X11 keysym of the key (also what the other backends translate from)

    bool isValid() const { return keysym != 0 && modifiers != 0; }
    QString toString() const;
    bool operator==(const HotkeySpec &) const = default;
};

// Parses "Ctrl+Alt+Space", "ctrl+shift+v", "Meta+F9". A global shortcut needs at least one modifier.
Result<HotkeySpec> parseHotkey(const QString &text);

// One system-wide shortcut. Backends: X11 (xcb_grab_key on the root window), Windows (RegisterHotKey), macOS
// (RegisterEventHotKey) in the executable; Wayland (xdg-desktop-portal GlobalShortcuts) in the voice module.
class GlobalHotkey : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Replaces any earlier registration. Error codes: "hotkey_taken" (another program has it; the message says to
    // pick another), "hotkey_unsupported" (this session cannot grab keys; the message says what to do instead),
    // "hotkey_invalid".
    virtual Result<void> setShortcut(const HotkeySpec &spec) = 0;
    virtual void clear() = 0;
    virtual QString backendName() const = 0;

    // The backend for this session, or nullptr when it has none in the executable (Wayland: the voice module).
    static std::unique_ptr<GlobalHotkey> createForPlatform(QObject *parent = nullptr);

Q_SIGNALS:
    void activated();
};

} // namespace ttc

#pragma once

#include "voice/GlobalHotkey.h"

#include <QAbstractNativeEventFilter>
#include <QList>

namespace ttc {

// xcb_grab_key on the root window, once per lock-key state (none, CapsLock, NumLock, both) so that the shortcut
// works whatever the lock keys are; key presses arrive through a native event filter.
class X11GlobalHotkey final : public GlobalHotkey, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    explicit X11GlobalHotkey(QObject *parent = nullptr);
    ~X11GlobalHotkey() override;

    Result<void> setShortcut(const HotkeySpec &spec) override;
    void clear() override;
    QString backendName() const override { return QStringLiteral("x11"); }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    quint8 m_keycode = 0;
    quint16 m_modifiers = 0;
    quint32 m_lastReleaseTime = 0;
};

} // namespace ttc

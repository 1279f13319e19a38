#pragma once

#include "voice/GlobalHotkey.h"

#include <QAbstractNativeEventFilter>

namespace ttc {

// RegisterHotKey on the GUI thread's message queue; WM_HOTKEY arrives through a native event filter.
class WinGlobalHotkey final : public GlobalHotkey, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    explicit WinGlobalHotkey(QObject *parent = nullptr);
    ~WinGlobalHotkey() override;
    Result<void> setShortcut(const HotkeySpec &spec) override;
    void clear() override;
    QString backendName() const override { return QStringLiteral("windows"); }
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    bool m_registered = false;
};

} // namespace ttc

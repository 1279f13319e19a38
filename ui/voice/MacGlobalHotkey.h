#pragma once

#include "voice/GlobalHotkey.h"

namespace ttc {

// Carbon RegisterEventHotKey: needs no Accessibility or Input Monitoring permission.
class MacGlobalHotkey final : public GlobalHotkey
{
    Q_OBJECT

public:
    explicit MacGlobalHotkey(QObject *parent = nullptr);
    ~MacGlobalHotkey() override;
    Result<void> setShortcut(const HotkeySpec &spec) override;
    void clear() override;
    QString backendName() const override { return QStringLiteral("macos"); }

    void fire() { Q_EMIT activated(); }

private:
    void *m_ref = nullptr;      // EventHotKeyRef
    void *m_handler = nullptr;  // EventHandlerRef
};

} // namespace ttc

#include "voice/WinGlobalHotkey.h"

#include <QCoreApplication>

#include <windows.h>

namespace ttc {

namespace {

constexpr int kHotkeyId = 0x7c01;  // application ids are 0x0000–0xBFFF

UINT virtualKey(const HotkeySpec &spec)
{
    const quint32 s = spec.keysym;
    if (s >= 'a' && s <= 'z')
        return UINT(s - 'a' + 'A');
    if (s >= '0' && s <= '9')
        return UINT(s);
    if (s >= 0xffbe && s <= 0xffbe + 23)
        return UINT(VK_F1 + (s - 0xffbe));
    switch (s) {
    case 0x0020: return VK_SPACE;
    case 0xff0d: return VK_RETURN;
    case 0xff1b: return VK_ESCAPE;
    case 0xff09: return VK_TAB;
    case 0xff08: return VK_BACK;
    case 0xff63: return VK_INSERT;
    case 0xffff: return VK_DELETE;
    case 0xff50: return VK_HOME;
    case 0xff57: return VK_END;
    case 0xff55: return VK_PRIOR;
    case 0xff56: return VK_NEXT;
    case 0xff51: return VK_LEFT;
    case 0xff52: return VK_UP;
    case 0xff53: return VK_RIGHT;
    case 0xff54: return VK_DOWN;
    case 0xff13: return VK_PAUSE;
    case 0xff61: return VK_SNAPSHOT;
    default: return 0;
    }
}

} // namespace

WinGlobalHotkey::WinGlobalHotkey(QObject *parent) : GlobalHotkey(parent)
{
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WinGlobalHotkey::~WinGlobalHotkey()
{
    clear();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

Result<void> WinGlobalHotkey::setShortcut(const HotkeySpec &spec)
{
    clear();
    const UINT vk = virtualKey(spec);
    if (!vk)
        return Error{QStringLiteral("hotkey_invalid"),
                     QCoreApplication::translate("ttc::GlobalHotkey", "Windows has no key for %1.").arg(spec.toString())};
    UINT mods = MOD_NOREPEAT;
    if (spec.modifiers & HotkeySpec::Ctrl)
        mods |= MOD_CONTROL;
    if (spec.modifiers & HotkeySpec::Alt)
        mods |= MOD_ALT;
    if (spec.modifiers & HotkeySpec::Shift)
        mods |= MOD_SHIFT;
    if (spec.modifiers & HotkeySpec::Meta)
        mods |= MOD_WIN;
    if (!RegisterHotKey(nullptr, kHotkeyId, mods, vk)) {
        return Error{QStringLiteral("hotkey_taken"),
                     QCoreApplication::translate("ttc::GlobalHotkey", "%1 is already used by another program. Choose "
                                                                      "another voice shortcut in the tray menu under "
                                                                      "Voice.")
                         .arg(spec.toString())};
    }
    m_registered = true;
    return {};
}

void WinGlobalHotkey::clear()
{
    if (m_registered)
        UnregisterHotKey(nullptr, kHotkeyId);
    m_registered = false;
}

bool WinGlobalHotkey::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (eventType != "windows_generic_MSG")
        return false;
    const MSG *msg = static_cast<const MSG *>(message);
    if (msg->message != WM_HOTKEY || msg->wParam != kHotkeyId)
        return false;
    Q_EMIT activated();
    return true;
}

} // namespace ttc

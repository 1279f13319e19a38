#include "voice/MacGlobalHotkey.h"

#include <QCoreApplication>

#include <Carbon/Carbon.h>

namespace ttc {

namespace {

constexpr OSType kSignature = 'TTCv';

UInt32 macKeyCode(quint32 keysym)
{
    // ANSI virtual key codes (Events.h).
    static const UInt32 letters[26] = {kVK_ANSI_A, kVK_ANSI_B, kVK_ANSI_C, kVK_ANSI_D, kVK_ANSI_E, kVK_ANSI_F,
                                       kVK_ANSI_G, kVK_ANSI_H, kVK_ANSI_I, kVK_ANSI_J, kVK_ANSI_K, kVK_ANSI_L,
                                       kVK_ANSI_M, kVK_ANSI_N, kVK_ANSI_O, kVK_ANSI_P, kVK_ANSI_Q, kVK_ANSI_R,
                                       kVK_ANSI_S, kVK_ANSI_T, kVK_ANSI_U, kVK_ANSI_V, kVK_ANSI_W, kVK_ANSI_X,
                                       kVK_ANSI_Y, kVK_ANSI_Z};
    static const UInt32 digits[10] = {kVK_ANSI_0, kVK_ANSI_1, kVK_ANSI_2, kVK_ANSI_3, kVK_ANSI_4,
                                      kVK_ANSI_5, kVK_ANSI_6, kVK_ANSI_7, kVK_ANSI_8, kVK_ANSI_9};
    static const UInt32 fkeys[12] = {kVK_F1, kVK_F2, kVK_F3, kVK_F4, kVK_F5, kVK_F6,
                                     kVK_F7, kVK_F8, kVK_F9, kVK_F10, kVK_F11, kVK_F12};
    if (keysym >= 'a' && keysym <= 'z')
        return letters[keysym - 'a'];
    if (keysym >= '0' && keysym <= '9')
        return digits[keysym - '0'];
    if (keysym >= 0xffbe && keysym < 0xffbe + 12)
        return fkeys[keysym - 0xffbe];
    switch (keysym) {
    case 0x0020: return kVK_Space;
    case 0xff0d: return kVK_Return;
    case 0xff1b: return kVK_Escape;
    case 0xff09: return kVK_Tab;
    case 0xff08: return kVK_Delete;
    case 0xffff: return kVK_ForwardDelete;
    case 0xff50: return kVK_Home;
    case 0xff57: return kVK_End;
    case 0xff55: return kVK_PageUp;
    case 0xff56: return kVK_PageDown;
    case 0xff51: return kVK_LeftArrow;
    case 0xff52: return kVK_UpArrow;
    case 0xff53: return kVK_RightArrow;
    case 0xff54: return kVK_DownArrow;
    default: return UINT32_MAX;
    }
}

OSStatus onHotKey(EventHandlerCallRef, EventRef, void *userData)
{
    static_cast<MacGlobalHotkey *>(userData)->fire();
    return noErr;
}

} // namespace

MacGlobalHotkey::MacGlobalHotkey(QObject *parent) : GlobalHotkey(parent)
{
    EventTypeSpec spec{kEventClassKeyboard, kEventHotKeyPressed};
    EventHandlerRef handler = nullptr;
    InstallApplicationEventHandler(&onHotKey, 1, &spec, this, &handler);
    m_handler = handler;
}

MacGlobalHotkey::~MacGlobalHotkey()
{
    clear();
    if (m_handler)
        RemoveEventHandler(static_cast<EventHandlerRef>(m_handler));
}

Result<void> MacGlobalHotkey::setShortcut(const HotkeySpec &spec)
{
    clear();
    const UInt32 code = macKeyCode(spec.keysym);
    if (code == UINT32_MAX)
        return Error{QStringLiteral("hotkey_invalid"),
                     QCoreApplication::translate("ttc::GlobalHotkey", "macOS has no key for %1.").arg(spec.toString())};
    UInt32 mods = 0;
    if (spec.modifiers & HotkeySpec::Ctrl)
        mods |= controlKey;
    if (spec.modifiers & HotkeySpec::Alt)
        mods |= optionKey;
    if (spec.modifiers & HotkeySpec::Shift)
        mods |= shiftKey;
    if (spec.modifiers & HotkeySpec::Meta)
        mods |= cmdKey;
    EventHotKeyRef ref = nullptr;
    const OSStatus status = RegisterEventHotKey(code, mods, EventHotKeyID{kSignature, 1}, GetApplicationEventTarget(),
                                                0, &ref);
    if (status != noErr)
        return Error{QStringLiteral("hotkey_taken"),
                     QCoreApplication::translate("ttc::GlobalHotkey", "%1 is already used by another program. Choose "
                                                                      "another voice shortcut in the tray menu under "
                                                                      "Voice.")
                         .arg(spec.toString())};
    m_ref = ref;
    return {};
}

void MacGlobalHotkey::clear()
{
    if (m_ref)
        UnregisterEventHotKey(static_cast<EventHotKeyRef>(m_ref));
    m_ref = nullptr;
}

} // namespace ttc

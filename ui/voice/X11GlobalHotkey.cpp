#include "voice/X11GlobalHotkey.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <xcb/xcb.h>

#include <cstdlib>

namespace ttc {

namespace {


xcb_connection_t *connection()
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    return x11 ? x11->connection() : nullptr;
}

xcb_window_t rootWindow(xcb_connection_t *c)
{
    return xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
}

constexpr quint16 kLockVariants[] = {0, XCB_MOD_MASK_LOCK, XCB_MOD_MASK_2, XCB_MOD_MASK_LOCK | XCB_MOD_MASK_2};
constexpr quint16 kIgnoredState = XCB_MOD_MASK_LOCK | XCB_MOD_MASK_2 | 0xff00;  // lock keys and mouse buttons

quint8 keycodeFor(xcb_connection_t *c, quint32 keysym)
{
    const xcb_setup_t *setup = xcb_get_setup(c);
    const quint8 first = setup->min_keycode;
    const int count = setup->max_keycode - first + 1;
    xcb_get_keyboard_mapping_reply_t *reply =
        xcb_get_keyboard_mapping_reply(c, xcb_get_keyboard_mapping(c, first, quint8(count)), nullptr);
    if (!reply)
        return 0;
    const xcb_keysym_t *syms = xcb_get_keyboard_mapping_keysyms(reply);
    const int per = reply->keysyms_per_keycode;
    quint8 found = 0;
    for (int k = 0; k < count && !found; ++k)
        for (int j = 0; j < per; ++j)
            if (syms[k * per + j] == keysym) {
                found = quint8(first + k);
                break;
            }
    std::free(reply);
    return found;
}

} // namespace

X11GlobalHotkey::X11GlobalHotkey(QObject *parent) : GlobalHotkey(parent)
{
    QCoreApplication::instance()->installNativeEventFilter(this);
}

X11GlobalHotkey::~X11GlobalHotkey()
{
    clear();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

Result<void> X11GlobalHotkey::setShortcut(const HotkeySpec &spec)
{
    clear();
    xcb_connection_t *c = connection();
    if (!c)
        return Error{QStringLiteral("hotkey_unsupported"), tr("This session has no X11 connection.")};
    if (!spec.isValid())
        return Error{QStringLiteral("hotkey_invalid"), tr("The shortcut is not complete.")};
    const quint8 keycode = keycodeFor(c, spec.keysym);
    if (!keycode)
        return Error{QStringLiteral("hotkey_invalid"),
                     tr("The keyboard layout has no key for %1.").arg(spec.toString())};
    quint16 mods = 0;
    if (spec.modifiers & HotkeySpec::Ctrl)
        mods |= XCB_MOD_MASK_CONTROL;
    if (spec.modifiers & HotkeySpec::Alt)
        mods |= XCB_MOD_MASK_1;
    if (spec.modifiers & HotkeySpec::Shift)
        mods |= XCB_MOD_MASK_SHIFT;
    if (spec.modifiers & HotkeySpec::Meta)
        mods |= XCB_MOD_MASK_4;

    const xcb_window_t root = rootWindow(c);
    xcb_void_cookie_t cookies[std::size(kLockVariants)];
    for (size_t i = 0; i < std::size(kLockVariants); ++i)
        cookies[i] = xcb_grab_key_checked(c, 1, root, quint16(mods | kLockVariants[i]), keycode,
                                          XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC);
    bool taken = false;
    for (xcb_void_cookie_t cookie : cookies) {
        if (xcb_generic_error_t *e = xcb_request_check(c, cookie)) {
            taken = true;  // BadAccess: another client grabbed it
            std::free(e);
        }
    }
    if (taken) {
        for (quint16 v : kLockVariants)
            xcb_ungrab_key(c, keycode, root, quint16(mods | v));
        xcb_flush(c);
        return Error{QStringLiteral("hotkey_taken"),
                     tr("%1 is already used by another program. Choose another voice shortcut in the tray menu "
                        "under Voice.")
                         .arg(spec.toString())};
    }
    xcb_flush(c);
    m_keycode = keycode;
    m_modifiers = mods;
    return {};
}

void X11GlobalHotkey::clear()
{
    if (!m_keycode)
        return;
    if (xcb_connection_t *c = connection()) {
        const xcb_window_t root = rootWindow(c);
        for (quint16 v : kLockVariants)
            xcb_ungrab_key(c, m_keycode, root, quint16(m_modifiers | v));
        xcb_flush(c);
    }
    m_keycode = 0;
}

bool X11GlobalHotkey::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (!m_keycode || eventType != "xcb_generic_event_t")
        return false;
    auto *ev = static_cast<xcb_generic_event_t *>(message);
    const quint8 type = ev->response_type & 0x7f;
    if (type != XCB_KEY_PRESS && type != XCB_KEY_RELEASE)
        return false;
    auto *key = reinterpret_cast<xcb_key_press_event_t *>(ev);
    if (key->detail != m_keycode || (key->state & ~kIgnoredState) != m_modifiers)
        return false;
    // Holding the keys auto-repeats as release+press pairs with one timestamp: only a fresh press counts.
    if (type == XCB_KEY_RELEASE) {
        m_lastReleaseTime = key->time;
        return true;
    }
    if (key->time != m_lastReleaseTime)
        Q_EMIT activated();
    return true;
}

} // namespace ttc

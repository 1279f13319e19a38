#include "voice/GlobalHotkey.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QStringList>

#if defined(TTC_HAVE_XCB)
#include "voice/X11GlobalHotkey.h"
#endif
#if defined(Q_OS_WIN)
#include "voice/WinGlobalHotkey.h"
#endif
#if defined(Q_OS_MACOS)
#include "voice/MacGlobalHotkey.h"
#endif

namespace ttc {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc", text);
}

struct NamedKey
{
    const char *name;
    quint32 keysym;
};

// X11 keysyms (X11/keysymdef.h) of the keys a shortcut may end in besides letters, digits and F-keys.
constexpr NamedKey kNamedKeys[] = {
    {"Space", 0x0020}, {"Return", 0xff0d}, {"Enter", 0xff0d}, {"Escape", 0xff1b}, {"Esc", 0xff1b},
    {"Tab", 0xff09},   {"Backspace", 0xff08}, {"Insert", 0xff63}, {"Delete", 0xffff}, {"Home", 0xff50},
    {"End", 0xff57},   {"PgUp", 0xff55}, {"PageUp", 0xff55}, {"PgDown", 0xff56}, {"PageDown", 0xff56},
    {"Left", 0xff51},  {"Up", 0xff52}, {"Right", 0xff53}, {"Down", 0xff54}, {"Pause", 0xff13},
    {"Print", 0xff61},
};

} // namespace

QString HotkeySpec::toString() const
{
    QStringList parts;
    if (modifiers & Ctrl)
        parts << QStringLiteral("Ctrl");
    if (modifiers & Alt)
        parts << QStringLiteral("Alt");
    if (modifiers & Shift)
        parts << QStringLiteral("Shift");
    if (modifiers & Meta)
        parts << QStringLiteral("Meta");
    parts << key;
    return parts.join(QLatin1Char('+'));
}

Result<HotkeySpec> parseHotkey(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    HotkeySpec spec;
    auto invalid = [&](const QString &why) {
        return Error{QStringLiteral("hotkey_invalid"), tr("\"%1\" is not a usable shortcut: %2").arg(text, why)};
    };
    if (parts.isEmpty())
        return invalid(tr("it is empty"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString p = parts.at(i).trimmed();
        const QString l = p.toLower();
        const bool last = i == parts.size() - 1;
        if (!last) {
            if (l == QLatin1String("ctrl") || l == QLatin1String("control"))
                spec.modifiers |= HotkeySpec::Ctrl;
            else if (l == QLatin1String("alt") || l == QLatin1String("option"))
                spec.modifiers |= HotkeySpec::Alt;
            else if (l == QLatin1String("shift"))
                spec.modifiers |= HotkeySpec::Shift;
            else if (l == QLatin1String("meta") || l == QLatin1String("super") || l == QLatin1String("win") ||
                     l == QLatin1String("cmd"))
                spec.modifiers |= HotkeySpec::Meta;
            else
                return invalid(tr("unknown modifier \"%1\"").arg(p));
            continue;
        }
        if (p.size() == 1 && p.at(0).isLetterOrNumber() && p.at(0).unicode() < 128) {
            spec.key = p.toUpper();
            spec.keysym = p.at(0).toLower().unicode();
        } else if (l.startsWith(QLatin1Char('f')) && l.size() <= 3 && l.mid(1).toInt() >= 1 && l.mid(1).toInt() <= 24) {
            const int n = l.mid(1).toInt();
            spec.key = QStringLiteral("F%1").arg(n);
            spec.keysym = 0xffbe + quint32(n - 1);
        } else {
            for (const NamedKey &k : kNamedKeys) {
                if (l == QString::fromLatin1(k.name).toLower()) {
                    spec.key = QString::fromLatin1(k.name);
                    spec.keysym = k.keysym;
                    break;
                }
            }
        }
        if (!spec.keysym)
            return invalid(tr("unknown key \"%1\"").arg(p));
    }
    if (!spec.modifiers)
        return invalid(tr("a global shortcut needs Ctrl, Alt, Shift or Meta"));
    return spec;
}

std::unique_ptr<GlobalHotkey> GlobalHotkey::createForPlatform(QObject *parent)
{
#if defined(TTC_HAVE_XCB)
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        return std::make_unique<X11GlobalHotkey>(parent);
#endif
#if defined(Q_OS_WIN)
    return std::make_unique<WinGlobalHotkey>(parent);
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacGlobalHotkey>(parent);
#else
    Q_UNUSED(parent)
    return nullptr;
#endif
}

} // namespace ttc

#include "Theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>

namespace ttc::chat {

Theme::Theme(QObject *parent) : QObject(parent), m_systemDark(systemIsDark())
{
    qApp->installEventFilter(this);
}

void Theme::setAppearance(const QString &appearance)
{
    const QString a = appearance == QLatin1String("light") || appearance == QLatin1String("dark")
                          ? appearance
                          : QStringLiteral("system");
    if (a == m_appearance)
        return;
    m_appearance = a;
    Q_EMIT changed();
}

bool Theme::isDark() const
{
    if (m_appearance == QLatin1String("dark"))
        return true;
    if (m_appearance == QLatin1String("light"))
        return false;
    return m_systemDark;
}

bool Theme::systemIsDark()
{
    // Qt 6.4 has no colour-scheme hint; platform themes (GTK, KDE, Windows, macOS) deliver dark palettes, and a GTK
    // theme can be forced dark by name.
    const QString gtk = qEnvironmentVariable("GTK_THEME");
    if (gtk.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive) || gtk.contains(QLatin1String("-dark"), Qt::CaseInsensitive))
        return true;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
        const bool dark = systemIsDark();
        if (dark != m_systemDark) {
            m_systemDark = dark;
            if (m_appearance == QLatin1String("system"))
                Q_EMIT changed();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ttc::chat

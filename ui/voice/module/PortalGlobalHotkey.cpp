#include "PortalGlobalHotkey.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDBusVariant>
#include <QRandomGenerator>

namespace ttc {

namespace {

constexpr char kService[] = "org.freedesktop.portal.Desktop";
constexpr char kPath[] = "/org/freedesktop/portal/desktop";
constexpr char kInterface[] = "org.freedesktop.portal.GlobalShortcuts";
constexpr char kShortcutId[] = "voice-query";

using Shortcut = QPair<QString, QVariantMap>;

// The portal's trigger syntax (shortcuts XDG spec): "CTRL+ALT+space".
QString portalTrigger(const HotkeySpec &spec)
{
    QStringList parts;
    if (spec.modifiers & HotkeySpec::Ctrl)
        parts << QStringLiteral("CTRL");
    if (spec.modifiers & HotkeySpec::Alt)
        parts << QStringLiteral("ALT");
    if (spec.modifiers & HotkeySpec::Shift)
        parts << QStringLiteral("SHIFT");
    if (spec.modifiers & HotkeySpec::Meta)
        parts << QStringLiteral("LOGO");
    parts << (spec.key.size() == 1 ? spec.key.toLower() : spec.key.toLower());
    return parts.join(QLatin1Char('+'));
}

} // namespace

PortalGlobalHotkey::PortalGlobalHotkey(QObject *parent) : GlobalHotkey(parent)
{
    qDBusRegisterMetaType<Shortcut>();
    qDBusRegisterMetaType<QList<Shortcut>>();
    QDBusConnection::sessionBus().connect(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                          QString::fromLatin1(kInterface), QStringLiteral("Activated"), this,
                                          SLOT(onActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
}

bool PortalGlobalHotkey::isAvailable()
{
    QDBusMessage get = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << QString::fromLatin1(kInterface) << QStringLiteral("version");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 2000);
    return reply.type() == QDBusMessage::ReplyMessage;
}

QString PortalGlobalHotkey::fallbackInstructions(const HotkeySpec &spec)
{
    return tr("This desktop does not let applications register global shortcuts. To ask by voice with %1, add a "
              "custom shortcut in your desktop's keyboard settings that runs:\n    tooltip-companion --voice")
        .arg(spec.toString());
}

QString PortalGlobalHotkey::requestPath(const QString &token) const
{
    QString sender = QDBusConnection::sessionBus().baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token);
}

Result<void> PortalGlobalHotkey::setShortcut(const HotkeySpec &spec)
{
    m_spec = spec;
    if (!isAvailable())
        return Error{QStringLiteral("hotkey_unsupported"), fallbackInstructions(spec)};
    const QString token = QStringLiteral("ttc%1").arg(QRandomGenerator::global()->generate());
    QDBusConnection::sessionBus().connect(QString::fromLatin1(kService), requestPath(token),
                                          QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"),
                                          this, SLOT(onSessionCreated(uint, QVariantMap)));
    QDBusMessage create = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                         QString::fromLatin1(kInterface), QStringLiteral("CreateSession"));
    create << QVariantMap{{QStringLiteral("handle_token"), token},
                          {QStringLiteral("session_handle_token"), QStringLiteral("ttcvoice")}};
    const QDBusMessage reply = QDBusConnection::sessionBus().call(create, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return Error{QStringLiteral("hotkey_unsupported"), fallbackInstructions(spec)};
    return {};  // bound when the session is created (onSessionCreated)
}

void PortalGlobalHotkey::onSessionCreated(uint response, const QVariantMap &results)
{
    if (response != 0)
        return;
    m_session = results.value(QStringLiteral("session_handle")).toString();
    QList<Shortcut> shortcuts{{QString::fromLatin1(kShortcutId),
                               QVariantMap{{QStringLiteral("description"), tr("Ask ToolTip Companion by voice")},
                                           {QStringLiteral("preferred_trigger"), portalTrigger(m_spec)}}}};
    QDBusMessage bind = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                       QString::fromLatin1(kInterface), QStringLiteral("BindShortcuts"));
    bind << QVariant::fromValue(QDBusObjectPath(m_session)) << QVariant::fromValue(shortcuts) << QString()
         << QVariantMap{{QStringLiteral("handle_token"), QStringLiteral("ttcbind")}};
    QDBusConnection::sessionBus().asyncCall(bind);
}

void PortalGlobalHotkey::onActivated(const QDBusObjectPath &session, const QString &shortcutId, qulonglong,
                                     const QVariantMap &)
{
    if (session.path() == m_session && shortcutId == QLatin1String(kShortcutId))
        Q_EMIT activated();
}

void PortalGlobalHotkey::clear()
{
    if (m_session.isEmpty())
        return;
    QDBusConnection::sessionBus().asyncCall(QDBusMessage::createMethodCall(
        QString::fromLatin1(kService), m_session, QStringLiteral("org.freedesktop.portal.Session"),
        QStringLiteral("Close")));
    m_session.clear();
}

} // namespace ttc

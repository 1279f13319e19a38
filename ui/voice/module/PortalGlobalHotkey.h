#pragma once

#include "voice/GlobalHotkey.h"

#include <QDBusObjectPath>
#include <QVariantMap>

namespace ttc {

// Wayland: global shortcuts are granted by the desktop through xdg-desktop-portal's GlobalShortcuts interface
// (CreateSession → BindShortcuts → Activated). Where the portal lacks it (GNOME 43, bookworm), setShortcut() says
// how to bind `tooltip-companion --voice` in the desktop's own keyboard settings instead.
class PortalGlobalHotkey final : public GlobalHotkey
{
    Q_OBJECT

public:
    explicit PortalGlobalHotkey(QObject *parent = nullptr);
    Result<void> setShortcut(const HotkeySpec &spec) override;
    void clear() override;
    QString backendName() const override { return QStringLiteral("portal"); }

    static bool isAvailable();
    static QString fallbackInstructions(const HotkeySpec &spec);

private Q_SLOTS:
    void onSessionCreated(uint response, const QVariantMap &results);
    void onActivated(const QDBusObjectPath &session, const QString &shortcutId, qulonglong timestamp,
                     const QVariantMap &options);

private:
    QString requestPath(const QString &token) const;

    HotkeySpec m_spec;
    QString m_session;
};

} // namespace ttc

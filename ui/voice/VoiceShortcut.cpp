#include "voice/VoiceShortcut.h"

#include "app/CompanionApp.h"
#include "log/Logging.h"
#include "settings/Settings.h"
#include "tray/TrayController.h"
#include "voice/VoiceTrace.h"

#include <QAction>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>

namespace ttc {

VoiceShortcut::VoiceShortcut(CompanionApp &app) : QObject(&app), m_app(app)
{
    m_menu = new QMenu(tr("&Voice"), app.tray().menu());
    m_talk = m_menu->addAction(tr("Ask by voice"));
    connect(m_talk, &QAction::triggered, this, &VoiceShortcut::trigger);
    QAction *choose = m_menu->addAction(tr("Change voice shortcut…"));
    connect(choose, &QAction::triggered, this, &VoiceShortcut::chooseShortcut);
    app.tray().addPreferenceAction(m_menu->menuAction());
    connect(&app.settings(), &Settings::changed, this, [this](const QString &key, const QVariant &value) {
        if (key == QLatin1String("voice/hotkey"))
            apply(value.toString());
    });
}

VoiceShortcut::~VoiceShortcut() = default;

QString VoiceShortcut::backendName() const
{
    return m_hotkey ? m_hotkey->backendName() : QStringLiteral("portal");
}

void VoiceShortcut::start()
{
    m_hotkey = GlobalHotkey::createForPlatform(this);
    if (m_hotkey)
        connect(m_hotkey.get(), &GlobalHotkey::activated, this, &VoiceShortcut::trigger);
    apply(m_app.settings().voiceHotkey());
    // Load the voice module a little after start-up, when nothing else is going on, so that the first press
    // opens the microphone at once. TTC_VOICE_WARM=0 turns it off (start-up benchmarks).
    if (qEnvironmentVariable("TTC_VOICE_WARM") != QLatin1String("0") && m_app.isFeatureAvailable(QStringLiteral("voice")))
        QTimer::singleShot(1500, this, [this] { m_app.requestFeature(QStringLiteral("voice"), QStringLiteral("warm")); });
}

void VoiceShortcut::trigger()
{
    voice::trace("hotkey");
    m_app.requestFeature(QStringLiteral("voice"), QStringLiteral("toggle"));
}

void VoiceShortcut::apply(const QString &text)
{
    m_active.clear();
    const Result<HotkeySpec> spec = parseHotkey(text);
    if (!spec) {
        m_app.tray().showMessage(tr("Voice shortcut"), spec.error().message, QSystemTrayIcon::Warning);
        Q_EMIT shortcutFailed(spec.error().message);
        updateMenu();
        return;
    }
    if (!m_hotkey) {
        // Wayland: only the desktop may grant global shortcuts; the voice module asks it through the portal.
        m_app.requestFeature(QStringLiteral("voice"), QStringLiteral("registerPortalShortcut"),
                             {{QStringLiteral("shortcut"), spec->toString()}});
        updateMenu();
        return;
    }
    const Result<void> r = m_hotkey->setShortcut(*spec);
    if (!r) {
        qCWarning(lcApp) << "voice shortcut" << spec->toString() << "not registered:" << r.error().message;
        m_app.tray().showMessage(tr("Voice shortcut"), r.error().message, QSystemTrayIcon::Warning, 15000);
        Q_EMIT shortcutFailed(r.error().message);
        voice::trace("hotkey-failed", r.error().code);
    } else {
        m_active = spec->toString();
        voice::trace("hotkey-registered", m_active);
        qCInfo(lcApp) << "voice shortcut" << m_active << "registered with" << m_hotkey->backendName();
        Q_EMIT shortcutChanged(m_active);
    }
    updateMenu();
}

void VoiceShortcut::chooseShortcut()
{
    bool ok = false;
    const QString text = QInputDialog::getText(nullptr, tr("Voice shortcut"),
                                               tr("Press this anywhere to ask by voice (for example Ctrl+Alt+Space, "
                                                  "Ctrl+Shift+V, Meta+F9):"),
                                               QLineEdit::Normal, m_app.settings().voiceHotkey(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const Result<HotkeySpec> spec = parseHotkey(text);
    if (!spec) {
        m_app.tray().showMessage(tr("Voice shortcut"), spec.error().message, QSystemTrayIcon::Warning);
        return;
    }
    m_app.settings().setVoiceHotkey(spec->toString());  // applied through Settings::changed
}

void VoiceShortcut::updateMenu()
{
    m_talk->setText(m_active.isEmpty() ? tr("Ask by voice") : tr("Ask by voice (%1)").arg(m_active));
}

} // namespace ttc

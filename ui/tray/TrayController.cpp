#include "tray/TrayController.h"

#include "log/Logging.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QTimer>

namespace ttc {

TrayController::TrayController(QObject *parent) : QObject(parent)
{
    m_menu = new QMenu;
    m_menu->setAccessibleName(tr("ToolTip Companion menu"));
    m_featureEnd = m_menu->addSeparator();

    m_autostart = m_menu->addAction(tr("Start at &Login"));
    m_autostart->setCheckable(true);
    m_autostart->setVisible(false);
    connect(m_autostart, &QAction::toggled, this, [this](bool on) {
        if (m_setAutostart && !m_setAutostart(on)) {
            const QSignalBlocker block(m_autostart);
            m_autostart->setChecked(!on);
        }
    });
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        if (m_autostartEnabled) {
            const QSignalBlocker block(m_autostart);
            m_autostart->setChecked(m_autostartEnabled());
        }
    });

    QAction *about = m_menu->addAction(tr("&About ToolTip Companion"));
    m_about = about;
    connect(about, &QAction::triggered, this, &TrayController::aboutRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);

    m_tray = new QSystemTrayIcon(this);
    QIcon icon(QStringLiteral(":/icons/tray.svg"));
    icon.addFile(QStringLiteral(":/icons/tooltip-companion.svg"), QSize(256, 256));
    m_tray->setIcon(icon);
    m_tray->setToolTip(QStringLiteral(TTC_PRODUCT_NAME));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::onActivated);

    m_poll = new QTimer(this);
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, [this] {
        qCWarning(lcApp) << "the tray host did not show the icon within 3 s; carrying on";
        markReady();
    });
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        waitForTray();
        return;
    }
    m_tray->show();
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        // XEmbed: the tray host reparents and maps Qt's icon window when it docks it. Its first paint is the moment
        // the icon is really on screen; a timer is the fallback for hosts that never say.
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (qstrcmp(w->metaObject()->className(), "QSystemTrayIconSys") == 0)
                w->installEventFilter(this);
        }
        m_poll->start(3000);
        return;
    }
    // StatusNotifierItem (D-Bus), Windows and macOS show the icon as soon as it is registered.
    markReady();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_ready) {
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &TrayController::markReady, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void TrayController::waitForTray()
{
    // A panel may come up after us (autostart at login): keep looking, and say why nothing is visible yet.
    static bool warned = false;
    if (!warned) {
        qCWarning(lcApp) << "no system tray is available yet; the icon appears when one starts";
        warned = true;
    }
    QTimer::singleShot(1000, this, &TrayController::show);
}

void TrayController::markReady()
{
    if (m_ready)
        return;
    m_poll->stop();
    m_ready = true;
    qCInfo(lcApp) << "tray icon ready at" << m_tray->geometry();
    Q_EMIT ready();
}

QRect TrayController::iconGeometry() const
{
    return m_tray->geometry();
}

void TrayController::addFeatureAction(QAction *action, bool primary)
{
    m_menu->insertAction(m_featureEnd, action);
    if (primary && !m_primary)
        m_primary = action;
}

void TrayController::setAutostartHandlers(std::function<bool()> isEnabled, std::function<bool(bool)> setEnabled)
{
    m_autostartEnabled = std::move(isEnabled);
    m_setAutostart = std::move(setEnabled);
    m_autostart->setVisible(bool(m_autostartEnabled));
    if (m_autostartEnabled) {
        const QSignalBlocker block(m_autostart);
        m_autostart->setChecked(m_autostartEnabled());
    }
}

void TrayController::showMessage(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon,
                                 int msecs)
{
    m_tray->showMessage(title, text, icon, msecs);
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason != QSystemTrayIcon::Trigger)
        return;
    if (m_primary && m_primary->isEnabled()) {
        m_primary->trigger();
        return;
    }
    m_menu->popup(QCursor::pos());
}

} // namespace ttc

namespace ttc {

void TrayController::addPreferenceAction(QAction *action)
{
    m_menu->insertAction(m_about, action);
}

} // namespace ttc

#include "app/CompanionApp.h"

#include "app/AppOptions.h"
#include "log/Logging.h"
#include "platform/Autostart.h"
#include "settings/Settings.h"
#include "tray/TrayController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>

namespace ttc {

namespace {

QString programPath()
{
    // Inside an AppImage the binary lives in a temporary mount; the login session must start the image itself.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

} // namespace

CompanionApp::CompanionApp(const Profile &profile, Settings &settings, QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(settings),
      m_database(std::make_unique<store::Database>(profile.databasePath())),
      m_autostart(std::make_unique<Autostart>(profile, programPath())), m_tray(new TrayController(this))
{
    m_tray->setAutostartHandlers([this] { return m_autostart->isEnabled(); },
                                 [this](bool on) { return setAutostart(on); });
    connect(m_tray, &TrayController::ready, this, &CompanionApp::onTrayReady, Qt::QueuedConnection);
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(m_tray, &TrayController::aboutRequested, this, &CompanionApp::showAbout);
}

CompanionApp::~CompanionApp()
{
    delete m_about;
}

void CompanionApp::start()
{
    m_tray->show();
}

void CompanionApp::onTrayReady()
{
    // Test and benchmark hooks: report readiness to a file, or leave at once.
    const QString readyFile = qEnvironmentVariable("TTC_READY_FILE");
    if (!readyFile.isEmpty()) {
        const QRect g = m_tray->iconGeometry();
        QSaveFile f(readyFile);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                                              {QStringLiteral("platform"), QGuiApplication::platformName()},
                                              {QStringLiteral("x"), g.x()},
                                              {QStringLiteral("y"), g.y()},
                                              {QStringLiteral("width"), g.width()},
                                              {QStringLiteral("height"), g.height()}})
                        .toJson(QJsonDocument::Compact));
            f.commit();
        }
    }
    if (qEnvironmentVariableIsSet("TTC_EXIT_WHEN_READY")) {
        QCoreApplication::exit(0);
        return;
    }
    // Work that the icon need not wait for starts after it is visible.
    QTimer::singleShot(0, this, &CompanionApp::openDatabase);
}

void CompanionApp::openDatabase()
{
    m_database->open().then(this, [this](Result<store::OpenInfo> result) {
        if (!result) {
            qCCritical(lcStore) << "cannot open the history database:" << result.error().message;
            m_tray->showMessage(tr("History unavailable"), result.error().message, QSystemTrayIcon::Critical);
            return;
        }
        if (!result->preservedCopy.isEmpty()) {
            m_tray->showMessage(tr("History database repaired"),
                                tr("The history database was damaged and has been replaced by a new one. The old "
                                   "file was kept as %1.")
                                    .arg(result->preservedCopy),
                                QSystemTrayIcon::Warning, 15000);
        }
        qCInfo(lcStore) << "history database open, schema" << result->schemaVersion;
        Q_EMIT databaseReady();
    });
}

void CompanionApp::handleArguments(const QStringList &arguments, const QString &workingDirectory)
{
    Q_UNUSED(workingDirectory)
    const AppOptions options = parseAppOptions(QStringList{QStringLiteral(TTC_PRODUCT_ID)} + arguments);
    if (!options.error.isEmpty()) {
        qCWarning(lcApp) << "ignoring a later launch's arguments:" << options.error;
        return;
    }
    if (!options.hasActions()) {
        m_tray->showMessage(QStringLiteral(TTC_PRODUCT_NAME),
                            tr("ToolTip Companion is already running. Its menu is in the system tray."));
    }
}

bool CompanionApp::setAutostart(bool enabled)
{
    const Result<void> r = m_autostart->setEnabled(enabled);
    if (!r) {
        m_tray->showMessage(tr("Start at login"), r.error().message, QSystemTrayIcon::Warning);
        return false;
    }
    m_settings.setStartAtLogin(enabled);
    return true;
}

void CompanionApp::showAbout()
{
    if (!m_about) {
        m_about = new QMessageBox(QMessageBox::NoIcon, tr("About ToolTip Companion"),
                                  tr("ToolTip Companion %1\n\nLink previews, chat and voice on your desktop. Your "
                                     "keys stay in your keychain.\n\nData folder: %2")
                                      .arg(QStringLiteral(TTC_VERSION), m_profile.dataDir()),
                                  QMessageBox::Close);
        m_about->setIconPixmap(QIcon(QStringLiteral(":/icons/tooltip-companion.svg")).pixmap(64, 64));
        m_about->setTextFormat(Qt::PlainText);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
        m_about->setModal(false);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

} // namespace ttc

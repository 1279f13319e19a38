#include "app/CompanionApp.h"

#include "ai/AiServices.h"
#include "chat/ChatService.h"
#include "keys/KeyManagerWindow.h"
#include "keys/KeyRing.h"
#include "keys/SecretStore.h"
#include "util/Clock.h"
#include "util/Future.h"

#include "account/AccountController.h"
#include "account/ApiClient.h"
#include "app/AppOptions.h"
#include "app/FeatureLoader.h"
#include "app/FeatureModule.h"
#include "log/Logging.h"
#include "platform/Autostart.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "tray/TrayController.h"
#include "voice/VoiceShortcut.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
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
      m_autostart(std::make_unique<Autostart>(profile, programPath())), m_tray(new TrayController(this)),
      m_features(std::make_unique<FeatureLoader>())
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &CompanionApp::shutdownFeatures);
    m_tray->setAutostartHandlers([this] { return m_autostart->isEnabled(); },
                                 [this](bool on) { return setAutostart(on); });
    connect(m_tray, &TrayController::ready, this, &CompanionApp::onTrayReady, Qt::QueuedConnection);
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(m_tray, &TrayController::aboutRequested, this, &CompanionApp::showAbout);
    // The chat window is the primary action: a left click on the icon opens it.
    auto *chat = new QAction(tr("&Chat"), this);
    chat->setToolTip(tr("Open the chat window"));
    connect(chat, &QAction::triggered, this, [this] { requestFeature(QStringLiteral("chat"), QStringLiteral("open")); });
    m_tray->addFeatureAction(chat, true);
    // The browser (WebEngine) is a feature module too: nothing of it loads before this is chosen.
    auto *browser = new QAction(tr("&Browser"), this);
    browser->setObjectName(QStringLiteral("browserAction"));
    browser->setToolTip(tr("Open the browser with link previews"));
    connect(browser, &QAction::triggered, this,
            [this] { requestFeature(QStringLiteral("browser"), QStringLiteral("open")); });
    m_tray->addFeatureAction(browser);
    addLanguageMenu();
    // The window and the AI services behind it are created when first opened.
    auto *keysAction = new QAction(tr("API &Keys…"), this);
    keysAction->setObjectName(QStringLiteral("apiKeysAction"));
    connect(keysAction, &QAction::triggered, this, &CompanionApp::showKeyManager);
    m_tray->addPreferenceAction(keysAction);
    registerWindow(QStringLiteral("keys"), [this] { showKeyManager(); });
    registerWindow(QStringLiteral("account"), [this] { openAccount(); });
    auto *accountAction = new QAction(tr("&Account…"), this);
    accountAction->setObjectName(QStringLiteral("accountAction"));
    connect(accountAction, &QAction::triggered, this, &CompanionApp::openAccount);
    m_tray->addPreferenceAction(accountAction);
}

CompanionApp::~CompanionApp()
{
    delete m_about;
    delete m_keyManager;
    m_ai.reset();
}

void CompanionApp::start()
{
    m_tray->show();
}

void CompanionApp::start(const AppOptions &options)
{
    if (!options.server.isEmpty())
        m_settings.setServerUrl(options.server);
    start();
    if (options.hasActions()) {
        openDatabase();  // the window asked for needs it; it opens on its own thread meanwhile
        // After the event loop runs, so that a window opened from the command line does not delay the tray icon.
        QTimer::singleShot(0, this, [this, options] { carryOut(options); });
    }
}

QNetworkAccessManager &CompanionApp::network()
{
    if (!m_network) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_network = new QNetworkAccessManager(this);
    }
    return *m_network;
}

ai::AiServices &CompanionApp::ai()
{
    if (!m_ai) {
        openDatabase();  // work posted before the open finishes runs after it
        m_ai = std::make_unique<ai::AiServices>(m_profile, &m_settings, *m_database, SystemClock::instance(),
                                                std::unique_ptr<keys::SecretStore>(), &network());
        // Reading the keychain loads libsecret and talks D-Bus on this thread; a chat turn waits for it anyway.
        afterFirstFrame(m_ai.get(), [this] { m_ai->keys().load(); });
        qCInfo(lcApp) << "AI services started";
    }
    return *m_ai;
}

void CompanionApp::showKeyManager()
{
    if (!m_keyManager) {
        m_keyManager = new KeyManagerWindow(ai());
        m_keyManager->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_keyManager->show();
    m_keyManager->raise();
    m_keyManager->activateWindow();
}

void CompanionApp::registerWindow(const QString &name, std::function<void()> open)
{
    m_windows.insert(name, std::move(open));
}

FeatureModule *CompanionApp::loadedFeature(const QString &feature) const
{
    return m_features->loaded(feature);
}

bool CompanionApp::isFeatureAvailable(const QString &feature) const
{
    return m_features->isAvailable(feature);
}

FeatureModule *CompanionApp::requestFeature(const QString &feature, const QString &action,
                                            const QVariantMap &arguments)
{
    FeatureModule *module = m_features->loaded(feature);
    if (!module) {
        Result<FeatureModule *> loaded = m_features->load(feature);
        if (!loaded) {
            qCWarning(lcApp).noquote() << loaded.error().message;
            m_tray->showMessage(QStringLiteral(TTC_PRODUCT_NAME), loaded.error().message, QSystemTrayIcon::Warning);
            return nullptr;
        }
        module = *loaded;
        module->initialize(*this);
        Q_EMIT featureLoaded(feature);
    }
    module->handle(action, arguments);
    return module;
}

void CompanionApp::open(const QString &name)
{
    if (const auto it = m_windows.constFind(name); it != m_windows.cend()) {
        (*it)();
        return;
    }
    requestFeature(name, QStringLiteral("open"));
}

void CompanionApp::carryOut(const AppOptions &options)
{
    for (const QString &target : options.open)
        open(target);
    if (!options.browse.isEmpty())
        requestFeature(QStringLiteral("browser"), QStringLiteral("open"), {{QStringLiteral("url"), options.browse}});
    if (options.voice)
        requestFeature(QStringLiteral("voice"), QStringLiteral("toggle"));
}

void CompanionApp::shutdownFeatures()
{
    Q_EMIT aboutToQuit();
    for (FeatureModule *module : m_features->all())
        module->shutdown();
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
    // Work that the icon need not wait for starts after it is visible, and after the first frame of a window being
    // opened.
    QTimer::singleShot(0, this, &CompanionApp::openDatabase);
    afterFirstFrame(this, [this] {
        // Sync resumes on its own when an account is signed in; nothing of it is built before this point.
        if (m_databaseReady)
            startAccount();
        else
            connect(this, &CompanionApp::databaseReady, this, &CompanionApp::startAccount, Qt::SingleShotConnection);
        if (!m_voice) {
            m_voice = new VoiceShortcut(*this);
            m_voice->start();
        }
    });
}

void CompanionApp::afterFirstFrame(QObject *context, std::function<void()> work)
{
    m_afterFirstFrame.emplace_back(context, std::move(work));
    // Queued, so that a window opened in the same pass (a feature's initialize() and then its "open") holds it.
    if (!std::exchange(m_afterFirstFrameQueued, true))
        QTimer::singleShot(0, this, &CompanionApp::runAfterFirstFrame);
}

std::function<void()> CompanionApp::holdUntilFirstFrame()
{
    ++m_firstFrameHolds;
    auto released = std::make_shared<bool>(false);
    auto release = [app = QPointer<CompanionApp>(this), released] {
        if (!app || std::exchange(*released, true))
            return;
        if (--app->m_firstFrameHolds == 0 && !std::exchange(app->m_afterFirstFrameQueued, true))
            QTimer::singleShot(0, app, &CompanionApp::runAfterFirstFrame);
    };
    QTimer::singleShot(2000, this, release);  // a window that never shows a frame does not hold them back for good
    return release;
}

void CompanionApp::runAfterFirstFrame()
{
    m_afterFirstFrameQueued = false;
    if (m_firstFrameHolds > 0)
        return;  // the last release queues this again
    for (auto &[context, work] : std::exchange(m_afterFirstFrame, {})) {
        if (context)
            work();
    }
}

void CompanionApp::startAccount()
{
    if (m_account)
        return;
    m_account = new AccountController(*m_database, network(), SystemClock::instance(),
                                      account::ApiClient::normalizeServer(m_settings.serverUrl()), this);
    m_account->start();
}

void CompanionApp::openAccount()
{
    openDatabase();
    if (!m_databaseReady) {
        connect(this, &CompanionApp::databaseReady, this, &CompanionApp::openAccount, Qt::SingleShotConnection);
        return;
    }
    startAccount();
    m_account->openWindow();
}

void CompanionApp::openDatabase()
{
    if (m_databaseOpening)
        return;
    m_databaseOpening = true;
    m_database->open() | ttc::then(this, [this](Result<store::OpenInfo> result) {
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
        m_databaseReady = true;
        // Replies left `streaming` by a process that died (its turn lock is free) become `interrupted`.
        chat::ChatService::recoverInterrupted(*m_database, SystemClock::instance(),
                                              m_profile.dataDir() + QStringLiteral("/locks"));
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
    if (!options.server.isEmpty()) {
        m_settings.setServerUrl(options.server);
        if (m_account)
            m_account->setDefaultServer(account::ApiClient::normalizeServer(options.server));
    }
    if (!options.hasActions()) {
        m_tray->showMessage(QStringLiteral(TTC_PRODUCT_NAME),
                            tr("ToolTip Companion is already running. Its menu is in the system tray."));
        return;
    }
    carryOut(options);
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

void CompanionApp::addLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), m_tray->menu());
    menu->setAccessibleName(tr("User interface language"));
    m_tray->addPreferenceAction(menu->menuAction());
    // Filled when first shown: nothing of it is needed for the icon to appear.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        if (!menu->isEmpty())
            return;
        auto *group = new QActionGroup(menu);
        const QString current = m_settings.language();
        QStringList codes{QString()};
        codes << Translations::available();
        for (const QString &code : std::as_const(codes)) {
            QAction *a = menu->addAction(code.isEmpty() ? tr("System default") : Translations::nativeName(code));
            a->setCheckable(true);
            a->setChecked(code == current);
            a->setActionGroup(group);
            connect(a, &QAction::triggered, this, [this, code] {
                if (code == m_settings.language())
                    return;
                m_settings.setLanguage(code);
                m_tray->showMessage(tr("Language"), tr("The new language is used from the next start of "
                                                       "ToolTip Companion."));
            });
            if (code.isEmpty())
                menu->addSeparator();
        }
    });
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

#pragma once

#include "store/Database.h"
#include "util/Profile.h"

#include <QObject>
#include <QPointer>

#include <QHash>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QMessageBox;
class QNetworkAccessManager;

namespace ttc::ai {
class AiServices;
}

namespace ttc {

class AccountController;
class Autostart;
class FeatureLoader;
class FeatureModule;
class KeyManagerWindow;
class Settings;
class TrayController;
class VoiceShortcut;
struct AppOptions;

// The running tray app: owns the tray, reacts to handed-over launches, and opens the store in the background.
// Built once by main(); features plug their windows and menu entries in here as they arrive.
class CompanionApp : public QObject
{
    Q_OBJECT

public:
    CompanionApp(const Profile &profile, Settings &settings, QObject *parent = nullptr);
    ~CompanionApp() override;

    // Shows the tray and opens the store; then carries out what the first launch asked for (--open, --browse).
    void start(const AppOptions &options);
    void start();

    const Profile &profile() const { return m_profile; }
    Settings &settings() const { return m_settings; }
    TrayController &tray() const { return *m_tray; }
    store::Database &database() const { return *m_database; }
    bool isDatabaseReady() const { return m_databaseReady; }
    // Opens the store in the background if it is not open yet (features that keep data call it when they start;
    // work posted before the open finishes runs after it).
    void openDatabase();
    // The one network access manager of the GUI thread (system proxy applied).
    QNetworkAccessManager &network();

    // The AI access layer (chat engine, key ring, quota guard, providers), built on first use, never at startup:
    // the first call opens the database if it is not open yet, and keys are read from the keychain after the first
    // frame (afterFirstFrame).
    ai::AiServices &ai();
    bool hasAi() const { return m_ai != nullptr; }
    // The key manager window ("API Keys…" in the tray, `--open keys`).
    void showKeyManager();

    // Windows that live in the executable (Widgets) register an opener under the name `--open NAME` uses.
    void registerWindow(const QString &name, std::function<void()> open);

    // Loads the feature plugin on first use (ui/app/FeatureModule.h) and hands it the request. Failures are shown
    // as a tray message and logged. Returns the module, or nullptr when it could not be loaded.
    FeatureModule *requestFeature(const QString &feature, const QString &action = QStringLiteral("open"),
                                  const QVariantMap &arguments = {});
    // A loaded feature, without loading it.
    FeatureModule *loadedFeature(const QString &feature) const;
    bool isFeatureAvailable(const QString &feature) const;

    // The account and sync feature; nullptr until the tray is up and the database is open.
    AccountController *account() const { return m_account; }

    // Called when the application is about to quit: every loaded feature saves its state.
    void shutdownFeatures();

    // `--open NAME`: a registered window, else the feature module of that name.
    void open(const QString &name);

    // The voice shortcut and the tray's Voice menu (null until the tray is ready).
    VoiceShortcut *voiceShortcut() const { return m_voice; }

    // Arguments of a later launch (argv without the program name).
    void handleArguments(const QStringList &arguments, const QString &workingDirectory);

    // Start-up work that a window being opened does not need for its first frame (keychain reads, the account, the
    // global shortcut) runs after that frame is on screen; with no window holding it back, on the next pass of the
    // event loop. A feature opening a window holds such work back until it calls the returned function (or for at
    // most 2 s).
    void afterFirstFrame(QObject *context, std::function<void()> work);
    [[nodiscard]] std::function<void()> holdUntilFirstFrame();

Q_SIGNALS:
    void databaseReady();
    // A feature module was loaded and initialized (others may connect to its api()).
    void featureLoaded(const QString &feature);
    void aboutToQuit();

private:
    void onTrayReady();
    void runAfterFirstFrame();
    void carryOut(const AppOptions &options);
    void showAbout();
    void startAccount();
    void openAccount();
    void addLanguageMenu();
    bool setAutostart(bool enabled);

    Profile m_profile;
    Settings &m_settings;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<Autostart> m_autostart;
    TrayController *m_tray = nullptr;
    QPointer<QMessageBox> m_about;
    std::unique_ptr<FeatureLoader> m_features;
    QHash<QString, std::function<void()>> m_windows;
    QNetworkAccessManager *m_network = nullptr;
    AccountController *m_account = nullptr;
    VoiceShortcut *m_voice = nullptr;
    std::unique_ptr<ai::AiServices> m_ai;   // after m_database: destroyed before it
    QPointer<KeyManagerWindow> m_keyManager;
    int m_firstFrameHolds = 0;
    bool m_afterFirstFrameQueued = false;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_afterFirstFrame;
    bool m_databaseOpening = false;
    bool m_databaseReady = false;
};

} // namespace ttc

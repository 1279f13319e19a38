#pragma once

#include "store/Database.h"
#include "util/Profile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMessageBox;

namespace ttc {

class Autostart;
class Settings;
class TrayController;

// The running tray app: owns the tray, reacts to handed-over launches, and opens the store in the background.
// Built once by main(); features plug their windows and menu entries in here as they arrive.
class CompanionApp : public QObject
{
    Q_OBJECT

public:
    CompanionApp(const Profile &profile, Settings &settings, QObject *parent = nullptr);
    ~CompanionApp() override;

    void start();
    TrayController &tray() const { return *m_tray; }
    store::Database &database() const { return *m_database; }

    // Arguments of a later launch (argv without the program name).
    void handleArguments(const QStringList &arguments, const QString &workingDirectory);

Q_SIGNALS:
    void databaseReady();

private:
    void onTrayReady();
    void openDatabase();
    void showAbout();
    bool setAutostart(bool enabled);

    Profile m_profile;
    Settings &m_settings;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<Autostart> m_autostart;
    TrayController *m_tray = nullptr;
    QPointer<QMessageBox> m_about;
};

} // namespace ttc

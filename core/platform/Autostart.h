#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace ttc {

class Profile;

// Starting the app at login, the way each desktop expects it: an XDG autostart entry on Linux and other Unix
// desktops, the per-user Run key on Windows, a LaunchAgent on macOS. Nothing is written until the user enables it.
class Autostart
{
public:
    // program: the executable to start (an AppImage's own path when running from one).
    Autostart(const Profile &profile, QString program);

    bool isEnabled() const;
    Result<void> setEnabled(bool enabled);

    // Where the entry lives (file path or registry value name); for messages and tests.
    QString location() const;
    QStringList arguments() const;  // what the entry passes to the program

private:
    QString m_program;
    QString m_profileRoot;   // empty for the default profile
    QString m_entryName;
};

} // namespace ttc

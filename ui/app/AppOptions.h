#pragma once

#include <QString>
#include <QStringList>

namespace ttc {

// The command line of tooltip-companion (DESIGN §2). Parsed without a QCoreApplication so that --help and
// --version work with no display, and the same parse serves a later launch's handed-over arguments.
struct AppOptions
{
    bool help = false;
    bool version = false;
    bool autostart = false;      // started by the login session
    QString profile;
    QStringList open;            // --open chat|browser|keys|account (repeatable)
    QString browse;              // --browse URL
    QString server;              // --server URL: the account/sync server (remembered in the settings)
    bool voice = false;          // --voice: start (or stop) a voice query, like the voice shortcut
    QString error;               // set when the arguments are not understood

    // Whether the launch asked for anything beyond starting (a later launch with nothing to do just says hello).
    bool hasActions() const { return !open.isEmpty() || !browse.isEmpty() || voice; }

    // The names --open accepts.
    static QStringList openTargets();
};

AppOptions parseAppOptions(const QStringList &arguments);  // arguments[0] is the program
QString appHelpText();
QString appVersionText();

} // namespace ttc

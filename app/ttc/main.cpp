// Composition root of the ttc command-line tool: global options, then one command over the core.
#include "Cli.h"

#include "log/LogSink.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString helpText()
{
    QString text = QCoreApplication::translate(
        "ttc", "Usage: ttc [--profile DIR] COMMAND [ARGS]\n\n"
               "The command line of ToolTip Companion, over the same data as the app.\n\n"
               "Commands:\n");
    for (const ttc::cli::Command &c : ttc::cli::commands())
        text += QStringLiteral("  %1 %2\n").arg(c.name, -10).arg(c.summary);
    text += QCoreApplication::translate(
        "ttc", "\nOptions:\n"
               "  --profile DIR  keep all data under DIR (also TTC_PROFILE_DIR)\n"
               "  -h, --help     show this help; `ttc COMMAND --help` for one command\n"
               "  -v, --version  show the version\n\n"
               "Exit codes: 0 ok, 1 local error, 2 usage, 3 missing or invalid key, 4 tier or quota,\n"
               "5 rate limited or overloaded, 6 network, 7 other provider or site error, 8 server or account error.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ttc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TTC_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString profileDir;
    // Global options may come before the command; --profile is also accepted after it.
    for (qsizetype i = 0; i < args.size();) {
        const QString a = args.at(i);
        if (a == QLatin1String("--profile") && i + 1 < args.size()) {
            profileDir = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--profile="))) {
            profileDir = a.mid(10);
            args.remove(i);
        } else if (a == QLatin1String("--profile")) {
            std::fputs(qPrintable(QCoreApplication::translate("ttc", "ttc: --profile needs a folder\n")), stderr);
            return ttc::cli::Usage;
        } else {
            ++i;
        }
    }
    // The profile's language setting (else the system's) speaks for the help, the messages and the errors. Reading
    // the setting creates nothing: help and usage errors leave no profile behind.
    const ttc::Profile profile = ttc::Profile::resolve(profileDir);
    const ttc::Translations::Installed language =
        ttc::Translations::install(ttc::Settings(profile.settingsPath()).language());

    if (args.isEmpty()) {
        std::fputs(qPrintable(helpText()), stderr);
        return ttc::cli::Usage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        std::fputs(qPrintable(helpText()), stdout);
        return ttc::cli::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        std::printf("ttc %s\n", TTC_VERSION);
        return ttc::cli::Ok;
    }

    for (const ttc::cli::Command &command : ttc::cli::commands()) {
        if (command.name != first)
            continue;
        // Log to the profile's file only: the terminal gets results on stdout and one-line errors on stderr.
        ttc::log::install({profile.logDir() + QStringLiteral("/ttc.log"), qEnvironmentVariableIsSet("TTC_LOG_CONSOLE")});
        ttc::Translations::log(language);
        int rc = ttc::cli::Failure;
        {
            ttc::cli::Context context(profile, ttc::SystemClock::instance());
            rc = command.run(context, args.mid(1));
        }
        ttc::log::shutdown();
        return rc;
    }
    const QString unknown = QCoreApplication::translate("ttc", "ttc: unknown command \"%1\"\nTry 'ttc --help'.\n");
    std::fputs(qPrintable(unknown.arg(first)), stderr);
    return ttc::cli::Usage;
}

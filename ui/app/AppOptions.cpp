#include "app/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ttc {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("AppOptions", "Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("AppOptions", "Show the version and exit.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QCoreApplication::translate("AppOptions",
                                                           "Keep all data (history, settings, logs, caches) under "
                                                           "DIR. Also TTC_PROFILE_DIR."),
                               QStringLiteral("DIR")};
    QCommandLineOption autostart{QStringLiteral("autostart")};

    Parser()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("AppOptions", "ToolTip Companion lives in the system tray. A second launch "
                                                      "hands its options to the running one."));
        autostart.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({help, version, profile, autostart});
    }
};

} // namespace

AppOptions parseAppOptions(const QStringList &arguments)
{
    Parser p;
    AppOptions o;
    if (!p.parser.parse(arguments)) {
        o.error = p.parser.errorText();
        return o;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        o.error = QCoreApplication::translate("AppOptions", "Unexpected argument: %1")
                      .arg(p.parser.positionalArguments().first());
        return o;
    }
    o.help = p.parser.isSet(p.help);
    o.version = p.parser.isSet(p.version);
    o.autostart = p.parser.isSet(p.autostart);
    o.profile = p.parser.value(p.profile);
    return o;
}

QString appHelpText()
{
    Parser p;
    QString text = p.parser.helpText();
    // helpText() names the binary from QCoreApplication, which may not exist yet.
    const int firstNewline = int(text.indexOf(QLatin1Char('\n')));
    return QStringLiteral("Usage: %1 [options]").arg(QStringLiteral(TTC_PRODUCT_ID)) + text.mid(firstNewline);
}

QString appVersionText()
{
    return QStringLiteral("%1 %2\n").arg(QStringLiteral(TTC_PRODUCT_NAME), QStringLiteral(TTC_VERSION));
}

} // namespace ttc

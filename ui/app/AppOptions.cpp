#include "app/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

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
    QCommandLineOption voice{QStringLiteral("voice"),
                             QCoreApplication::translate("AppOptions", "Start a voice query, or stop the one that is "
                                                                       "recording (what the voice shortcut does).")};
    QCommandLineOption open{QStringLiteral("open"),
                            QCoreApplication::translate("AppOptions", "Open a window: %1.")
                                .arg(AppOptions::openTargets().join(QStringLiteral(", "))),
                            QStringLiteral("WINDOW")};
    QCommandLineOption browse{QStringLiteral("browse"),
                              QCoreApplication::translate("AppOptions", "Open URL in the built-in browser."),
                              QStringLiteral("URL")};
    QCommandLineOption server{QStringLiteral("server"),
                              QCoreApplication::translate("AppOptions", "The account and sync server (ttc-server) to use."),
                              QStringLiteral("URL")};

    Parser()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("AppOptions", "ToolTip Companion lives in the system tray. A second launch "
                                                      "hands its options to the running one."));
        autostart.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({help, version, profile, open, browse, voice, autostart, server});
    }
};

} // namespace

QStringList AppOptions::openTargets()
{
    return {QStringLiteral("chat"), QStringLiteral("browser"), QStringLiteral("keys"), QStringLiteral("account")};
}

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
    o.open = p.parser.values(p.open);
    for (const QString &target : std::as_const(o.open)) {
        if (!AppOptions::openTargets().contains(target)) {
            o.error = QCoreApplication::translate("AppOptions", "Unknown window for --open: %1 (one of: %2)")
                          .arg(target, AppOptions::openTargets().join(QStringLiteral(", ")));
            return o;
        }
    }
    o.voice = p.parser.isSet(p.voice);
    if (p.parser.isSet(p.server)) {
        const QString text = p.parser.value(p.server).trimmed();
        QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("http://") + text);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            o.error = QCoreApplication::translate("AppOptions", "--server needs an http(s) address, not: %1").arg(text);
            return o;
        }
        o.server = url.toString(QUrl::StripTrailingSlash);
    }
    o.browse = p.parser.value(p.browse);
    if (p.parser.isSet(p.browse)) {
        const QUrl url = QUrl::fromUserInput(o.browse);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https" && url.scheme() != u"file")) {
            o.error = QCoreApplication::translate("AppOptions", "--browse needs a web address, not: %1").arg(o.browse);
            return o;
        }
        o.browse = url.toString();
    }
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

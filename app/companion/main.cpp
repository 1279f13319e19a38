// Composition root of the tray app: resolve the profile, keep to one instance, build the object graph, run.
#include "app/AppOptions.h"
#include "app/CompanionApp.h"
#include "ipc/SingleInstance.h"
#include "log/LogSink.h"
#include "log/Logging.h"
#include "platform/UnixSignals.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "util/Profile.h"

#include <QApplication>
#include <QDir>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // --help and --version must work without a display, so they are answered before any QApplication exists.
    const ttc::AppOptions options = ttc::parseAppOptions(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s: %s\nTry '%s --help'.\n", TTC_PRODUCT_ID, qPrintable(options.error), TTC_PRODUCT_ID);
        return 2;
    }
    if (options.help) {
        std::fputs(qPrintable(ttc::appHelpText()), stdout);
        return 0;
    }
    if (options.version) {
        std::fputs(qPrintable(ttc::appVersionText()), stdout);
        return 0;
    }

    const ttc::Profile profile = ttc::Profile::resolve(options.profile);
    QString error;
    if (!profile.ensureExists(&error)) {
        std::fprintf(stderr, "%s: %s\n", TTC_PRODUCT_ID, qPrintable(error));
        return 1;
    }

    ttc::SingleInstance instance(profile);
    if (!instance.tryBecomePrimary()) {
        QCoreApplication core(argc, argv);
        if (instance.sendToPrimary(arguments.mid(1), QDir::currentPath(), 5000, &error))
            return 0;
        std::fprintf(stderr, "%s: already running for this profile, but it did not answer (%s)\n", TTC_PRODUCT_ID,
                     qPrintable(error));
        return 1;
    }

    QApplication::setApplicationName(QStringLiteral(TTC_PRODUCT_ID));
    QApplication::setApplicationDisplayName(QStringLiteral(TTC_PRODUCT_NAME));
    QApplication::setApplicationVersion(QStringLiteral(TTC_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral(TTC_ORG_DOMAIN));
    QApplication::setDesktopFileName(QStringLiteral(TTC_APP_ID));
    // WebEngine (the browser module, a plugin) prefers OpenGL contexts shared from the start, but that attribute
    // makes QApplication create a GL context at once (+55 MiB, +30 ms here): only when the browser is wanted now.
    if (!options.browse.isEmpty() || options.open.contains(QStringLiteral("browser")))
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tooltip-companion.svg")));

    ttc::log::install({profile.logDir() + QStringLiteral("/tooltip-companion.log"), ttc::log::stderrIsTerminal()});
    qCInfo(lcApp).noquote() << TTC_PRODUCT_NAME << TTC_VERSION << "starting; data in" << profile.dataDir();

    ttc::Settings settings(profile.settingsPath());
    ttc::Translations::log(ttc::Translations::install(settings.language()));
    ttc::CompanionApp companion(profile, settings);
    if (!instance.listen(&error))
        qCWarning(lcApp) << "later launches cannot reach this one:" << error;
    QObject::connect(&instance, &ttc::SingleInstance::argumentsReceived, &companion,
                     &ttc::CompanionApp::handleArguments);
    ttc::UnixSignals unixSignals;
    QObject::connect(&unixSignals, &ttc::UnixSignals::terminationRequested, &app, [](int number) {
        qCInfo(lcApp) << "signal" << number << "received";
        QCoreApplication::quit();
    });
    companion.start(options);

    const int rc = QApplication::exec();
    qCInfo(lcApp) << "quitting";
    ttc::log::shutdown();
    return rc;
}

// ttc-server: the billing and sync backend (PROTOCOL.md). This is its process shell: options, listening, /health.
#include "log/Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ttc-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TTC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The ToolTip Companion billing and sync server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8787)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787"));
    parser.addOption(listen);
    parser.process(app);

    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const quint16 port = colon > 0 ? hostPort.mid(colon + 1).toUShort(&ok) : 0;
    const QHostAddress address(hostPort.left(colon));
    if (!ok || address.isNull()) {
        std::fprintf(stderr, "ttc-server: --listen expects HOST:PORT, got %s\n", qPrintable(hostPort));
        return 2;
    }

    QHttpServer server;
    server.route(QStringLiteral("/health"), [] { return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}; });
    if (server.listen(address, port) == 0) {
        std::fprintf(stderr, "ttc-server: cannot listen on %s\n", qPrintable(hostPort));
        return 1;
    }
    std::fprintf(stderr, "ttc-server listening on %s\n", qPrintable(hostPort));
    return QCoreApplication::exec();
}

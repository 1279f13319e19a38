// ttc-render URL OUT.png [--size WxH] [--timeout SECONDS]: renders a page offscreen and saves it as PNG.
// Exit codes: 0 saved · 2 usage · 6 the page did not load (network error, HTTP failure, time-out) · 7 the PNG
// could not be written. Without a display it uses the offscreen platform.
#include "PageRenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using ttc::browser::PageRenderer;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ttc-render"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("ttc-render", "Renders a web page into a PNG file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), QApplication::translate("ttc-render", "Page to render"));
    parser.addPositionalArgument(QStringLiteral("out"), QApplication::translate("ttc-render", "PNG file to write"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("ttc-render", "Viewport size (default 1280x800)"),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QApplication::translate("ttc-render", "Seconds to wait (default 15)"),
                                           QStringLiteral("seconds"), QStringLiteral("15"));
    parser.addOption(sizeOption);
    parser.addOption(timeoutOption);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "ttc-render: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(sizeOption));
    bool timeoutOk = false;
    const double timeoutS = parser.value(timeoutOption).toDouble(&timeoutOk);
    const QUrl url = args.size() == 2 ? QUrl::fromUserInput(args.at(0)) : QUrl();
    if (args.size() != 2 || !url.isValid() || !size.hasMatch() || !timeoutOk || timeoutS <= 0 || timeoutS > 600) {
        std::fprintf(stderr, "usage: ttc-render URL OUT.png [--size WxH] [--timeout SECONDS]\n");
        return 2;
    }
    const QSize viewport(std::min(size.captured(1).toInt(), 8192), std::min(size.captured(2).toInt(), 8192));
    const QString out = args.at(1);

    PageRenderer renderer;
    int rc = 1;
    QObject::connect(&renderer, &PageRenderer::rendered, &app, [&](const QImage &image) {
        if (image.save(out, "PNG")) {
            rc = 0;
        } else {
            std::fprintf(stderr, "ttc-render: cannot write %s\n", qPrintable(out));
            rc = 7;
        }
        QApplication::quit();
    });
    QObject::connect(&renderer, &PageRenderer::failed, &app,
                     [&](PageRenderer::Failure, const QString &message) {
                         std::fprintf(stderr, "ttc-render: %s: %s\n", qPrintable(url.toDisplayString()),
                                      qPrintable(message));
                         rc = 6;
                         QApplication::quit();
                     });
    QTimer::singleShot(0, &renderer, [&] { renderer.render(url, viewport, int(timeoutS * 1000)); });
    QApplication::exec();
    renderer.cancel();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return rc;
}

// The baseline for the chat window's startup benchmark: the least a Qt Quick program does to put a window with some
// text on screen. Quits after its first frame when TTC_EXIT_ON_FIRST_FRAME is set, like tooltip-companion does.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <utility>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral("import QtQuick\n"
                                      "Window { visible: true; width: 760; height: 720; title: \"Chat\"\n"
                                      "  Text { anchors.centerIn: parent; text: \"Hello\" } }\n"));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    // Reports and quits on the first frame like tooltip-companion does (same connection, same thread).
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        static bool first = true;
        if (!std::exchange(first, false))
            return;
        bool ok = false;
        const int fd = qEnvironmentVariableIntValue("TTC_FIRST_FRAME_FD", &ok);
        QFile notice;
        if (ok && notice.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle))
            notice.write("F", 1);
        if (qEnvironmentVariableIsSet("TTC_EXIT_ON_FIRST_FRAME"))
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    return QGuiApplication::exec();
}

// The baseline for the chat window's startup benchmark: the least a Qt Quick program does to put a window with some
// text on screen. Quits after its first frame when TTC_EXIT_ON_FIRST_FRAME is set, like tooltip-companion does.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

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
    if (qEnvironmentVariableIsSet("TTC_EXIT_ON_FIRST_FRAME")) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app,
                         [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); });
    }
    return QGuiApplication::exec();
}

// The baseline for the startup benchmark: the least a Qt tray program does to show an icon with a menu.
// It reports readiness the way tooltip-companion does (first paint of the docked icon) and exits when
// TTC_EXIT_WHEN_READY is set.
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

class ReadyWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            if (qEnvironmentVariableIsSet("TTC_EXIT_WHEN_READY"))
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x3a, 0x74, 0xf0));
        p.drawRoundedRect(4, 4, 56, 44, 8, 8);
    }
    QMenu menu;
    menu.addAction(QStringLiteral("Quit"), &app, &QCoreApplication::quit);
    QSystemTrayIcon tray{QIcon(pixmap)};
    tray.setContextMenu(&menu);
    tray.show();
    ReadyWatcher watcher;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qstrcmp(w->metaObject()->className(), "QSystemTrayIconSys") == 0)
            w->installEventFilter(&watcher);
    return QApplication::exec();
}

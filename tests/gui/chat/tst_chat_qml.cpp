// Qt Quick Test runner for the chat window's QML components (tests/gui/chat/qml/tst_*.qml).
#include "ChatWindow.h"

#include <QQmlEngine>
#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        ttc::chat::ensureQmlModuleLinked();
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_chat_qml, Setup)
#include "tst_chat_qml.moc"

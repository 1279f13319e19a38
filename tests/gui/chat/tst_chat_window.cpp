// The chat window as a person uses it, in this process under the test display: type, Enter, watch the reply stream,
// stop a second one with Esc, find both in search, switch to dark. Screenshots (light and dark) go to
// TTC_TEST_ARTIFACTS.
#include "ChatController.h"
#include "ChatStore.h"
#include "ChatTestUtil.h"
#include "ChatWindow.h"
#include "FakeTurnRunner.h"
#include "SessionListModel.h"
#include "TestSupport.h"
#include "settings/Settings.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QPointer>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <functional>
#include <memory>

using namespace ttc;
using namespace ttc::chat;

namespace {

// A chat window on a new profile, with a scripted runner: what the tests after the first one open.
struct ChatRig
{
    test::TempProfile profile;
    store::Database db{profile.profile().databasePath()};
    bool opened = test::waitFor(db.open()).ok();
    ChatStore store{db, SystemClock::instance()};
    Settings settings{profile.profile().settingsPath()};
    ChatController controller{store, settings, {}};
    test::FakeTurnRunner runner{store};
    std::unique_ptr<ChatWindow> window;

    // Shows the window (chatting through `runner` if asked) and waits until it is on screen; null if it never is.
    QQuickWindow *show(bool withRunner = true)
    {
        if (!opened)
            return nullptr;
        if (withRunner)
            controller.setRunner(&runner);
        window = std::make_unique<ChatWindow>(controller, settings);
        window->show();
        return QTest::qWaitForWindowExposed(window->window()) ? window->window() : nullptr;
    }
};

} // namespace

class TestChatWindow : public QObject
{
    Q_OBJECT

    test::TempProfile m_profile;

    // The items under the window's content that `match` accepts, in tree order; onScreen: only those drawn (a hidden
    // or fully transparent item hides its subtree).
    static QList<QQuickItem *> items(QQuickWindow *w, const std::function<bool(QQuickItem *)> &match,
                                     bool onScreen = false)
    {
        QList<QQuickItem *> found;
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (onScreen && (!item->isVisible() || item->opacity() == 0))
                return;
            if (match(item))
                found << item;
            for (QQuickItem *child : item->childItems())
                walk(child);
        };
        walk(w->contentItem());
        return found;
    }

    static QQuickItem *find(QQuickWindow *w, const char *name)
    {
        return items(w, [name](QQuickItem *item) { return item->objectName() == QLatin1String(name); }).value(0);
    }

    static void type(QQuickWindow *w, const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(w, c.toLatin1());
    }

    static void screenshot(QQuickWindow *w, const QString &name)
    {
        const QImage image = w->grabWindow();
        QVERIFY(!image.isNull());
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    void chatsStopsSearchesInBothThemes()
    {
        store::Database db(m_profile.profile().databasePath());
        QVERIFY(test::waitFor(db.open()).ok());
        ChatStore store(db, SystemClock::instance());
        Settings settings(m_profile.profile().settingsPath());
        settings.setChatAppearance(QStringLiteral("light"));
        ChatController controller(store, settings, {});
        test::FakeTurnRunner runner(store);
        runner.script = {QStringLiteral("Here is **bold** and a list:\n\n- one\n- two\n\n"),
                         QStringLiteral("```python\nprint('hi')\n```\n"),
                         QStringLiteral("Injected <img src=x onerror=alert(1)> stays text.")};
        controller.setRunner(&runner);
        ChatWindow window(controller, settings);
        window.show();
        QQuickWindow *w = window.window();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->title().contains(QStringLiteral("Chat")));
        // The light Basic style, unless the user's environment names another (Fusion costs start-up time).
        if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
            QCOMPARE(QQuickStyle::name(), QStringLiteral("Basic"));

        // The composer has focus on open.
        QQuickItem *input = find(w, "composerInput");
        QVERIFY(input);
        QTRY_VERIFY(input->hasActiveFocus());

        type(w, QStringLiteral("Hello there"));
        QTRY_COMPARE(controller.composerText(), QStringLiteral("Hello there"));
        // Shift+Enter is a new line, Enter sends.
        QTest::keyClick(w, Qt::Key_Return, Qt::ShiftModifier);
        type(w, QStringLiteral("second line"));
        QTRY_COMPARE(controller.composerText(), QStringLiteral("Hello there\nsecond line"));
        QSignalSpy answered(&controller, &ChatController::answerFinished);
        QTest::keyClick(w, Qt::Key_Return);
        QTRY_VERIFY(controller.isStreaming() || answered.count() == 1);
        QTRY_COMPARE(answered.count(), 1);
        QTRY_COMPARE(controller.messages()->rowCount(), 2);
        QVERIFY(controller.composerText().isEmpty());
        // Message actions show on hover or keyboard focus only: none while the pointer is away and the composer has
        // focus (the first message is the list's current row, which used to keep its actions shown).
        QTest::mouseMove(w, QPoint(5, w->height() - 5));
        QTRY_VERIFY(input->hasActiveFocus());
        const auto shownActions = [w] {
            return items(w, [](QQuickItem *item) { return item->objectName() == QLatin1String("messageActions"); },
                         true).size();
        };
        QTRY_COMPARE(shownActions(), 0);
        QTest::qWait(300);
        screenshot(w, QStringLiteral("chat-light.png"));
        QQuickItem *messages = find(w, "messageView");
        QVERIFY(messages);
        messages->forceActiveFocus();  // keyboard focus in the list shows the current message's actions
        QTRY_COMPARE(shownActions(), 1);
        input->forceActiveFocus();

        // A second, long reply stopped with Esc: the window stays, the reply is kept as interrupted.
        runner.script = QStringList(400, QStringLiteral("streaming words "));
        runner.intervalMs = 10;
        type(w, QStringLiteral("Write a long essay"));
        QTest::keyClick(w, Qt::Key_Return);
        QTRY_VERIFY(controller.messages()->rowCount() == 4 &&
                    controller.messages()->messageAt(3).content.size() > 40);
        QVERIFY(controller.isStreaming());
        QTest::keyClick(w, Qt::Key_Escape);
        QTRY_VERIFY(!controller.isStreaming());
        QVERIFY(w->isVisible());
        QTRY_VERIFY(controller.messages()->messageAt(3).status == store::MessageStatus::Interrupted);

        // Both are found by search.
        controller.search()->setQuery(QStringLiteral("essay"));
        QTRY_COMPARE(controller.search()->rowCount(), 1);
        controller.search()->setQuery(QStringLiteral("streaming words"));
        QTRY_COMPARE(controller.search()->rowCount(), 1);
        controller.search()->setQuery(QStringLiteral("Hello"));
        QTRY_COMPARE(controller.search()->rowCount(), 1);
        QTest::qWait(300);
        screenshot(w, QStringLiteral("chat-search-light.png"));
        controller.search()->setQuery(QString());

        // Ctrl+F, type, Esc: the search is cleared and the window stays; Esc in the empty field hides it (as below).
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QQuickItem *searchField = find(w, "searchField");
        QVERIFY(searchField);
        QTRY_VERIFY(searchField->hasActiveFocus());
        type(w, QStringLiteral("essay"));
        QTRY_COMPARE(controller.search()->query(), QStringLiteral("essay"));
        QTest::keyClick(w, Qt::Key_Escape);
        QTRY_COMPARE(controller.search()->query(), QString());
        QVERIFY(w->isVisible());
        find(w, "composerInput")->forceActiveFocus();

        // The rename/export dialogs are not built with the window; the sidebar loads them on first use, and the
        // rename dialog opens with the chat's title.
        QQuickItem *sessionList = find(w, "sessionList");
        QVERIFY(sessionList && sessionList->parentItem());
        QQuickItem *sidebar = sessionList->parentItem()->parentItem();
        QVERIFY(sidebar);
        QVariant loaded;
        QVERIFY(QMetaObject::invokeMethod(sidebar, "loadDialogs", Q_RETURN_ARG(QVariant, loaded)));
        auto *dialogs = loaded.value<QObject *>();
        QVERIFY(dialogs);
        QCOMPARE(dialogs->property("controller").value<QObject *>(), &controller);
        QVERIFY(QMetaObject::invokeMethod(dialogs, "rename", Q_ARG(QVariant, controller.currentSessionId()),
                                          Q_ARG(QVariant, QStringLiteral("Renamed here"))));
        QCOMPARE(dialogs->property("sessionId").toString(), controller.currentSessionId());
        QTest::keyClick(w, Qt::Key_Return);
        QTRY_COMPARE(controller.currentTitle(), QStringLiteral("Renamed here"));

        // Export: the save dialog opens (Qt's own when the desktop has none: it needs Qt.labs.folderlistmodel) in
        // Documents or home with the chat's name filled in, and saving writes the Markdown.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("FileDialog")));
        QVERIFY(QMetaObject::invokeMethod(dialogs, "exportAs", Q_ARG(QVariant, controller.currentSessionId()),
                                          Q_ARG(QVariant, QStringLiteral("md"))));
        auto *exportDialog = dialogs->findChild<QObject *>(QStringLiteral("exportDialog"));
        QVERIFY(exportDialog);
        QTRY_VERIFY(exportDialog->property("visible").toBool());
        QCOMPARE(exportDialog->property("currentFolder").toUrl(), controller.exportFolder());
        QVERIFY(exportDialog->property("selectedFile").toUrl().toLocalFile().endsWith(QLatin1String("/Renamed-here.md")));
        screenshot(w, QStringLiteral("chat-export-light.png"));
        const QString folder = controller.exportFolder().toLocalFile();
        QSignalSpy exported(&controller, &ChatController::exported);
        QVERIFY(QMetaObject::invokeMethod(exportDialog, "accept"));
        QTRY_COMPARE(exported.count(), 1);
        const QString exportPath = exported.at(0).at(0).toString();
        QCOMPARE(exportPath, folder + QStringLiteral("/Renamed-here.md"));
        QFile exportedFile(exportPath);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        QVERIFY(exportedFile.readAll().contains("Renamed here"));
        QVERIFY(exportedFile.remove());

        controller.setAppearance(QStringLiteral("dark"));
        QVERIFY(controller.theme()->isDark());
        QTest::qWait(300);
        screenshot(w, QStringLiteral("chat-dark.png"));

        // Esc with nothing running hides the window.
        QTest::keyClick(w, Qt::Key_Escape);
        QTRY_VERIFY(!w->isVisible());
        QVERIFY(settings.chatWindowGeometry().size() == 1);
        controller.shutdown();
    }

    // The provider button opens the picker: providers with their key status or tier badge, then the models. Picking a
    // model with the mouse changes it; the button's tooltip stays out of the way while the menu is open.
    void providerMenuPicksAModel()
    {
        ChatRig rig;
        ChatController &controller = rig.controller;
        QQuickWindow *w = rig.show();
        QVERIFY(w);

        const auto shown = [w](const QString &text) {
            return items(w, [&text](QQuickItem *item) { return item->property("text").toString() == text; }, true)
                .value(0);
        };
        QQuickItem *button = find(w, "providerButton");
        QVERIFY(button);
        QCOMPARE(button->property("text").toString(), QStringLiteral("OpenAI · gpt-4o-mini"));
        const QPoint centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint();
        QTest::mouseMove(w, centre);
        QTest::mouseClick(w, Qt::LeftButton, {}, centre);
        QTRY_VERIFY(shown(QStringLiteral("OpenAI  —  Key set")));
        QVERIFY(shown(QStringLiteral("Anthropic  —  Needs pro")));
        QVERIFY(shown(QStringLiteral("Local server  —  Local, no key needed")));
        QQuickItem *other = shown(QStringLiteral("gpt-4o"));
        QVERIFY(other);
        QTest::qWait(900);  // longer than the tooltip's delay, the pointer still on the button
        QVERIFY2(!shown(QStringLiteral("Key set")), "the button's tooltip is drawn over its open menu");
        screenshot(w, QStringLiteral("chat-provider-menu.png"));

        const QPoint pick = other->mapToScene(QPointF(other->width() / 2, other->height() / 2)).toPoint();
        QTest::mouseMove(w, pick);
        QTest::mouseClick(w, Qt::LeftButton, {}, pick);
        QTRY_COMPARE(controller.model(), QStringLiteral("gpt-4o"));
        QTRY_VERIFY(!shown(QStringLiteral("OpenAI  —  Key set")));
        QCOMPARE(button->property("text").toString(), QStringLiteral("OpenAI · gpt-4o"));

        // In the dark theme too; Esc closes the menu, not the window.
        controller.setAppearance(QStringLiteral("dark"));
        QTest::mouseClick(w, Qt::LeftButton, {}, centre);
        QTRY_VERIFY(shown(QStringLiteral("OpenAI  —  Key set")));
        QTest::qWait(300);
        screenshot(w, QStringLiteral("chat-provider-menu-dark.png"));
        QTest::keyClick(w, Qt::Key_Escape);
        QTRY_VERIFY(!shown(QStringLiteral("OpenAI  —  Key set")));
        QTest::qWait(100);
        QVERIFY(w->isVisible());
        controller.shutdown();
    }

    // Delete on a chat in the list removes it at once with an Undo bar; Ctrl+Z brings it back, except in a text field
    // that has its own undo.
    void deleteAndUndoFromTheKeyboard()
    {
        ChatRig rig;
        for (const char *title : {"Older chat", "Chat to delete"})
            QVERIFY(test::waitFor(rig.store.run([title](store::ChatRepository &r) {
                        return r.createSession(QString::fromLatin1(title)).ok();
                    })));
        ChatController &controller = rig.controller;
        QQuickWindow *w = rig.show(false);
        QVERIFY(w);
        QTRY_COMPARE(controller.sessions()->rowCount(), 2);

        QQuickItem *list = find(w, "sessionList");
        QVERIFY(list);
        list->forceActiveFocus();
        QTRY_VERIFY(list->property("currentItem").value<QQuickItem *>() &&
                    list->property("currentItem").value<QQuickItem *>()->hasActiveFocus());
        QCOMPARE(list->property("currentItem").value<QQuickItem *>()->property("title").toString(),
                 QStringLiteral("Chat to delete"));
        QTest::keyClick(w, Qt::Key_Delete);
        QTRY_COMPARE(controller.sessions()->rowCount(), 1);
        QQuickItem *undo = find(w, "undoDeleteButton");
        QVERIFY(undo);
        QTRY_VERIFY(undo->isVisible());

        // In the composer, Ctrl+Z undoes typing and the chat stays deleted.
        find(w, "composerInput")->forceActiveFocus();
        type(w, QStringLiteral("abc"));
        QTRY_COMPARE(controller.composerText(), QStringLiteral("abc"));
        QTest::keySequence(w, QKeySequence::Undo);
        QTRY_VERIFY(controller.composerText() != QStringLiteral("abc"));
        QCOMPARE(controller.sessions()->rowCount(), 1);

        // Elsewhere it brings the chat back.
        list->forceActiveFocus();
        QTest::keySequence(w, QKeySequence::Undo);
        QTRY_COMPARE(controller.sessions()->rowCount(), 2);
        QCOMPARE(controller.sessions()->titleOf(controller.sessions()->data(controller.sessions()->index(0),
                                                                            SessionListModel::IdRole).toString()),
                 QStringLiteral("Chat to delete"));
        QTRY_VERIFY(!undo->isVisible());
        controller.shutdown();
    }

    // A long reply is shown in chunks; while it streams, a new chunk is added as one more item and the chunks before
    // it keep their items (and their laid-out text) instead of all being built again each time the count grows.
    void longReplyKeepsEarlierChunks()
    {
        ChatRig rig;
        rig.runner.script.clear();
        for (int i = 1; i <= 120; ++i)
            rig.runner.script << QStringLiteral("Paragraph %1: some words that make a line of prose in a long reply.\n\n").arg(i);
        rig.runner.intervalMs = 15;
        ChatController &controller = rig.controller;
        QQuickWindow *w = rig.show();
        QVERIFY(w);

        const auto chunks = [w] {
            return items(w, [](QQuickItem *item) {
                return item->property("markdown").toString().contains(QLatin1String("Paragraph "));
            });
        };
        controller.setComposerText(QStringLiteral("A long one, please"));
        controller.send();
        QTRY_VERIFY(chunks().size() == 1 && controller.messages()->rowCount() == 2);
        const QPointer<QQuickItem> first = chunks().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(chunks().size() >= 3, 10000);
        QVERIFY2(first, "the first chunk's item was rebuilt when more chunks came");
        QCOMPARE(chunks().constFirst(), first.data());

        // While the reply grows past the window, the view follows its newest line...
        QQuickItem *view = find(w, "messageView");
        QVERIFY(view);
        const auto contentY = [view] { return view->property("contentY").toReal(); };
        const auto atEnd = [view] { return view->property("atYEnd").toBool(); };
        QTRY_VERIFY_WITH_TIMEOUT(view->property("contentHeight").toReal() > 1.5 * view->height(), 10000);
        for (int i = 0; i < 5; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(atEnd(), 300);
            QTest::qWait(60);
        }
        QVERIFY(controller.isStreaming());
        // ...until the reader scrolls up: then it stays where they are while the reply goes on below.
        const QPointF over = view->mapToScene(QPointF(view->width() / 2, view->height() / 2));
        for (int i = 0; i < 3; ++i) {
            QWheelEvent wheel(over, w->mapToGlobal(over), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(w, &wheel);
        }
        QTRY_VERIFY(!atEnd());
        QTRY_VERIFY(!view->property("moving").toBool());
        const qreal readingAt = contentY();
        const int rowsBefore = chunks().size();
        QTRY_VERIFY_WITH_TIMEOUT(chunks().size() > rowsBefore + 1 || !controller.isStreaming(), 10000);
        QCOMPARE(contentY(), readingAt);
        QVERIFY(!atEnd());
        QQuickItem *jump = find(w, "jumpToNewest");
        QVERIFY(jump);
        QVERIFY(jump->isVisible());
        QTest::mouseClick(w, Qt::LeftButton, {}, jump->mapToScene(QPointF(jump->width() / 2, jump->height() / 2)).toPoint());
        QTRY_VERIFY(atEnd());
        QTRY_VERIFY(!jump->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(!controller.isStreaming(), 10000);
        QTRY_VERIFY(atEnd());  // the finished reply is shown to its end
        QVERIFY(first);
        QVERIFY(first->property("markdown").toString().startsWith(QLatin1String("Paragraph 1:")));
        controller.shutdown();
    }
};

QTEST_MAIN(TestChatWindow)
#include "tst_chat_window.moc"

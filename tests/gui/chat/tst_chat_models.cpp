// The chat window's C++ side without a window: Markdown splitting and sanitizing, the lazy session and message
// models over a real database (a 10,000-message session), search, and the controller driving a scripted runner.
#include "ChatController.h"
#include "ChatStore.h"
#include "ChatTestUtil.h"
#include "FakeTurnRunner.h"
#include "MarkdownBlocks.h"
#include "SafeTextDocument.h"
#include "TestSupport.h"
#include "settings/Settings.h"
#include "store/ChatRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextTable>

using namespace ttc;
using namespace ttc::chat;

namespace {

bool hasImage(const QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                return true;
    return false;
}

QStringList anchors(const QTextDocument &doc)
{
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                out << it.fragment().charFormat().anchorHref();
    return out;
}

} // namespace

class TestChatModels : public QObject
{
    Q_OBJECT

    test::TempProfile m_profile;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<ChatStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<store::Database>(m_profile.profile().databasePath());
        QVERIFY(test::waitFor(m_db->open()).ok());
        m_store = std::make_unique<ChatStore>(*m_db, SystemClock::instance());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void markdownBlocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("prose") << QStringLiteral("Hello **you**") << QStringList{QStringLiteral("text")}
                               << QStringList{QStringLiteral("Hello **you**")};
        QTest::newRow("fence") << QStringLiteral("Run:\n```bash\nls -l\necho hi\n```\nDone.")
                               << QStringList{QStringLiteral("text"), QStringLiteral("code"), QStringLiteral("text")}
                               << QStringList{QStringLiteral("Run:\n"), QStringLiteral("ls -l\necho hi"),
                                              QStringLiteral("Done.")};
        QTest::newRow("tilde and longer close")
            << QStringLiteral("~~~~\n```\nnot a close\n~~~~~") << QStringList{QStringLiteral("code")}
            << QStringList{QStringLiteral("```\nnot a close")};
        QTest::newRow("streaming, unclosed") << QStringLiteral("x\n```py\nprint(1)")
                                             << QStringList{QStringLiteral("text"), QStringLiteral("code")}
                                             << QStringList{QStringLiteral("x\n"), QStringLiteral("print(1)")};
        QTest::newRow("indented four is no fence") << QStringLiteral("    ```\n    code") << QStringList{QStringLiteral("text")}
                                                   << QStringList{QStringLiteral("    ```\n    code")};
    }

    void markdownBlocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, texts);
        const QVariantList blocks = blocksToVariant(splitMarkdownBlocks(markdown));
        QStringList gotKinds, gotTexts;
        for (const QVariant &b : blocks) {
            gotKinds << b.toMap().value(QStringLiteral("kind")).toString();
            gotTexts << b.toMap().value(QStringLiteral("text")).toString();
        }
        QCOMPARE(gotKinds, kinds);
        QCOMPARE(gotTexts, texts);
    }

    void languageAndClosedFlag()
    {
        const QList<MarkdownBlock> b = splitMarkdownBlocks(QStringLiteral("```python title=x\na\n```\n```js\nb"));
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).language, QStringLiteral("python"));
        QVERIFY(b.at(0).closed);
        QCOMPARE(b.at(1).language, QStringLiteral("js"));
        QVERIFY(!b.at(1).closed);
    }

    void longProseIsChunkedAtSafeBreaks()
    {
        QString prose;
        for (int i = 0; i < 40; ++i)
            prose += QStringLiteral("Paragraph %1 with enough words to make it a realistic line of text.\n\n").arg(i);
        prose += QStringLiteral("- item\n\n- loose item\n");
        const QList<MarkdownBlock> blocks = splitMarkdownBlocks(prose);
        QVERIFY(blocks.size() > 1);
        QString joined;
        for (const MarkdownBlock &b : blocks) {
            QCOMPARE(b.kind, MarkdownBlock::Text);
            QVERIFY(b.text.size() < 1600);
            joined += b.text;
        }
        // Nothing lost but the blank lines at the cuts, and the loose list stays in one chunk.
        QCOMPARE(joined.count(QStringLiteral("Paragraph")), 40);
        QVERIFY(blocks.last().text.contains(QStringLiteral("- item\n\n- loose item")));
    }

    void hostileMarkdownStaysText()
    {
        QTextDocument doc;
        SafeTextDocument::renderMarkdown(
            doc, QStringLiteral("<img src=x onerror=alert(1)> and <script>alert('x')</script>\n\n"
                                "![a cat](https://example.org/cat.png) [run](javascript:alert(1)) "
                                "[file](file:///etc/passwd) [ok](https://example.org/a) [mail](mailto:a@b.org)\n\n"
                                "<b>bold?</b>"));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("<img src=x onerror=alert(1)>")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<script>alert('x')</script>")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>bold?</b>")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("a cat")), qPrintable(text));
        QVERIFY(!hasImage(doc));
        QCOMPARE(anchors(doc), (QStringList{QStringLiteral("https://example.org/a"), QStringLiteral("mailto:a@b.org")}));
        QVERIFY(text.contains(QStringLiteral("run")));
        QVERIFY(text.contains(QStringLiteral("file")));
        // Nothing of it became markup: no bold run came from the <b> tag.
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().text().contains(QStringLiteral("bold?")))
                    QVERIFY(it.fragment().charFormat().fontWeight() <= QFont::Normal);
    }

    void markdownStructure()
    {
        QTextDocument doc;
        SafeTextDocument::renderMarkdown(doc, QStringLiteral("# Title\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
        bool table = false;
        bool list = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            list = list || b.textList();
            QTextCursor c(b);
            table = table || c.currentTable();
        }
        QVERIFY(list);
        QVERIFY(table);
        QVERIFY(doc.toPlainText().contains(QStringLiteral("Title")));
    }

    void markdownStyle()
    {
        QTextDocument doc;
        SafeTextDocument::renderMarkdown(doc, QStringLiteral("# One\n\n## Two\n\n### Three\n\n> quoted\n\n"
                                                             "| a | b |\n|---|---|\n| 1 | 2 |\n"));
        QHash<QString, QTextBlock> blocks;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            blocks.insert(b.text(), b);
        const auto textFormat = [&](const QString &text) { return blocks.value(text).begin().fragment().charFormat(); };
        const auto sizeStep = [&](const QString &text) {
            return textFormat(text).property(QTextFormat::FontSizeAdjustment).toInt();
        };
        QCOMPARE(sizeStep(QStringLiteral("One")), 2);
        QCOMPARE(sizeStep(QStringLiteral("Two")), 1);
        QCOMPARE(sizeStep(QStringLiteral("Three")), 0);
        QVERIFY(textFormat(QStringLiteral("quoted")).fontItalic());
        QVERIFY(!textFormat(QStringLiteral("1")).fontItalic());
        QTextTable *table = QTextCursor(blocks.value(QStringLiteral("a"))).currentTable();
        QVERIFY(table);
        QVERIFY(table->format().borderCollapse());
        QCOMPARE(table->format().cellSpacing(), 0.0);
        QVERIFY(table->format().cellPadding() >= 4);
        QCOMPARE(table->format().borderBrush().color(), QColor(128, 128, 128, 140));
    }

    void snippetMarks()
    {
        QTextDocument doc;
        SafeTextDocument::renderMarked(doc, QStringLiteral("say \u0002hello\u0003 <b>x</b>"), Qt::yellow);
        QCOMPARE(doc.toPlainText(), QStringLiteral("say hello <b>x</b>"));
        QTextCursor c(&doc);
        c.setPosition(6);
        QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));
        c.setPosition(2);
        QVERIFY(c.charFormat().fontWeight() <= QFont::Normal);
    }

    void tokenEstimate()
    {
        QCOMPARE(estimateTokens(QString()), 0);
        QVERIFY(estimateTokens(QStringLiteral("hello world")) >= 2);
        QVERIFY(estimateTokens(QString(400, QLatin1Char('a'))) >= 100);
        QCOMPARE(estimateTokens(QStringLiteral("你好世界")), 4);
    }

    void sessionsPageLazilyAndDeleteWithUndo()
    {
        for (int i = 0; i < 120; ++i)
            QVERIFY(test::waitFor(m_store->run([i](store::ChatRepository &repo) {
                        return repo.createSession(QStringLiteral("S%1").arg(i)).ok();
                    })));
        SessionListModel model(*m_store);
        model.refresh();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() >= 120);
        QTRY_VERIFY(!model.canFetchMore({}));

        const QString first = model.data(model.index(0), SessionListModel::IdRole).toString();
        model.rename(first, QStringLiteral("  Renamed\nchat  "));
        QCOMPARE(model.data(model.index(0), SessionListModel::TitleRole).toString(), QStringLiteral("Renamed chat"));
        QTRY_COMPARE(test::waitFor(m_store->run([first](store::ChatRepository &r) { return (*r.session(first))->title; })),
                     QStringLiteral("Renamed chat"));

        const int before = model.rowCount();
        model.setUndoInterval(200);
        model.remove(first);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.pendingDeleteTitle(), QStringLiteral("Renamed chat"));
        model.undoRemove();
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(model.indexOf(first), 0);
        model.remove(first);
        QTRY_VERIFY(model.pendingDeleteTitle().isEmpty());
        QTRY_VERIFY(!test::waitFor(m_store->run([first](store::ChatRepository &r) { return r.session(first)->has_value(); })));
    }

    void longSessionOpensWithOnePage()
    {
        const QString sid = test::makeLongSession(*m_db, 10000);
        MessageListModel model(*m_store);
        QSignalSpy opened(&model, &MessageListModel::opened);
        QElapsedTimer t;
        t.start();
        model.openSession(sid);
        QTRY_COMPARE(opened.count(), 1);
        const qint64 ms = t.elapsed();
        qInfo("10,000-message session: first page of %d rows in %lld ms", model.rowCount(), ms);
        QVERIFY2(ms < 3000, "opening stays independent of the session's length");
        QCOMPARE(model.rowCount(), MessageListModel::kFirstPage);
        QVERIFY(model.hasOlder());
        QVERIFY(!model.hasNewer());
        QCOMPARE(model.data(model.index(model.rowCount() - 1), MessageListModel::ContentRole).toString().left(20),
                 QStringLiteral("Answer number 9999 w"));
        const QVariantList blocks = model.data(model.index(0), MessageListModel::BlocksRole).toList();
        QVERIFY(!blocks.isEmpty());

        model.loadOlder();
        QTRY_COMPARE(model.rowCount(), MessageListModel::kFirstPage + MessageListModel::kPage);
        QCOMPARE(model.data(model.index(0), MessageListModel::ContentRole).toString(),
                 QStringLiteral("Question number 9890?"));
        for (int i = 0; i < 3; ++i) {
            const int n = model.rowCount();
            model.loadOlder();
            QTRY_VERIFY(model.rowCount() != n || model.hasNewer());
            QTRY_VERIFY(!model.isLoading());
        }
        QVERIFY(model.rowCount() <= MessageListModel::kMaxRows);
        QVERIFY(model.hasNewer());

        // Jump to an early message (a search hit), then page forward from there.
        const QString early = test::waitFor(m_store->run([sid](store::ChatRepository &r) {
            return r.messagesAfter(sid, {}, 11)->last().id;
        }));
        QSignalSpy positioned(&model, &MessageListModel::positionRequested);
        model.jumpTo(early);
        QTRY_COMPARE(positioned.count(), 1);
        const int row = positioned.at(0).at(0).toInt();
        QCOMPARE(model.data(model.index(row), MessageListModel::IdRole).toString(), early);
        QCOMPARE(row, 10);
        QVERIFY(!model.hasOlder());
        QVERIFY(model.hasNewer());
        const int n = model.rowCount();
        model.loadNewer();
        QTRY_COMPARE(model.rowCount(), n + MessageListModel::kPage);

        model.jumpToLatest();
        QTRY_VERIFY(!model.hasNewer());
        QTRY_COMPARE(model.rowCount(), MessageListModel::kFirstPage);

        // A streaming reply is appended, then updated in place.
        store::Message m;
        m.id = QStringLiteral("ffffffff-0000-7000-8000-000000000001");
        m.sessionId = sid;
        m.role = store::Role::Assistant;
        m.status = store::MessageStatus::Streaming;
        m.content = QStringLiteral("Hel");
        m.createdAt = SystemClock::instance().nowMs() + 1000;
        model.upsert(m);
        QCOMPARE(model.rowCount(), MessageListModel::kFirstPage + 1);
        m.content += QStringLiteral("lo");
        m.status = store::MessageStatus::Complete;
        model.upsert(m);
        QCOMPARE(model.rowCount(), MessageListModel::kFirstPage + 1);
        QCOMPARE(model.data(model.index(model.rowCount() - 1), MessageListModel::ContentRole).toString(),
                 QStringLiteral("Hello"));
        m.sessionId = QStringLiteral("other");
        model.upsert(m);
        QCOMPARE(model.rowCount(), MessageListModel::kFirstPage + 1);
    }

    void searchFindsAndMarks()
    {
        SearchModel search(*m_store);
        search.setDebounceInterval(10);
        QSignalSpy results(&search, &SearchModel::resultsChanged);
        search.setQuery(QStringLiteral("number 4242"));
        QTRY_VERIFY(results.count() >= 1);
        QTRY_VERIFY(search.rowCount() >= 1);
        const QString snippet = search.data(search.index(0), SearchModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QChar(0x0002)) && snippet.contains(QStringLiteral("4242")), qPrintable(snippet));
        QCOMPARE(search.data(search.index(0), SearchModel::SessionTitleRole).toString(), QStringLiteral("Long chat"));
        search.setQuery(QString());
        QTRY_COMPARE(search.rowCount(), 0);
    }

    void controllerSendsStreamsStopsAndKeepsDrafts()
    {
        Settings settings(m_profile.profile().settingsPath());
        QStringList opened;
        QStringList copied;
        ChatHost host;
        host.openWindow = [&](const QString &n) { opened << n; };
        host.copyToClipboard = [&](const QString &t) { copied << t; };
        ChatController c(*m_store, settings, host);
        c.start();
        QVERIFY(!c.isAiAvailable());
        c.setComposerText(QStringLiteral("hi"));
        QVERIFY(!c.send());
        QVERIFY(!c.notice().isEmpty());

        test::FakeTurnRunner runner(*m_store);
        c.setRunner(&runner);
        QVERIFY(c.isAiAvailable());
        QCOMPARE(c.provider(), QStringLiteral("openai"));
        QCOMPARE(c.model(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(c.providers().size(), 3);
        QCOMPARE(c.usage().value(QStringLiteral("limit")).toInt(), 50);

        c.newChat();
        c.setComposerText(QStringLiteral("Tell me something"));
        QCOMPARE(c.tokenEstimate(), estimateTokens(QStringLiteral("Tell me something")));
        QSignalSpy answered(&c, &ChatController::answerFinished);
        QVERIFY(c.send());
        QVERIFY(c.isStreaming());
        QVERIFY(c.composerText().isEmpty());
        QTRY_COMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(2).toString(), QStringLiteral("Hello, world."));
        QVERIFY(!c.isStreaming());
        QVERIFY(!c.currentSessionId().isEmpty());
        QTRY_COMPARE(c.messages()->rowCount(), 2);
        QCOMPARE(c.messages()->messageAt(0).content, QStringLiteral("Tell me something"));
        QVERIFY(c.messages()->messageAt(1).status == store::MessageStatus::Complete);
        QCOMPARE(c.messages()->messageAt(1).tokensOut, 3);
        QCOMPARE(c.lastAnswer(), QStringLiteral("Hello, world."));
        QTRY_COMPARE(c.sessions()->indexOf(c.currentSessionId()), 0);

        // A long reply, stopped halfway: kept as interrupted with what arrived.
        runner.script = QStringList(200, QStringLiteral("word "));
        runner.intervalMs = 5;
        c.setComposerText(QStringLiteral("Go on"));
        QSignalSpy failed(&c, &ChatController::answerFailed);
        QVERIFY(c.send());
        QTRY_VERIFY(c.messages()->rowCount() == 4 && !c.messages()->messageAt(3).content.isEmpty());
        QVERIFY(c.stopIfStreaming());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!c.isStreaming());
        QVERIFY(!c.stopIfStreaming());
        QTRY_VERIFY(c.messages()->messageAt(3).status == store::MessageStatus::Interrupted);
        const QString partial = c.messages()->messageAt(3).content;
        QVERIFY(partial.size() < 200 * 5);
        const QString sid = c.currentSessionId();
        const QString stoppedId = c.messages()->messageAt(3).id;
        QTRY_VERIFY(test::waitFor(m_store->run([stoppedId](store::ChatRepository &r) {
                        return (*r.message(stoppedId))->status == store::MessageStatus::Interrupted;
                    })));

        // Retry replaces the stopped reply.
        runner.script = {QStringLiteral("Again.")};
        c.retry(stoppedId);
        QTRY_COMPARE(answered.count(), 2);
        QTRY_COMPARE(c.messages()->rowCount(), 4);
        QCOMPARE(c.messages()->messageAt(3).content, QStringLiteral("Again."));
        QVERIFY(!c.messages()->find(stoppedId));

        // Edit and resend: the user message and everything after it are replaced.
        const QString firstUser = c.messages()->messageAt(0).id;
        runner.script = {QStringLiteral("Edited answer.")};
        c.editAndResend(firstUser, QStringLiteral("Tell me more"));
        QTRY_COMPARE(answered.count(), 3);
        QTRY_COMPARE(c.messages()->rowCount(), 2);
        QCOMPARE(c.messages()->messageAt(0).content, QStringLiteral("Tell me more"));
        QCOMPARE(c.messages()->messageAt(1).content, QStringLiteral("Edited answer."));

        // Drafts stay with their session.
        c.setComposerText(QStringLiteral("half a thought"));
        c.newChat();
        QVERIFY(c.composerText().isEmpty());
        c.selectSession(sid);
        QTRY_COMPARE(c.currentSessionId(), sid);
        QCOMPARE(c.composerText(), QStringLiteral("half a thought"));

        // A key error offers "Fix key", which opens the key manager.
        runner.failCode = QStringLiteral("auth");
        runner.keyProblem = true;
        runner.script = {};
        c.setComposerText(QStringLiteral("again"));
        QVERIFY(c.send());
        QTRY_COMPARE(failed.count(), 2);
        QTRY_VERIFY(c.messages()->lastAssistant() && c.messages()->lastAssistant()->errorCode == QStringLiteral("key"));
        c.fixKey();
        QCOMPARE(opened, QStringList{QStringLiteral("keys")});

        // A provider outside the tier is refused before any request.
        runner.failCode.clear();
        const int turns = runner.turnsStarted;
        c.setProvider(QStringLiteral("anthropic"));
        c.setComposerText(QStringLiteral("hello claude"));
        QVERIFY(!c.send());
        QVERIFY(c.notice().contains(QStringLiteral("pro")));
        QCOMPARE(runner.turnsStarted, turns);

        c.copyText(QStringLiteral("x"));
        QCOMPARE(copied, QStringList{QStringLiteral("x")});
        c.shutdown();
        QTRY_COMPARE(test::waitFor(m_store->run([sid](store::ChatRepository &r) { return (*r.session(sid))->draft; })),
                     QStringLiteral("hello claude"));
        QCOMPARE(settings.chatLastSession(), sid);
    }
};

QTEST_MAIN(TestChatModels)
#include "tst_chat_models.moc"

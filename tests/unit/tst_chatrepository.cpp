#include "TestSupport.h"
#include "store/ChatExport.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;
using namespace ttc::store;

class TestChatRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    std::unique_ptr<UuidV7Generator> m_ids;
    std::unique_ptr<ChatRepository> m_repo;
    int m_n = 0;

    ChatRepository &repo() { return *m_repo; }

    Message msg(const QString &session, Role role, const QString &text)
    {
        Message m;
        m.sessionId = session;
        m.role = role;
        m.content = text;
        return m;
    }

private Q_SLOTS:
    void init()
    {
        const QString name = QStringLiteral("repo%1").arg(++m_n);
        QVERIFY(openConnection(m_dir.filePath(name + QStringLiteral(".sqlite")), name).ok());
        m_ids = std::make_unique<UuidV7Generator>(m_clock);
        m_repo = std::make_unique<ChatRepository>(QSqlDatabase::database(name), m_clock, *m_ids);
    }

    void cleanup()
    {
        m_repo.reset();
        closeConnection(QStringLiteral("repo%1").arg(m_n));
    }

    void sessionsNewestFirst()
    {
        const Session a = *repo().createSession(QStringLiteral("first"));
        m_clock.advance(1000);
        const Session b = *repo().createSession(QStringLiteral("second"));
        m_clock.advance(1000);
        QList<Session> list = *repo().sessions();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, b.id);
        // A new message makes a session the most recent one.
        QVERIFY(repo().addMessage(msg(a.id, Role::User, QStringLiteral("hello"))).ok());
        list = *repo().sessions();
        QCOMPARE(list.at(0).id, a.id);
        QCOMPARE(list.at(0).messageCount, 1);
        QCOMPARE(*repo().sessionCount(), 2);
        QCOMPARE(repo().sessions(1, 1)->size(), 1);
        QCOMPARE(repo().sessions(1, 1)->at(0).id, b.id);
    }

    void renameDraftDelete()
    {
        const Session s = *repo().createSession();
        QVERIFY(repo().renameSession(s.id, QStringLiteral("Renamed")).ok());
        QVERIFY(repo().setDraft(s.id, QStringLiteral("half a thought")).ok());
        QVERIFY(repo().setSessionModel(s.id, QStringLiteral("openai"), QStringLiteral("gpt-4o-mini")).ok());
        Session read = **repo().session(s.id);
        QCOMPARE(read.title, QStringLiteral("Renamed"));
        QCOMPARE(read.draft, QStringLiteral("half a thought"));
        QCOMPARE(read.model, QStringLiteral("gpt-4o-mini"));
        QVERIFY(repo().addMessage(msg(s.id, Role::User, QStringLiteral("x"))).ok());
        QVERIFY(repo().deleteSession(s.id).ok());
        QVERIFY(!repo().session(s.id)->has_value());
        QCOMPARE(*repo().messageCount(s.id), 0);  // cascaded
        const Result<void> again = repo().deleteSession(s.id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("not_found"));
    }

    void titlesAreOneLine()
    {
        // A title names a chat on one line: a first message's line breaks, a pasted rename or a synced title.
        const Session s = *repo().createSession(QStringLiteral("Hello there\nsecond  line"));
        QCOMPARE(s.title, QStringLiteral("Hello there second line"));
        QCOMPARE((**repo().session(s.id)).title, QStringLiteral("Hello there second line"));
        QVERIFY(repo().renameSession(s.id, QStringLiteral(" two\r\nlines\t")).ok());
        QCOMPARE((**repo().session(s.id)).title, QStringLiteral("two lines"));
        QSqlQuery raw(QSqlDatabase::database(QStringLiteral("repo%1").arg(m_n)));  // as another device may have written it
        QVERIFY(raw.exec(QStringLiteral("UPDATE sessions SET title = 'from\nelsewhere' WHERE id = '%1'").arg(s.id)));
        QCOMPARE((**repo().session(s.id)).title, QStringLiteral("from elsewhere"));
        QCOMPARE(repo().sessions()->first().title, QStringLiteral("from elsewhere"));
    }

    void messagesRoundTripAndPage()
    {
        const Session s = *repo().createSession();
        Message a = msg(s.id, Role::Assistant, QStringLiteral("answer"));
        a.reasoning = QStringLiteral("thinking…");
        a.status = MessageStatus::Streaming;
        a.provider = QStringLiteral("anthropic");
        a.model = QStringLiteral("claude");
        a.tokensIn = 12;
        const Message saved = *repo().addMessage(a);
        QVERIFY(UuidV7Generator::isValid(saved.id));
        Message read = **repo().message(saved.id);
        QCOMPARE(read.reasoning, a.reasoning);
        QCOMPARE(toString(read.status), toString(MessageStatus::Streaming));
        QCOMPARE(read.tokensIn, 12);
        QCOMPARE(read.tokensOut, -1);
        read.content += QStringLiteral(" continued");
        read.status = MessageStatus::Complete;
        read.tokensOut = 40;
        QVERIFY(repo().updateMessage(read).ok());
        QCOMPARE((**repo().message(saved.id)).content, QStringLiteral("answer continued"));
        for (int i = 0; i < 30; ++i) {
            m_clock.advance(1);
            QVERIFY(repo().addMessage(msg(s.id, Role::User, QStringLiteral("n%1").arg(i))).ok());
        }
        const QList<Message> page = *repo().messages(s.id, 10, 5);
        QCOMPARE(page.size(), 5);
        QCOMPARE(page.first().content, QStringLiteral("n9"));
        QCOMPARE(repo().messages(s.id)->size(), 31);
    }

    void keysetPagesAroundACursor()
    {
        const Session s = *repo().createSession();
        QStringList ids;
        for (int i = 0; i < 25; ++i) {
            if (i % 3 == 0)
                m_clock.advance(1);  // several messages share a millisecond: the id breaks the tie
            ids << repo().addMessage(msg(s.id, i % 2 ? Role::Assistant : Role::User, QString::number(i)))->id;
        }
        const Session other = *repo().createSession();
        QVERIFY(repo().addMessage(msg(other.id, Role::User, QStringLiteral("elsewhere"))));

        QList<Message> last = *repo().messagesBefore(s.id, {}, 10);
        QCOMPARE(last.size(), 10);
        QCOMPARE(last.first().content, QStringLiteral("15"));
        QCOMPARE(last.last().content, QStringLiteral("24"));

        const MessageCursor c{last.first().createdAt, last.first().id};
        QList<Message> older = *repo().messagesBefore(s.id, c, 10);
        QCOMPARE(older.size(), 10);
        QCOMPARE(older.first().content, QStringLiteral("5"));
        QCOMPARE(older.last().content, QStringLiteral("14"));
        QList<Message> oldest = *repo().messagesBefore(s.id, {older.first().createdAt, older.first().id}, 10);
        QCOMPARE(oldest.size(), 5);
        QCOMPARE(oldest.first().content, QStringLiteral("0"));

        QList<Message> first = *repo().messagesAfter(s.id, {}, 4);
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.last().content, QStringLiteral("3"));
        QList<Message> newer = *repo().messagesAfter(s.id, {first.last().createdAt, first.last().id}, 100);
        QCOMPARE(newer.size(), 21);
        QCOMPARE(newer.first().content, QStringLiteral("4"));
        QCOMPARE(newer.last().content, QStringLiteral("24"));
    }

    void staleStreamingBecomesInterrupted()
    {
        const Session s = *repo().createSession();
        Message m = msg(s.id, Role::Assistant, QStringLiteral("partial"));
        m.status = MessageStatus::Streaming;
        const Message saved = *repo().addMessage(m);
        QCOMPARE(*repo().markStaleStreamingInterrupted(), 1);
        QCOMPARE(toString((**repo().message(saved.id)).status), toString(MessageStatus::Interrupted));
        QCOMPARE((**repo().message(saved.id)).content, QStringLiteral("partial"));
        QCOMPARE(*repo().markStaleStreamingInterrupted(), 0);
    }

    void searchRanksAndMarksMatches()
    {
        const Session trip = *repo().createSession(QStringLiteral("Trip"));
        const Session cook = *repo().createSession(QStringLiteral("Cooking"));
        QVERIFY(repo().addMessage(msg(trip.id, Role::User, QStringLiteral("Which umbrella survives Scottish wind?"))).ok());
        QVERIFY(repo().addMessage(msg(cook.id, Role::Assistant, QStringLiteral("Crème brûlée needs a torch."))).ok());
        QVERIFY(repo().addMessage(msg(cook.id, Role::User, QStringLiteral("umbrella umbrella umbrella stand recipe"))).ok());

        QList<SearchHit> hits = *repo().search(QStringLiteral("umbrella"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().sessionTitle, QStringLiteral("Cooking"));  // more matches rank first
        QVERIFY(hits.first().snippet.contains(kSnippetOpen + QStringLiteral("umbrella") + kSnippetClose));

        // Prefix of the last word, diacritics folded.
        hits = *repo().search(QStringLiteral("creme bru"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().sessionId, cook.id);
        QCOMPARE(toString(hits.first().role), toString(Role::Assistant));

        // Edits are searchable, deletions are gone.
        Message edited = **repo().message(hits.first().messageId);
        edited.content = QStringLiteral("Flambé with a blowtorch.");
        QVERIFY(repo().updateMessage(edited).ok());
        QCOMPARE(repo().search(QStringLiteral("brulee"))->size(), 0);
        QCOMPARE(repo().search(QStringLiteral("blowtorch"))->size(), 1);
        QVERIFY(repo().deleteMessage(edited.id).ok());
        QCOMPARE(repo().search(QStringLiteral("blowtorch"))->size(), 0);
    }

    void searchTreatsSyntaxAsText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << "\"unbalanced";
        QTest::newRow("operators") << "AND OR NOT NEAR(";
        QTest::newRow("column filter") << "content:foo";
        QTest::newRow("star only") << "*";
        QTest::newRow("sql") << "'; DROP TABLE messages; --";
        QTest::newRow("empty") << "";
    }

    void searchTreatsSyntaxAsText()
    {
        QFETCH(QString, query);
        const Session s = *repo().createSession();
        QVERIFY(repo().addMessage(msg(s.id, Role::User, QStringLiteral("AND OR NOT content foo"))).ok());
        const Result<QList<SearchHit>> r = repo().search(query);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(*repo().messageCount(s.id), 1);
    }

    void resolvesIdPrefixes()
    {
        const Session a = *repo().createSession();
        QCOMPARE(*repo().resolveSessionId(a.id), a.id);
        QCOMPARE(*repo().resolveSessionId(a.id.left(30).toUpper()), a.id);
        QCOMPARE(repo().resolveSessionId(QStringLiteral("zz")).error().code, QStringLiteral("bad_id"));
        QCOMPARE(repo().resolveSessionId(QStringLiteral("ffffffff")).error().code, QStringLiteral("not_found"));
        const Session b = *repo().createSession();
        const QString common = a.id.left(8);
        if (b.id.startsWith(common))
            QCOMPARE(repo().resolveSessionId(common).error().code, QStringLiteral("ambiguous_id"));
    }

    void exports()
    {
        const Session s = *repo().createSession(QStringLiteral("Export <me>"));
        QVERIFY(repo().addMessage(msg(s.id, Role::User, QStringLiteral("Question with <b>tags</b>"))).ok());
        Message a = msg(s.id, Role::Assistant, QStringLiteral("Answer\n\n```\ncode\n```"));
        a.model = QStringLiteral("gpt-4o-mini");
        a.status = MessageStatus::Interrupted;
        QVERIFY(repo().addMessage(a).ok());
        const Session read = **repo().session(s.id);
        const QList<Message> messages = *repo().messages(s.id);

        const QString md = exportMarkdown(read, messages);
        QVERIFY(md.startsWith(QStringLiteral("# Export <me>\n")));
        QVERIFY(md.contains(QStringLiteral("## You")));
        QVERIFY(md.contains(QStringLiteral("## Assistant (gpt-4o-mini)")));
        QVERIFY(md.contains(QStringLiteral("(interrupted)")));
        QVERIFY(md.contains(QStringLiteral("```\ncode\n```")));

        const QJsonObject json = QJsonDocument::fromJson(exportJson(read, messages)).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("tooltip-companion.session"));
        QCOMPARE(json.value(QStringLiteral("session")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Export <me>"));
        const QJsonArray list = json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Question with <b>tags</b>"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
    }

    void displayTitles()
    {
        Session s;
        QCOMPARE(displayTitle(s), QStringLiteral("New chat"));
        QCOMPARE(displayTitle(s, QStringLiteral("  what is\nthe weather  ")), QStringLiteral("what is the weather"));
        QCOMPARE(displayTitle(s, QString(100, QLatin1Char('a'))).size(), 60);
        s.title = QStringLiteral("Mine");
        QCOMPARE(displayTitle(s, QStringLiteral("ignored")), QStringLiteral("Mine"));
    }
};

QTEST_GUILESS_MAIN(TestChatRepository)
#include "tst_chatrepository.moc"

#include "voice/VoiceCommands.h"

#include <QTest>

using namespace ttc::voice;

Q_DECLARE_METATYPE(ttc::voice::CommandKind)

class TestVoiceCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CommandKind>("kind");
        QTest::addColumn<QString>("argument");
        QTest::newRow("new chat") << "new chat" << CommandKind::NewChat << "";
        QTest::newRow("case and punctuation") << "New chat." << CommandKind::NewChat << "";
        QTest::newRow("open browser") << "open browser" << CommandKind::OpenBrowser << "";
        QTest::newRow("read again") << "Read that again!" << CommandKind::ReadAgain << "";
        QTest::newRow("stop") << "  stop " << CommandKind::Stop << "";
        QTest::newRow("search") << "Search history for pizza recipes" << CommandKind::SearchHistory
                                << "pizza recipes";
        QTest::newRow("search without query") << "search history for" << CommandKind::None << "";
        QTest::newRow("command inside a sentence") << "please stop the music" << CommandKind::None << "";
        QTest::newRow("question") << "what is the capital of france" << CommandKind::None << "";
        QTest::newRow("empty") << "" << CommandKind::None << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(CommandKind, kind);
        QFETCH(QString, argument);
        const VoiceCommand c = parseCommand(text);
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.argument, argument);
    }

    void idsRoundTrip()
    {
        for (CommandKind k : {CommandKind::NewChat, CommandKind::OpenBrowser, CommandKind::ReadAgain, CommandKind::Stop,
                              CommandKind::SearchHistory}) {
            QVERIFY(!commandId(k).isEmpty());
            QCOMPARE(commandFromId(commandId(k)), k);
            QVERIFY(!commandPhrase(k).isEmpty());
        }
        QCOMPARE(commandFromId(QStringLiteral("nope")), CommandKind::None);
    }

    void grammarIsWellFormed()
    {
        const QString g = commandGrammar();
        QVERIFY(g.startsWith(QLatin1String("#JSGF V1.0;")));
        QVERIFY(g.contains(QLatin1String("public <utterance>")));
        for (CommandKind k : {CommandKind::NewChat, CommandKind::OpenBrowser, CommandKind::ReadAgain, CommandKind::Stop,
                              CommandKind::SearchHistory})
            QVERIFY(g.contains(commandPhrase(k)));
        // Command words must not be fillers, or the filler loop could swallow a command.
        for (const QString &w : fillerWords())
            for (const char *cw : {"new", "chat", "open", "browser", "read", "stop", "search", "history", "for"})
                QVERIFY2(w != QLatin1String(cw), cw);
    }
};

QTEST_GUILESS_MAIN(TestVoiceCommands)
#include "tst_voicecommands.moc"

// End to end, as a person would: tooltip-companion --open chat against the loopback OpenAI-format server
// (ttc-fake-provider), typing with xdotool into the real window; one reply streams to the end, a second is stopped
// with Esc; the history (read back with `ttc history`) holds both, searchable. Screenshot in TTC_TEST_ARTIFACTS.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ttc;

class TestChatE2e : public QObject
{
    Q_OBJECT

    test::TempProfile m_profile;
    QProcess m_provider;
    QProcess m_app;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TTC_PROFILE_DIR"), m_profile.root());
        return e;
    }

    static void xdotool(const QStringList &args)
    {
        test::runProcess(QStringLiteral("xdotool"), args);
    }

    QJsonArray history(const QStringList &args)
    {
        const test::ProcessResult r = test::runProcess(test::binary(QStringLiteral("ttc")),
                                                       QStringList{QStringLiteral("history")} + args +
                                                           QStringList{QStringLiteral("--json")},
                                                       {}, env());
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        if (d.isArray())
            return d.array();
        return d.object().value(QStringLiteral("messages")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY") || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("needs an X display and xdotool: run through scripts/test-env");
    }

    void chatStreamStopAndSearch()
    {
        // 40 deltas, 40 ms apart: long enough to stop the second one midway.
        m_provider.start(test::binary(QStringLiteral("ttc-fake-provider")),
                         {QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--chunks"),
                          QStringLiteral("40"), QStringLiteral("--delay-ms"), QStringLiteral("40")});
        QVERIFY(m_provider.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_provider.canReadLine(), 15000);
        const QByteArray line = m_provider.readLine().trimmed();
        QVERIFY2(line.startsWith("PORT "), line.constData());
        const QString port = QString::fromLatin1(line.mid(5));

        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TTC_OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        e.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-e2e"));
        m_app.setProcessEnvironment(e);
        m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_app.start(test::binary(QStringLiteral("tooltip-companion")),
                    {QStringLiteral("--profile"), m_profile.root(), QStringLiteral("--open"), QStringLiteral("chat")});
        QVERIFY(m_app.waitForStarted());
        // The window is up when xdotool finds it by its title. Latched: a search made while windows are being
        // created can come back empty once after a hit, and QTRY evaluates its expression again after the loop.
        bool windowSeen = false;
        const auto chatWindowFound = [&windowSeen] {
            windowSeen = windowSeen
                || !test::runProcess(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--name"),
                                                                 QStringLiteral("Chat")})
                        .out.trimmed()
                        .isEmpty();
            return windowSeen;
        };
        QTRY_VERIFY_WITH_TIMEOUT(chatWindowFound(), 30000);
        QTest::qWait(1500);  // the composer takes focus once the window is active

        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), QStringLiteral("First question")});
        xdotool({QStringLiteral("key"), QStringLiteral("Return")});
        // The reply streams to the end and is stored complete.
        QTRY_VERIFY_WITH_TIMEOUT(history({QStringLiteral("search"), QStringLiteral("tok39")}).size() == 1, 30000);

        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), QStringLiteral("Second question")});
        xdotool({QStringLiteral("key"), QStringLiteral("Return")});
        QTRY_VERIFY_WITH_TIMEOUT(history({QStringLiteral("search"), QStringLiteral("Second")}).size() == 1, 20000);
        QTest::qWait(500);
        xdotool({QStringLiteral("key"), QStringLiteral("Escape")});
        QTest::qWait(1500);

        const QString shot = QDir(test::artifactsDir()).filePath(QStringLiteral("chat-e2e.png"));
        test::runProcess(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), shot});

        // Both questions and both replies are in the history, the second reply interrupted with what had arrived.
        const QJsonArray sessions = history({QStringLiteral("list")});
        QCOMPARE(sessions.size(), 1);
        const QString sid = sessions.at(0).toObject().value(QStringLiteral("id")).toString();
        const QJsonArray messages = history({QStringLiteral("show"), sid});
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(messages.at(3).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
        QVERIFY(history({QStringLiteral("search"), QStringLiteral("tok0")}).size() >= 1);
    }

    void cleanupTestCase()
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.terminate();
            QVERIFY(m_app.waitForFinished(15000));
            QCOMPARE(m_app.exitCode(), 0);
        }
        m_provider.kill();
        m_provider.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestChatE2e)
#include "tst_chat_e2e.moc"

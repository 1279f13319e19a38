// ttc chat / keys / usage as a user runs them, against ttc-fake-provider in another process.
#include "TestSupport.h"
#include "net/SseParser.h"
#include "providers/AnthropicProvider.h"
#include "providers/GeminiProvider.h"
#include "providers/OpenAiProvider.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ttc;

namespace {

// One ttc-fake-provider process; stopped (by its pid) when this goes out of scope.
class FakeProviderProcess
{
public:
    explicit FakeProviderProcess(const QStringList &args)
    {
        m_process.start(test::binary(QStringLiteral("ttc-fake-provider")), args);
        if (!m_process.waitForStarted(10000))
            return;
        for (int i = 0; i < 200 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("PORT "))
            m_port = line.mid(5).toUShort();
    }
    ~FakeProviderProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QString url(const QString &provider) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(provider == QLatin1String("openai") || provider == QLatin1String("local") ? QStringLiteral("/v1") : QString());
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

QString decodeText(const QString &provider, const QByteArray &bytes)
{
    std::unique_ptr<providers::Provider> p;
    if (provider == QLatin1String("anthropic"))
        p = std::make_unique<providers::AnthropicProvider>();
    else if (provider == QLatin1String("gemini"))
        p = std::make_unique<providers::GeminiProvider>();
    else
        p = std::make_unique<providers::OpenAiProvider>();
    std::unique_ptr<providers::StreamDecoder> d = p->newDecoder();
    QString text;
    d->onText = [&](const QString &t) { text += t; };
    net::SseParser parser([&](const net::SseEvent &e) { d->onEvent(e); });
    parser.feed(bytes);
    parser.finish();
    d->onEnd(parser.unframed());
    return text;
}

} // namespace

class TestTtcChat : public QObject
{
    Q_OBJECT

    QProcessEnvironment env(const test::TempProfile &p, const QString &provider = {}, const FakeProviderProcess *fake = nullptr)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY", "TTC_TIER",
                              "TTC_DAILY_LIMIT", "TTC_OPENAI_BASE_URL", "TTC_ANTHROPIC_BASE_URL", "TTC_GEMINI_BASE_URL"})
            e.remove(QString::fromLatin1(v));
        // Each test run uses its own keychain service, so real keys are never touched.
        e.insert(QStringLiteral("TTC_KEYCHAIN_SERVICE"), QStringLiteral("ttc-test-") + QFileInfo(p.root()).fileName());
        if (fake && !provider.isEmpty())
            e.insert(QStringLiteral("TTC_") + provider.toUpper() + QStringLiteral("_BASE_URL"), fake->url(provider));
        return e;
    }

    test::ProcessResult ttc(const test::TempProfile &p, const QStringList &args, const QProcessEnvironment &e,
                            const QByteArray &input = {})
    {
        return test::runProcess(test::binary(QStringLiteral("ttc")),
                                QStringList{QStringLiteral("--profile"), p.root()} + args, input, e, 60000);
    }

    template<typename T>
    T queryDb(const test::TempProfile &p, const QString &sql)
    {
        const QString name = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        T value{};
        {
            Result<store::OpenInfo> opened = store::openConnection(p.profile().databasePath(), name,
                                                                   store::OpenOptions{store::IntegrityCheck::None, true});
            if (opened) {
                QSqlQuery q(QSqlDatabase::database(name));
                if (q.exec(sql) && q.next())
                    value = q.value(0).value<T>();
            }
        }
        store::closeConnection(name);
        return value;
    }

private Q_SLOTS:
    void streamsTextToStdout()
    {
        test::TempProfile p;
        FakeProviderProcess fake({QStringLiteral("--text"), QStringLiteral("Hello"), QStringLiteral("--text"),
                                  QStringLiteral(", \u00b0 world \U0001F44B"), QStringLiteral("--delay-ms"), QStringLiteral("20")});
        QVERIFY(fake.port() > 0);
        QProcessEnvironment e = env(p, QStringLiteral("openai"), &fake);
        e.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-env-key-for-tests-0001"));
        test::ProcessResult r = ttc(p, {QStringLiteral("chat"), QStringLiteral("Say"), QStringLiteral("hello")}, e);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Hello, \u00b0 world \U0001F44B"));
        // From stdin, and as JSON.
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--json"), QStringLiteral("-")}, e, "from stdin");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("Hello, \u00b0 world \U0001F44B"));
        QCOMPARE(o.value(QLatin1String("provider")).toString(), QStringLiteral("openai"));
        QCOMPARE(o.value(QLatin1String("usage")).toObject().value(QLatin1String("input_tokens")).toInt(), 10);
        // Continue the session.
        const QString session = o.value(QLatin1String("session_id")).toString();
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--session"), session.left(13), QStringLiteral("more")}, e);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(queryDb<int>(p, QStringLiteral("SELECT count(*) FROM messages WHERE session_id='%1'").arg(session)), 4);
        // The history command sees it (and still works).
        r = ttc(p, {QStringLiteral("history"), QStringLiteral("show"), session}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("from stdin"));
        // Usage counts the three cloud requests.
        r = ttc(p, {QStringLiteral("usage"), QStringLiteral("--json")}, e);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject u = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(u.value(QLatin1String("used_today")).toInt(), 3);
        QCOMPARE(u.value(QLatin1String("limit")).toInt(), 50);
        QCOMPARE(u.value(QLatin1String("tier")).toString(), QStringLiteral("free"));
        const QDateTime resets = QDateTime::fromString(u.value(QLatin1String("resets_at")).toString(), Qt::ISODate);
        QVERIFY(resets.isValid());
        QCOMPARE(resets.timeSpec(), Qt::UTC);
        QCOMPARE(resets.time(), QTime(0, 0));
        QCOMPARE(u.value(QLatin1String("today")).toObject().value(QLatin1String("openai")).toObject().value(QLatin1String("requests")).toInt(), 3);
        r = ttc(p, {QStringLiteral("usage")}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("3 of 50"));
        // The text says when in the user's time and format.
        const QString local = QLocale().toString(resets.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("resets ") + local), r.out.constData());
    }

    void recordedStreamsReassemble_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("file");
        const QString dir = test::fixturesDir();
        if (dir.isEmpty())
            QSKIP("TTC_FIXTURES_DIR is absent: no recorded provider streams (the project's own streams cover this)");
        const QList<QPair<QString, QString>> sets{{QStringLiteral("openai"), QStringLiteral("openai")},
                                                  {QStringLiteral("anthropic"), QStringLiteral("anthropic")},
                                                  {QStringLiteral("gemini"), QStringLiteral("gemini")},
                                                  {QStringLiteral("local"), QStringLiteral("ollama")}};
        for (const auto &[provider, folder] : sets) {
            for (const QString &f : QDir(dir + QLatin1Char('/') + folder).entryList({QStringLiteral("*.sse")})) {
                if (f.contains(QLatin1String("error")) || f.contains(QLatin1String("failure-invalid-json")) ||
                    f.contains(QLatin1String("audio")))
                    continue;
                // Quoted single chunks without the end marker are excerpts, not whole streams.
                QFile probe(dir + QLatin1Char('/') + folder + QLatin1Char('/') + f);
                if (provider == QLatin1String("local") && probe.open(QIODevice::ReadOnly) && !probe.readAll().contains("[DONE]"))
                    continue;
                QTest::addRow("%s", qPrintable(folder + QLatin1Char('/') + f)) << provider << (folder + QLatin1Char('/') + f);
            }
        }
    }

    void recordedStreamsReassemble()
    {
        QFETCH(QString, provider);
        QFETCH(QString, file);
        if (test::fixturesDir().isEmpty())
            QSKIP("no fixtures");
        const QString path = test::fixturesDir() + QLatin1Char('/') + file;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString expected = decodeText(provider, f.readAll());
        test::TempProfile p;
        FakeProviderProcess fake({QStringLiteral("--body-file"), path, QStringLiteral("--chunking"), QStringLiteral("random")});
        QVERIFY(fake.port() > 0);
        QProcessEnvironment e = env(p, provider, &fake);
        e.insert(QStringLiteral("TTC_TIER"), QStringLiteral("pro"));
        e.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-0000000000001"));
        e.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test-000000001"));
        e.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("AIza-test-00000000001"));
        const test::ProcessResult r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--provider"), provider,
                                              QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hi")}, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), expected);
    }

    void errorRecordingsMapToExitCodes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("openai 401") << "openai" << "openai/error_401_invalid_api_key.json" << 401 << 3 << "rejected the API key";
        QTest::newRow("openai quota") << "openai" << "openai/error_429_insufficient_quota.json" << 429 << 7 << "no credit";
        QTest::newRow("openai 429") << "openai" << "openai/error_429_rate_limit_tpm.json" << 429 << 5 << "rate limiting";
        QTest::newRow("anthropic 529") << "anthropic" << "anthropic/error_529_overloaded.json" << 529 << 5 << "overloaded";
        QTest::newRow("anthropic too long") << "anthropic" << "anthropic/error_400_prompt_too_long_with_request_id.json" << 400 << 7 << "too long";
        QTest::newRow("gemini key") << "gemini" << "gemini/googleai_unary-failure-api-key.json" << 400 << 3 << "rejected the API key";
        QTest::newRow("gemini model") << "gemini" << "gemini/googleai_unary-failure-unknown-model.json" << 404 << 7 << "does not know this model";
        QTest::newRow("local 404") << "local" << "ollama/error_404_model_not_found.CONSTRUCTED.json" << 404 << 7 << "does not know this model";
    }

    void errorRecordingsMapToExitCodes()
    {
        QFETCH(QString, provider);
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        if (test::fixturesDir().isEmpty())
            QSKIP("no fixtures");
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("script.json")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        // Non-retryable and retryable alike: every try gets the same answer.
        script.write(QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("status"), status},
                                                          {QStringLiteral("body_file"), QString(test::fixturesDir() + QLatin1Char('/') + file)},
                                                          {QStringLiteral("headers"), QJsonObject{{QStringLiteral("retry-after-ms"), QStringLiteral("10")}}}}})
                         .toJson());
        script.close();
        test::TempProfile p;
        FakeProviderProcess fake({QStringLiteral("--script"), script.fileName()});
        QProcessEnvironment e = env(p, provider, &fake);
        e.insert(QStringLiteral("TTC_TIER"), QStringLiteral("pro"));
        e.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-0000000000001"));
        e.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test-000000001"));
        e.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("AIza-test-00000000001"));
        const test::ProcessResult r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--provider"), provider,
                                              QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);  // one line
        QVERIFY(r.out.isEmpty());
    }

    void refusalsBeforeAnyNetworkCall()
    {
        test::TempProfile p;
        FakeProviderProcess fake({QStringLiteral("--log"), p.root() + QStringLiteral("/requests.jsonl")});
        QProcessEnvironment e = env(p, QStringLiteral("anthropic"), &fake);
        e.insert(QStringLiteral("TTC_OPENAI_BASE_URL"), fake.url(QStringLiteral("openai")));
        // Free tier: Anthropic is locked (exit 4, says why and what unlocks it).
        test::ProcessResult r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--provider"), QStringLiteral("anthropic"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("Pro"));
        // No key: exit 3.
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("ttc keys set openai"));
        // Quota used up: exit 4.
        e.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-0000000000001"));
        e.insert(QStringLiteral("TTC_DAILY_LIMIT"), QStringLiteral("0"));
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("used up"));
        QVERIFY(!QFile::exists(p.root() + QStringLiteral("/requests.jsonl")));  // nothing reached the provider
        // Usage errors.
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--provider"), QStringLiteral("nope"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 2);
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("x"), QStringLiteral("--new"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 2);
    }

    void dropAndNetworkErrors()
    {
        test::TempProfile p;
        FakeProviderProcess fake({QStringLiteral("--text"), QStringLiteral("kept "), QStringLiteral("--text"),
                                  QStringLiteral("lost"), QStringLiteral("--drop-after"), QStringLiteral("2")});
        QProcessEnvironment e = env(p, QStringLiteral("openai"), &fake);
        e.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-0000000000001"));
        test::ProcessResult r = ttc(p, {QStringLiteral("chat"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.out, QByteArray("kept "));
        QCOMPARE(queryDb<QString>(p, QStringLiteral("SELECT content FROM messages WHERE role='assistant'")), QStringLiteral("kept "));
        // Nothing listening: a network error after retries.
        e.insert(QStringLiteral("TTC_OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:1/v1"));
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 6);
    }

    void killedMidStreamIsInterruptedAtNextStart()
    {
        test::TempProfile p;
        FakeProviderProcess fake({QStringLiteral("--text"), QStringLiteral("partial "), QStringLiteral("--text"),
                                  QStringLiteral("more"), QStringLiteral("--delay-ms"), QStringLiteral("3000")});
        QProcessEnvironment e = env(p, QStringLiteral("openai"), &fake);
        e.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-0000000000001"));
        QProcess chat;
        chat.setProcessEnvironment(e);
        chat.start(test::binary(QStringLiteral("ttc")), {QStringLiteral("--profile"), p.root(), QStringLiteral("chat"), QStringLiteral("hi")});
        QVERIFY(chat.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(queryDb<QString>(p, QStringLiteral("SELECT status FROM messages WHERE role='assistant'")) == QLatin1String("streaming"), 20000);
        chat.kill();
        chat.waitForFinished();
        QCOMPARE(queryDb<QString>(p, QStringLiteral("SELECT status FROM messages WHERE role='assistant'")), QStringLiteral("streaming"));
        // The next start finds the reply of a dead process and marks it.
        const test::ProcessResult r = ttc(p, {QStringLiteral("chat"), QStringLiteral("--json"), QStringLiteral("again")}, e);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(queryDb<int>(p, QStringLiteral("SELECT count(*) FROM messages WHERE status='interrupted' AND content='partial '")), 1);
    }

    void keysOnTheKeychain()
    {
        test::TempProfile p;
        FakeProviderProcess fake({QStringLiteral("--text"), QStringLiteral("ok")});
        QProcessEnvironment e = env(p, QStringLiteral("openai"), &fake);
        test::ProcessResult r = ttc(p, {QStringLiteral("keys"), QStringLiteral("list")}, e);
        QCOMPARE(r.exitCode, 0);
        if (r.err.contains("No keychain"))
            QSKIP("no Secret Service here (run inside scripts/test-env)");
        // The key never travels on the command line.
        r = ttc(p, {QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai"), QStringLiteral("sk-on-argv")}, e);
        QCOMPARE(r.exitCode, 2);
        const QByteArray key = "sk-proj-keychain-test-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        r = ttc(p, {QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, e, key + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(key));
        QVERIFY(r.out.contains(key.right(4)));
        r = ttc(p, {QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, e);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.first().toObject().value(QLatin1String("source")).toString(), QStringLiteral("keychain"));
        QCOMPARE(rows.first().toObject().value(QLatin1String("key")).toString(), QString::fromUtf8(key.left(7) + "…" + key.right(4)));
        QVERIFY(!r.out.contains(key));
        // validate against the fake (GET /v1/models → 200).
        r = ttc(p, {QStringLiteral("keys"), QStringLiteral("validate"), QStringLiteral("openai")}, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("valid"));
        // Chat uses the keychain key.
        r = ttc(p, {QStringLiteral("chat"), QStringLiteral("hi")}, e);
        QCOMPARE(r.exitCode, 0);
        r = ttc(p, {QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")}, e);
        QCOMPARE(r.exitCode, 0);
        r = ttc(p, {QStringLiteral("keys"), QStringLiteral("validate"), QStringLiteral("openai")}, e);
        QCOMPARE(r.exitCode, 3);
    }

    void invalidKeyValidation()
    {
        test::TempProfile p;
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("s.json")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(R"([{"provider":"gemini","status":400},{"provider":"gemini","status":400}])");
        script.close();
        FakeProviderProcess fake({QStringLiteral("--script"), script.fileName()});
        QProcessEnvironment e = env(p, QStringLiteral("gemini"), &fake);
        e.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("AIza-invalid-000000001"));
        const test::ProcessResult r = ttc(p, {QStringLiteral("keys"), QStringLiteral("validate"), QStringLiteral("gemini"), QStringLiteral("--json")}, e);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
    }
};

QTEST_GUILESS_MAIN(TestTtcChat)
#include "tst_ttc_chat.moc"

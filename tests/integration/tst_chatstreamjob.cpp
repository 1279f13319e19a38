// HttpJob + ChatStreamJob against the loopback provider: real sockets, chunked bodies, retries, timeouts, drops.
#include "FakeProviderServer.h"
#include "TestSupport.h"
#include "net/RetryPolicy.h"
#include "providers/AnthropicProvider.h"
#include "providers/ChatStreamJob.h"
#include "providers/GeminiProvider.h"
#include "providers/LocalServerDetector.h"
#include "providers/OpenAiProvider.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ttc;
using namespace ttc::providers;

namespace {

struct Outcome
{
    bool done = false;
    bool ok = false;
    QString streamed;
    StreamResult result;
    ProviderError error;
    int retries = 0;
};

std::unique_ptr<Provider> makeProvider(const QString &id)
{
    if (id == QLatin1String("anthropic"))
        return std::make_unique<AnthropicProvider>();
    if (id == QLatin1String("gemini"))
        return std::make_unique<GeminiProvider>();
    return std::make_unique<OpenAiProvider>();
}

} // namespace

class TestChatStreamJob : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    test::FakeClock m_clock;

    Outcome run(test::FakeProviderServer &server, const QString &providerId, net::HttpOptions options = {},
                std::function<void(ChatStreamJob &)> during = {})
    {
        std::unique_ptr<Provider> provider = makeProvider(providerId);
        ChatRequest request;
        request.model = QStringLiteral("fake-model");
        request.system = QStringLiteral("Be brief.");
        request.messages = {{ChatMessage::Role::User, QStringLiteral("Hi")}};
        ChatStreamJob job(m_nam, *provider, {server.baseUrl(providerId), QStringLiteral("sk-test-key")}, request,
                          m_clock, options);
        job.setRandom([] { return 0.0; });
        Outcome o;
        connect(&job, &ChatStreamJob::delta, this, [&](const QString &t) { o.streamed += t; });
        connect(&job, &ChatStreamJob::retrying, this, [&](int, qint64) { ++o.retries; });
        connect(&job, &ChatStreamJob::finished, this, [&](const StreamResult &r) {
            o.done = o.ok = true;
            o.result = r;
        });
        connect(&job, &ChatStreamJob::failed, this, [&](const ProviderError &e, const StreamResult &r) {
            o.done = true;
            o.error = e;
            o.result = r;
        });
        job.start();
        if (during)
            during(job);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(o.done, 30000); }();
        return o;
    }

    static net::HttpOptions fastRetry()
    {
        net::HttpOptions o;
        o.retry.initialDelayMs = 20;
        o.retry.maxDelayMs = 50;
        return o;
    }

private Q_SLOTS:
    void streamsEachProvider_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("chunking");
        for (const char *p : {"openai", "anthropic", "gemini"}) {
            QTest::addRow("%s whole", p) << QString::fromLatin1(p) << 0;
            QTest::addRow("%s 1-byte", p) << QString::fromLatin1(p) << 1;
            QTest::addRow("%s random", p) << QString::fromLatin1(p) << -1;
        }
    }

    void streamsEachProvider()
    {
        QFETCH(QString, provider);
        QFETCH(int, chunking);
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        const QStringList chunks{QStringLiteral("Grüße"), QStringLiteral(" \u79cb\u98ce"), QStringLiteral(" \U0001F44B!")};
        test::FakeProviderReply reply = test::FakeProviderServer::textReply(provider, chunks);
        reply.rechunk(chunking, 11);
        server.enqueue(reply);
        const Outcome o = run(server, provider);
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QCOMPARE(o.streamed, chunks.join(QString()));
        QCOMPARE(o.result.usage.inputTokens, 10);
        QCOMPARE(o.result.usage.outputTokens, 20);
        // The request carried the provider's auth header and body shape.
        QCOMPARE(server.requests().size(), 1);
        const test::FakeProviderRequest &r = server.requests().first();
        if (provider == QLatin1String("openai")) {
            QCOMPARE(r.path, QByteArray("/v1/chat/completions"));
            QCOMPARE(r.header("authorization"), QByteArray("Bearer sk-test-key"));
            QVERIFY(r.body.contains("\"include_usage\":true"));
        } else if (provider == QLatin1String("anthropic")) {
            QCOMPARE(r.path, QByteArray("/v1/messages"));
            QCOMPARE(r.header("x-api-key"), QByteArray("sk-test-key"));
            QCOMPARE(r.header("anthropic-version"), QByteArray("2023-06-01"));
            QVERIFY(r.body.contains("\"system\":\"Be brief.\""));
        } else {
            QCOMPARE(r.path, QByteArray("/v1beta/models/fake-model:streamGenerateContent?alt=sse"));
            QCOMPARE(r.header("x-goog-api-key"), QByteArray("sk-test-key"));
            QVERIFY(r.body.contains("systemInstruction"));
        }
    }

    void recordedStreamsOverTheWire()
    {
        const QString dir = test::fixturesDir();
        if (dir.isEmpty())
            QSKIP("no fixtures");
        const QList<QPair<QString, QString>> files{
            {QStringLiteral("openai"), QStringLiteral("openai/chat_stream_long_json_content.sse")},
            {QStringLiteral("anthropic"), QStringLiteral("anthropic/messages_stream_basic_response.sse")},
            {QStringLiteral("gemini"), QStringLiteral("gemini/vertexai_streaming-success-utf8.sse")},
            {QStringLiteral("gemini"), QStringLiteral("gemini/googleai_streaming-success-basic-reply-long.sse")}};
        for (const auto &[provider, file] : files) {
            QFile f(dir + QLatin1Char('/') + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            test::FakeProviderServer server;
            QVERIFY(server.listen());
            test::FakeProviderReply reply;
            reply.pieces = {f.readAll()};
            reply.rechunk(-1, 5);
            server.enqueue(reply);
            const Outcome o = run(server, provider);
            QVERIFY2(o.ok, qPrintable(file + QLatin1Char(' ') + o.error.message));
            QCOMPARE(o.streamed, o.result.text());
            QVERIFY(!o.streamed.isEmpty());
        }
    }

    void retriesThenSucceeds()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply limited = test::FakeProviderServer::errorReply(QStringLiteral("openai"), 429);
        limited.headers = {{"retry-after-ms", "30"}};
        server.enqueue(limited);
        server.enqueue(test::FakeProviderServer::errorReply(QStringLiteral("openai"), 503));
        server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("ok")}));
        const Outcome o = run(server, QStringLiteral("openai"), fastRetry());
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QCOMPARE(o.streamed, QStringLiteral("ok"));
        QCOMPARE(o.retries, 2);
        QCOMPARE(server.requests().size(), 3);
    }

    void givesUpAfterThreeTries()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        server.setDefault(test::FakeProviderServer::errorReply(QStringLiteral("anthropic"), 529));
        const Outcome o = run(server, QStringLiteral("anthropic"), fastRetry());
        QVERIFY(!o.ok);
        QCOMPARE(o.error.kind, ErrorKind::Overloaded);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(exitCodeFor(o.error.kind), 5);
    }

    void noRetryOnInvalidKeyOrQuota()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        server.enqueue(test::FakeProviderServer::errorReply(QStringLiteral("openai"), 401));
        Outcome o = run(server, QStringLiteral("openai"), fastRetry());
        QCOMPARE(o.error.kind, ErrorKind::InvalidKey);
        QCOMPARE(server.requests().size(), 1);
        test::FakeProviderReply quota = test::FakeProviderServer::errorReply(QStringLiteral("openai"), 429, "insufficient_quota");
        quota.headers = {{"x-should-retry", "false"}};
        server.enqueue(quota);
        o = run(server, QStringLiteral("openai"), fastRetry());
        QCOMPARE(o.error.kind, ErrorKind::InsufficientQuota);
        QCOMPARE(server.requests().size(), 2);
    }

    void dropMidStreamKeepsPartial()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply reply = test::FakeProviderServer::textReply(
            QStringLiteral("gemini"), {QStringLiteral("one "), QStringLiteral("two "), QStringLiteral("three")}, 10);
        reply.dropAfterPieces = 2;
        server.enqueue(reply);
        const Outcome o = run(server, QStringLiteral("gemini"), fastRetry());
        QVERIFY(!o.ok);
        QCOMPARE(o.error.kind, ErrorKind::Network);
        QCOMPARE(o.streamed, QStringLiteral("one two "));
        QCOMPARE(o.result.text(), QStringLiteral("one two "));
        QCOMPARE(server.requests().size(), 1);  // no retry after the first delta
    }

    void midStreamErrorFrame()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        server.enqueue(test::FakeProviderServer::midStreamErrorReply(QStringLiteral("anthropic"), {QStringLiteral("Hi")}));
        const Outcome o = run(server, QStringLiteral("anthropic"));
        QCOMPARE(o.error.kind, ErrorKind::Overloaded);
        QCOMPARE(o.result.text(), QStringLiteral("Hi"));
    }

    void firstByteTimeout()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply slow = test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("late")});
        slow.hang = true;
        server.setDefault(slow);
        net::HttpOptions options = fastRetry();
        options.firstByteTimeoutMs = 200;
        options.retry.maxAttempts = 2;
        const Outcome o = run(server, QStringLiteral("openai"), options);
        QCOMPARE(o.error.kind, ErrorKind::Timeout);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(exitCodeFor(o.error.kind), 6);
    }

    void slowStartWithinTimeout()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply slow = test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("fine")});
        slow.firstByteDelayMs = 300;
        server.enqueue(slow);
        net::HttpOptions options;
        options.firstByteTimeoutMs = 5000;
        const Outcome o = run(server, QStringLiteral("openai"), options);
        QVERIFY(o.ok);
        QCOMPARE(o.streamed, QStringLiteral("fine"));
    }

    void idleTimeoutKeepsPartial()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply reply =
            test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("a"), QStringLiteral("b")}, 3000);
        server.enqueue(reply);
        net::HttpOptions options;
        options.idleTimeoutMs = 300;
        const Outcome o = run(server, QStringLiteral("openai"), options);
        QCOMPARE(o.error.kind, ErrorKind::Timeout);
        QCOMPARE(server.requests().size(), 1);
    }

    void cancelStops()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        server.enqueue(test::FakeProviderServer::textReply(
            QStringLiteral("openai"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 2000));
        const Outcome o = run(server, QStringLiteral("openai"), {}, [](ChatStreamJob &job) {
            QTimer::singleShot(200, &job, [&job] { job.cancel(); });
        });
        QCOMPARE(o.error.kind, ErrorKind::Cancelled);
    }

    void sizeCap()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        QStringList many;
        for (int i = 0; i < 2000; ++i)
            many << QStringLiteral("0123456789");
        server.enqueue(test::FakeProviderServer::textReply(QStringLiteral("openai"), many));
        net::HttpOptions options;
        options.maxBodyBytes = 64 * 1024;
        const Outcome o = run(server, QStringLiteral("openai"), options);
        QCOMPARE(o.error.kind, ErrorKind::TooLarge);
        QVERIFY(!o.result.text().isEmpty());
    }

    void htmlPageFromProxy()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply page;
        page.pieces = {"<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>"};
        page.contentType = "text/event-stream";
        server.enqueue(page);
        const Outcome o = run(server, QStringLiteral("openai"));
        QCOMPARE(o.error.kind, ErrorKind::MalformedStream);
        QCOMPARE(o.error.providerCode, QStringLiteral("html"));
    }

    void invalidUtf8KeepsPartialAnswer()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply reply;
        reply.pieces = {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"}}]}\n\n",
                        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xC3\x28\xFF\"}}]}\n\n",
                        "data: [DONE]\n\n"};
        reply.contentType = "text/event-stream";
        server.enqueue(reply);
        const Outcome o = run(server, QStringLiteral("openai"));
        QCOMPARE(o.error.kind, ErrorKind::MalformedStream);
        QVERIFY(o.result.text().startsWith(QStringLiteral("Hello")));
    }

    void connectionRefused()
    {
        std::unique_ptr<Provider> provider = makeProvider(QStringLiteral("openai"));
        ChatRequest request;
        request.model = QStringLiteral("m");
        request.messages = {{ChatMessage::Role::User, QStringLiteral("Hi")}};
        ChatStreamJob job(m_nam, *provider, {QUrl(QStringLiteral("http://127.0.0.1:1/v1")), {}}, request, m_clock, fastRetry());
        QSignalSpy failed(&job, &ChatStreamJob::failed);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().first().value<ProviderError>().kind, ErrorKind::Network);
    }

    void localDetection()
    {
        test::FakeProviderServer server;
        QVERIFY(server.listen());
        LocalServerDetector detector(m_nam, m_clock,
                                     {QUrl(QStringLiteral("http://127.0.0.1:1/v1")), server.baseUrl(QStringLiteral("local"))});
        QSignalSpy done(&detector, &LocalServerDetector::finished);
        detector.start(3000);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const LocalServer found = done.first().first().value<LocalServer>();
        QCOMPARE(found.baseUrl, server.baseUrl(QStringLiteral("local")));
        QCOMPARE(found.models.value(0), QStringLiteral("fake-model"));

        LocalServerDetector none(m_nam, m_clock, {QUrl(QStringLiteral("http://127.0.0.1:1/v1"))});
        QSignalSpy nothing(&none, &LocalServerDetector::finished);
        none.start(2000);
        QTRY_COMPARE_WITH_TIMEOUT(nothing.size(), 1, 10000);
        QVERIFY(!nothing.first().first().value<LocalServer>().found());
    }
};

QTEST_GUILESS_MAIN(TestChatStreamJob)
#include "tst_chatstreamjob.moc"

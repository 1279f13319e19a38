// Cloud speech engines against a loopback server speaking each provider's wire format: OpenAI transcription
// (multipart upload, JSON and streamed answers), OpenAI speech and ElevenLabs streaming (audio in chunks), errors,
// and the Pro gate that refuses before any request.
#include "FakeProviderServer.h"
#include "Multipart.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "voice/CloudEngines.h"
#include "voice/FliteSynthesizer.h"
#include "voice/Wav.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ttc;
using namespace ttc::voice;

namespace {

using test::MultipartPart;
using test::parseMultipart;

QByteArray fixture(const QString &name)
{
    QFile f(test::fixturesDir() + QStringLiteral("/elevenlabs/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCloudVoice : public QObject
{
    Q_OBJECT

    test::FakeProviderServer m_server;
    QNetworkAccessManager m_nam;
    QList<VoiceUsage> m_usage;
    bool m_pro = true;
    QString m_key = QStringLiteral("sk-test-123");

    CloudAccess access()
    {
        CloudAccess a;
        a.network = &m_nam;
        a.clock = &SystemClock::instance();
        a.apiKey = [this](const QString &) { return m_key; };
        a.baseUrl = [this](const QString &provider) {
            return provider == QLatin1String("elevenlabs") ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()))
                                                           : m_server.baseUrl(QStringLiteral("openai"));
        };
        a.entitlement = [this](const QString &) -> Result<void> {
            if (m_pro)
                return {};
            return Error{QStringLiteral("tier_locked"), QStringLiteral("Cloud voice is part of Pro.")};
        };
        a.recordUsage = [this](const VoiceUsage &u) { m_usage.append(u); };
        a.http.retry.initialDelayMs = 10;
        a.http.retry.maxDelayMs = 20;
        return a;
    }

    PcmAudio speech(const QString &text)
    {
        Result<PcmAudio> pcm = FliteSynthesizer::synthesize(text);
        return pcm ? *pcm : PcmAudio{};
    }

    template<typename Job>
    bool waitDone(Job *job)
    {
        if (job->isFinished())
            return true;
        QSignalSpy done(job, &Job::finished);
        return done.wait(20000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_usage.clear();
        m_pro = true;
        m_key = QStringLiteral("sk-test-123");
        m_server.setHandler({});
    }

    void transcriptionUploadsMultipartWav()
    {
        test::FakeProviderReply reply;
        reply.contentType = "application/json";
        reply.pieces = {R"({"text":"New chat.","usage":{"type":"duration","seconds":2}})"};
        m_server.enqueue(reply);
        const int before = m_server.requests().size();
        const PcmAudio audio = speech(QStringLiteral("New chat."));
        OpenAiSpeechToText stt(access());
        std::unique_ptr<SttJob> job(stt.transcribe(audio, SttOptions{SttOptions::Mode::Auto, {}, QStringLiteral("en")}, nullptr));
        QVERIFY(waitDone(job.get()));
        QVERIFY2(job->result().ok(), qPrintable(job->result().ok() ? QString() : job->result().error().message));
        QCOMPARE(job->result()->text, QStringLiteral("New chat."));
        QCOMPARE(job->result()->command.kind, CommandKind::NewChat);
        QCOMPARE(job->result()->engine, QStringLiteral("openai"));

        QCOMPARE(m_server.requests().size(), before + 1);
        const test::FakeProviderRequest &r = m_server.requests().last();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/v1/audio/transcriptions"));
        QCOMPARE(r.header("authorization"), QByteArray("Bearer sk-test-123"));
        bool ok = false;
        const auto parts = parseMultipart(r.header("content-type"), r.body, &ok);
        QVERIFY2(ok, r.body.left(300).constData());
        QCOMPARE(parts.value("model").body, QByteArray("whisper-1"));
        QCOMPARE(parts.value("response_format").body, QByteArray("json"));
        QCOMPARE(parts.value("language").body, QByteArray("en"));
        QVERIFY(!parts.contains("stream"));  // whisper-1 cannot stream
        const MultipartPart file = parts.value("file");
        QVERIFY(file.disposition.contains("filename=\"speech.wav\""));
        QCOMPARE(file.contentType, QByteArray("audio/wav"));
        Result<PcmAudio> uploaded = parseWav(file.body);
        QVERIFY(uploaded.ok());
        QCOMPARE(uploaded->sampleRate, 16000);
        QCOMPARE(uploaded->samples, resampled(audio, 16000).samples);

        QCOMPARE(m_usage.size(), 1);
        QCOMPARE(m_usage.first().kind, QStringLiteral("stt"));
        QCOMPARE(m_usage.first().provider, QStringLiteral("openai"));
        QCOMPARE(m_usage.first().model, QStringLiteral("whisper-1"));
    }

    void transcriptionStreamsWithGpt4o()
    {
        test::FakeProviderReply reply;
        reply.contentType = "text/event-stream";
        reply.pieces = {"data: {\"type\":\"transcript.text.delta\",\"delta\":\"What is\"}\n\n",
                        "data: {\"type\":\"transcript.text.delta\",\"delta\":\" the weather\"}\n\n",
                        "data: {\"type\":\"transcript.text.done\",\"text\":\"What is the weather\","
                        "\"usage\":{\"input_tokens\":14,\"output_tokens\":5,\"total_tokens\":19}}\n\n"};
        reply.pieceDelayMs = 20;
        m_server.enqueue(reply);
        OpenAiSpeechToText stt(access());
        std::unique_ptr<SttJob> job(
            stt.transcribe(speech(QStringLiteral("What is the weather")), SttOptions{{}, QStringLiteral("gpt-4o-transcribe"), {}}, nullptr));
        QSignalSpy partial(job.get(), &SttJob::partialText);
        QVERIFY(waitDone(job.get()));
        QVERIFY(job->result().ok());
        QCOMPARE(job->result()->text, QStringLiteral("What is the weather"));
        QVERIFY(!job->result()->command.isCommand());
        QCOMPARE(partial.count(), 2);
        QCOMPARE(partial.at(0).at(0).toString(), QStringLiteral("What is"));
        bool ok = false;
        const auto parts = parseMultipart(m_server.requests().last().header("content-type"), m_server.requests().last().body, &ok);
        QVERIFY(ok);
        QCOMPARE(parts.value("stream").body, QByteArray("true"));
        QCOMPARE(parts.value("model").body, QByteArray("gpt-4o-transcribe"));
        QCOMPARE(m_usage.size(), 1);
        QCOMPARE(m_usage.first().inputUnits, 14);
        QCOMPARE(m_usage.first().outputUnits, 5);
    }

    void freePlanIsRefusedBeforeAnyRequest()
    {
        m_pro = false;
        const int before = m_server.requests().size();
        OpenAiSpeechToText stt(access());
        std::unique_ptr<SttJob> s(stt.transcribe(speech(QStringLiteral("hello")), {}, nullptr));
        OpenAiTextToSpeech openai(access());
        std::unique_ptr<TtsJob> t1(openai.synthesize(QStringLiteral("hello"), {}, nullptr));
        ElevenLabsTextToSpeech eleven(access());
        std::unique_ptr<TtsJob> t2(eleven.synthesize(QStringLiteral("hello"), {}, nullptr));
        QVERIFY(waitDone(s.get()) && waitDone(t1.get()) && waitDone(t2.get()));
        QCOMPARE(s->result().error().code, QStringLiteral("tier_locked"));
        QCOMPARE(t1->result().error().code, QStringLiteral("tier_locked"));
        QCOMPARE(t2->result().error().code, QStringLiteral("tier_locked"));
        QVERIFY(s->result().error().message.contains(QLatin1String("Pro")));
        QTest::qWait(100);
        QCOMPARE(m_server.requests().size(), before);
        QVERIFY(m_usage.isEmpty());
    }

    void missingKeyIsRefusedBeforeAnyRequest()
    {
        m_key.clear();
        const int before = m_server.requests().size();
        ElevenLabsTextToSpeech eleven(access());
        std::unique_ptr<TtsJob> t(eleven.synthesize(QStringLiteral("hello"), {}, nullptr));
        QVERIFY(waitDone(t.get()));
        QCOMPARE(t->result().error().code, QStringLiteral("missing_key"));
        QCOMPARE(m_server.requests().size(), before);
    }

    void openAiSpeechStreamsAudio()
    {
        test::FakeProviderReply reply;
        reply.contentType = "audio/mpeg";
        reply.chunked = true;
        reply.pieces = {QByteArray("ID3\x04\0\0\0\0\0\0", 10), QByteArray(400, '\xff'), QByteArray(400, '\x11')};
        reply.pieceDelayMs = 30;
        m_server.enqueue(reply);
        OpenAiTextToSpeech tts(access());
        TtsOptions options;
        options.rate = 1.5;
        std::unique_ptr<TtsJob> job(tts.synthesize(QStringLiteral("Hello there"), options, nullptr));
        QSignalSpy chunks(job.get(), &TtsJob::audioData);
        QVERIFY(waitDone(job.get()));
        QVERIFY(job->result().ok());
        QVERIFY2(chunks.count() >= 2, "the audio did not arrive in pieces");
        QCOMPARE(job->result()->bytes.size(), 810);
        QCOMPARE(job->result()->mimeType, QStringLiteral("audio/mpeg"));
        const test::FakeProviderRequest &r = m_server.requests().last();
        QCOMPARE(r.path, QByteArray("/v1/audio/speech"));
        QCOMPARE(r.header("authorization"), QByteArray("Bearer sk-test-123"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini-tts"));
        QCOMPARE(body.value(QStringLiteral("input")).toString(), QStringLiteral("Hello there"));
        QCOMPARE(body.value(QStringLiteral("voice")).toString(), QStringLiteral("alloy"));
        QCOMPARE(body.value(QStringLiteral("response_format")).toString(), QStringLiteral("mp3"));
        QCOMPARE(body.value(QStringLiteral("speed")).toDouble(), 1.5);
        QCOMPARE(m_usage.size(), 1);
        QCOMPARE(m_usage.first().kind, QStringLiteral("tts"));
    }

    void elevenLabsStreamsAudio()
    {
        test::FakeProviderReply reply;
        reply.contentType = "audio/mpeg";
        reply.chunked = true;
        reply.pieces = {QByteArray(300, '\xff'), QByteArray(300, '\xfb'), QByteArray(300, '\x00')};
        reply.pieceDelayMs = 30;
        m_server.enqueue(reply);
        ElevenLabsTextToSpeech tts(access());
        TtsOptions options;
        options.voice = QStringLiteral("voice 42");
        std::unique_ptr<TtsJob> job(tts.synthesize(QStringLiteral("Good morning"), options, nullptr));
        QSignalSpy chunks(job.get(), &TtsJob::audioData);
        QVERIFY(waitDone(job.get()));
        QVERIFY(job->result().ok());
        QVERIFY(chunks.count() >= 2);
        const test::FakeProviderRequest &r = m_server.requests().last();
        QCOMPARE(r.path, QByteArray("/v1/text-to-speech/voice%2042/stream?output_format=mp3_44100_128"));
        QCOMPARE(r.header("xi-api-key"), QByteArray("sk-test-123"));
        QVERIFY(r.header("authorization").isEmpty());
        QCOMPARE(r.header("accept"), QByteArray("audio/mpeg"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("Good morning"));
        QCOMPARE(body.value(QStringLiteral("model_id")).toString(), QStringLiteral("eleven_multilingual_v2"));
        QCOMPARE(m_usage.size(), 1);
        QCOMPARE(m_usage.first().provider, QStringLiteral("elevenlabs"));
        QCOMPARE(m_usage.first().inputUnits, 12);  // characters are what ElevenLabs bills
    }

    void elevenLabsErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        // The project's own bodies, in the three documented shapes of "detail".
        QTest::newRow("invalid key") << 401 << QByteArray(R"({"detail":{"status":"invalid_api_key","message":"Invalid API key"}})")
                                     << "invalid_key";
        QTest::newRow("quota is a 401") << 401
                                        << QByteArray(R"({"detail":{"status":"quota_exceeded","message":"You have 3 credits"}})")
                                        << "insufficient_quota";
        QTest::newRow("voice not found") << 400 << QByteArray(R"({"detail":{"status":"voice_not_found","message":"x"}})")
                                         << "bad_request";
        QTest::newRow("validation array") << 422 << QByteArray(R"({"detail":[{"loc":["body","text"],"msg":"field required"}]})")
                                          << "bad_request";
        QTest::newRow("plain string") << 403 << QByteArray(R"({"detail":"only_for_creator+"})") << "permission";
    }

    void elevenLabsErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        test::FakeProviderReply reply;
        reply.status = status;
        reply.contentType = "application/json";
        reply.pieces = {body};
        m_server.enqueue(reply);
        const int before = m_server.requests().size();
        ElevenLabsTextToSpeech tts(access());
        std::unique_ptr<TtsJob> job(tts.synthesize(QStringLiteral("x"), {}, nullptr));
        QVERIFY(waitDone(job.get()));
        QCOMPARE(m_server.requests().size() - before, 1);  // errors that say "no" are not retried
        QVERIFY2(!job->result().ok(), job->result().ok() ? job->result()->bytes.left(200).constData() : "");
        QCOMPARE(job->result().error().code, code);
        QVERIFY(m_usage.isEmpty());
    }

    void elevenLabsFixtureBodies()
    {
        if (test::fixturesDir().isEmpty())
            QSKIP("TTC_FIXTURES_DIR is not set: third-party ElevenLabs bodies are not available");
        QCOMPARE(elevenLabsError(401, fixture(QStringLiteral("error_401_invalid_api_key.json"))).code,
                 QStringLiteral("invalid_key"));
        const Error quota = elevenLabsError(401, fixture(QStringLiteral("error_401_quota_exceeded.json")));
        QCOMPARE(quota.code, QStringLiteral("insufficient_quota"));
        QVERIFY(quota.message.contains(QLatin1String("credits")));
        QCOMPARE(elevenLabsError(401, fixture(QStringLiteral("error_401_missing_permissions_user_read.json"))).code,
                 QStringLiteral("permission"));
        QCOMPARE(elevenLabsError(422, fixture(QStringLiteral("error_422_validation_shape.json"))).code,
                 QStringLiteral("bad_request"));
    }

    void busyIsRetried()
    {
        test::FakeProviderReply busy;
        busy.status = 429;
        busy.contentType = "application/json";
        busy.pieces = {R"({"detail":{"status":"system_busy","message":"busy"}})"};
        m_server.enqueue(busy);
        test::FakeProviderReply ok;
        ok.contentType = "audio/mpeg";
        ok.chunked = true;
        ok.pieces = {QByteArray(100, '\xff')};
        m_server.enqueue(ok);
        const int before = m_server.requests().size();
        ElevenLabsTextToSpeech tts(access());
        std::unique_ptr<TtsJob> job(tts.synthesize(QStringLiteral("x"), {}, nullptr));
        QVERIFY(waitDone(job.get()));
        QVERIFY(job->result().ok());
        QCOMPARE(m_server.requests().size(), before + 2);
    }

    void openAiBadKey()
    {
        m_server.enqueue(test::FakeProviderServer::errorReply(QStringLiteral("openai"), 401));
        OpenAiSpeechToText stt(access());
        std::unique_ptr<SttJob> job(stt.transcribe(speech(QStringLiteral("hi")), {}, nullptr));
        QVERIFY(waitDone(job.get()));
        QCOMPARE(job->result().error().code, QStringLiteral("invalid_key"));
    }

    void cancelFinishesOnce()
    {
        test::FakeProviderReply slow;
        slow.hang = true;
        m_server.enqueue(slow);
        ElevenLabsTextToSpeech tts(access());
        std::unique_ptr<TtsJob> job(tts.synthesize(QStringLiteral("x"), {}, nullptr));
        QSignalSpy done(job.get(), &TtsJob::finished);
        QTest::qWait(100);
        job->cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(job->result().error().code, QStringLiteral("cancelled"));
        QTest::qWait(100);
        QCOMPARE(done.count(), 1);
    }

    void planRule()
    {
        QVERIFY(cloudVoiceEntitlement(QStringLiteral("pro")).ok());
        QVERIFY(cloudVoiceEntitlement(QStringLiteral("enterprise")).ok());
        for (const QString &tier : {QStringLiteral("free"), QString()}) {
            const Result<void> r = cloudVoiceEntitlement(tier);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("tier_locked"));
            QVERIFY(r.error().message.contains(QLatin1String("offline")));
        }
    }

    void usageIsStoredLikeChat()
    {
        test::TempProfile p;
        QVERIFY(p.profile().ensureExists());
        const QString name = QStringLiteral("usage-test");
        {
            Result<store::OpenInfo> opened = store::openConnection(p.profile().databasePath(), name);
            QVERIFY(opened.ok());
            QSqlDatabase db = QSqlDatabase::database(name);
            QVERIFY(insertVoiceUsage(db, QStringLiteral("0190a000-0000-7000-8000-000000000001"), 1767225600000,
                                     {QStringLiteral("tts"), QStringLiteral("elevenlabs"),
                                      QStringLiteral("eleven_multilingual_v2"), 12, 0})
                        .ok());
            QSqlQuery q(QStringLiteral("SELECT kind, provider, model, tokens_in, occurred_at, status FROM usage_events"), db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("tts"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("elevenlabs"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("eleven_multilingual_v2"));
            QCOMPARE(q.value(3).toLongLong(), 12);
            QCOMPARE(q.value(4).toLongLong(), 1767225600000);
            QCOMPARE(q.value(5).toString(), QStringLiteral("pending"));
            QVERIFY(!q.next());
        }
        store::closeConnection(name);
    }

    void keyNeverInUrl()
    {
        test::FakeProviderReply ok;
        ok.contentType = "audio/mpeg";
        ok.chunked = true;
        ok.pieces = {QByteArray(10, '\xff')};
        m_server.enqueue(ok);
        ElevenLabsTextToSpeech tts(access());
        std::unique_ptr<TtsJob> job(tts.synthesize(QStringLiteral("x"), {}, nullptr));
        QVERIFY(waitDone(job.get()));
        QVERIFY(!m_server.requests().last().path.contains("sk-test"));
        QVERIFY(!m_server.requests().last().body.contains("sk-test"));
    }
};

QTEST_GUILESS_MAIN(TestCloudVoice)
#include "tst_cloud_voice.moc"

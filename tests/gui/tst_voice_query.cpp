// A whole voice query in the real app, as a user makes it, under Xvfb and PulseAudio: the global shortcut (xdotool)
// opens the microphone, a spoken question played into the virtual microphone is recorded until its trailing silence,
// uploaded to a loopback OpenAI transcription server (multipart, 16 kHz mono WAV), the transcript goes to the chat and
// is sent to a loopback OpenAI chat server (streamed answer), and the answer is spoken with a loopback ElevenLabs
// server (real MP3 in chunks) and heard on the null sink "spk". Afterwards `ttc history` shows the stored exchange.
#include "FakeProviderServer.h"
#include "Multipart.h"
#include "TestSupport.h"
#include "voice/Audio.h"
#include "voice/FliteSynthesizer.h"
#include "voice/Wav.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ttc;

namespace {

const QString kTranscript = QStringLiteral("What is the capital of France?");
const QStringList kAnswer = {QStringLiteral("The capital"), QStringLiteral(" of France"), QStringLiteral(" is Paris.")};
const QString kOpenAiKey = QStringLiteral("sk-test-voice-query");
const QString kElevenLabsKey = QStringLiteral("xi-test-voice-query");

using test::MultipartPart;
using test::parseMultipart;

// The number of channels of a WAV header (parseWav folds the audio to mono, so it is read from the header itself).
int wavChannels(const QByteArray &wav)
{
    const qsizetype fmt = wav.indexOf("fmt ");
    if (fmt < 0 || wav.size() < fmt + 12)
        return -1;
    return quint8(wav.at(fmt + 10)) | (quint8(wav.at(fmt + 11)) << 8);
}

} // namespace

class TestVoiceQuery : public QObject
{
    Q_OBJECT

    test::TempProfile m_profile;
    QTemporaryDir m_dir;
    test::FakeProviderServer m_openai;
    test::FakeProviderServer m_eleven;
    QByteArray m_mp3;
    QString m_question;  // WAV of the spoken question
    QString m_trace;
    QProcess m_app;

    // What the sink plays, read from its monitor as raw 16 kHz mono PCM while the test runs.
    QProcess m_monitor;
    QByteArray m_pcm;
    qsizetype m_pcmAtSpeechRequest = -1;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        e.insert(QStringLiteral("TTC_PROFILE_DIR"), m_profile.root());
        e.insert(QStringLiteral("TTC_VOICE_TRACE"), m_trace);
        e.insert(QStringLiteral("TTC_TIER"), QStringLiteral("pro"));
        e.insert(QStringLiteral("OPENAI_API_KEY"), kOpenAiKey);
        e.insert(QStringLiteral("ELEVENLABS_API_KEY"), kElevenLabsKey);
        e.insert(QStringLiteral("TTC_OPENAI_BASE_URL"), m_openai.baseUrl(QStringLiteral("openai")).toString());
        e.insert(QStringLiteral("TTC_ELEVENLABS_BASE_URL"), QStringLiteral("http://127.0.0.1:%1").arg(m_eleven.port()));
        return e;
    }

    QStringList traceEvents(const QString &event) const
    {
        QFile f(m_trace);
        QStringList hits;
        if (!f.open(QIODevice::ReadOnly))
            return hits;
        for (const QString &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (l.section(QLatin1Char(' '), 1, 1) == event)
                hits << l.section(QLatin1Char(' '), 2);
        return hits;
    }

    int recordingStreams() const
    {
        return int(test::runProcess(QStringLiteral("pactl"), {QStringLiteral("list"), QStringLiteral("short"),
                                                               QStringLiteral("source-outputs")})
                       .out.count("protocol-native.c"));
    }

    QList<test::FakeProviderRequest> requestsTo(const test::FakeProviderServer &server, QByteArrayView path) const
    {
        QList<test::FakeProviderRequest> out;
        for (const test::FakeProviderRequest &r : server.requests())
            if (r.path.startsWith(path.toByteArray()))
                out << r;
        return out;
    }

    // The loudest 100 ms of what the sink played from sample `from` on, as RMS in [0, 1] of full scale.
    double loudestFrom(qsizetype from, qsizetype to = -1)
    {
        m_pcm += m_monitor.readAllStandardOutput();
        const auto *s = reinterpret_cast<const qint16 *>(m_pcm.constData());
        const qsizetype n = to < 0 ? m_pcm.size() / 2 : std::min(to, m_pcm.size() / 2);
        double best = 0;
        for (qsizetype i = std::max<qsizetype>(0, from); i + 1600 <= n; i += 800)
            best = std::max(best, voice::rmsLevel(s + i, 1600));
        return best;
    }

    QJsonDocument history(const QStringList &args) const
    {
        const test::ProcessResult r = test::runProcess(
            test::binary(QStringLiteral("ttc")), QStringList{QStringLiteral("history")} + args + QStringList{QStringLiteral("--json")},
            {}, env());
        return QJsonDocument::fromJson(r.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY") ||
            test::runProcess(QStringLiteral("pactl"), {QStringLiteral("info")}).exitCode != 0)
            QSKIP("needs a display and PulseAudio: run under scripts/test-env");
        for (const char *tool : {"xdotool", "paplay", "parec", "lame"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("needs %1 (scripts/bootstrap installs it)").arg(QLatin1String(tool))));

        // The spoken question, and the answer as real MP3 (made here with flite and lame, nothing committed).
        Result<voice::PcmAudio> question = voice::FliteSynthesizer::synthesize(kTranscript);
        QVERIFY(question.ok());
        m_question = m_dir.filePath(QStringLiteral("question.wav"));
        QVERIFY(voice::writeWav(m_question, *question).ok());
        Result<voice::PcmAudio> answer = voice::FliteSynthesizer::synthesize(kAnswer.join(QString()));
        QVERIFY(answer.ok());
        const QString answerWav = m_dir.filePath(QStringLiteral("answer.wav"));
        const QString answerMp3 = m_dir.filePath(QStringLiteral("answer.mp3"));
        QVERIFY(voice::writeWav(answerWav, *answer).ok());
        QCOMPARE(QProcess::execute(QStringLiteral("lame"), {QStringLiteral("--quiet"), QStringLiteral("-b"),
                                                            QStringLiteral("64"), answerWav, answerMp3}),
                 0);
        QFile mp3(answerMp3);
        QVERIFY(mp3.open(QIODevice::ReadOnly));
        m_mp3 = mp3.readAll();
        QVERIFY(m_mp3.size() > 4000);

        // OpenAI: transcription answers the fixed transcript, chat completions stream the answer.
        QVERIFY(m_openai.listen());
        m_openai.setHandler([](const test::FakeProviderRequest &r) {
            if (r.path.startsWith("/v1/audio/transcriptions")) {
                test::FakeProviderReply reply;
                reply.contentType = "application/json";
                reply.pieces = {QJsonDocument(QJsonObject{{QStringLiteral("text"), kTranscript}}).toJson(QJsonDocument::Compact)};
                return reply;
            }
            if (r.path.startsWith("/v1/chat/completions"))
                return test::FakeProviderServer::textReply(QStringLiteral("openai"), kAnswer, 30);
            return test::FakeProviderServer::errorReply(QStringLiteral("openai"), 404);
        });
        // ElevenLabs: the MP3 streamed in 2 KiB HTTP chunks.
        QVERIFY(m_eleven.listen());
        m_eleven.setAnswerModels(false);
        m_eleven.setHandler([this](const test::FakeProviderRequest &r) {
            test::FakeProviderReply reply;
            if (!r.path.startsWith("/v1/text-to-speech/")) {
                reply.status = 404;
                reply.contentType = "application/json";
                reply.pieces = {R"({"detail":{"status":"not_found","message":"Not found"}})"};
                return reply;
            }
            // Everything the sink carried before this request was not the answer.
            m_pcm += m_monitor.readAllStandardOutput();
            m_pcmAtSpeechRequest = m_pcm.size() / 2;
            reply.contentType = "audio/mpeg";
            reply.chunked = true;
            for (qsizetype i = 0; i < m_mp3.size(); i += 2048)
                reply.pieces << m_mp3.mid(i, 2048);
            reply.pieceDelayMs = 20;
            return reply;
        });

        // The profile's settings, as the voice settings page writes them.
        {
            QSettings s(m_profile.profile().settingsPath(), QSettings::IniFormat);
            s.setValue(QStringLiteral("voice/sttEngine"), QStringLiteral("openai"));
            s.setValue(QStringLiteral("voice/ttsEngine"), QStringLiteral("elevenlabs"));
            s.setValue(QStringLiteral("voice/autoSend"), true);
            s.setValue(QStringLiteral("voice/autoSpeak"), true);
            s.sync();
            QCOMPARE(s.status(), QSettings::NoError);
        }

        m_trace = m_dir.filePath(QStringLiteral("trace.txt"));
        m_app.setProcessEnvironment(env());
        m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_app.start(test::binary(QStringLiteral("tooltip-companion")), {QStringLiteral("--profile"), m_profile.root()});
        QVERIFY(m_app.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!traceEvents(QStringLiteral("hotkey-registered")).isEmpty(), 30000);
    }

    void cleanupTestCase()
    {
        if (m_monitor.state() != QProcess::NotRunning) {
            m_monitor.kill();
            m_monitor.waitForFinished(5000);
        }
        if (m_app.state() != QProcess::NotRunning) {
            m_app.kill();
            m_app.waitForFinished(10000);
        }
    }

    void spokenQuestionIsAnsweredAloud()
    {
        // The shortcut opens the microphone: the app's recording stream is connected before anyone speaks.
        const int streams = recordingStreams();
        QCOMPARE(test::runProcess(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("ctrl+alt+space")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!traceEvents(QStringLiteral("recording-started")).isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(recordingStreams() > streams, 10000);

        // "Speak into the microphone": play the question into the sink that the virtual microphone listens to.
        QProcess speaker;
        speaker.start(QStringLiteral("paplay"), {QStringLiteral("--device=spk"), m_question});
        QVERIFY(speaker.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(speaker.state() == QProcess::NotRunning, 20000);
        QCOMPARE(speaker.exitCode(), 0);

        // From now on the sink must stay quiet until the answer plays: listen to its monitor.
        m_monitor.start(QStringLiteral("parec"), {QStringLiteral("--device=spk.monitor"), QStringLiteral("--rate=16000"),
                                                  QStringLiteral("--channels=1"), QStringLiteral("--format=s16le"),
                                                  QStringLiteral("--latency-msec=50"), QStringLiteral("--raw")});
        QVERIFY(m_monitor.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor.bytesAvailable() > 0 || m_pcmAtSpeechRequest >= 0, 10000);

        // Trailing silence ends the recording (StopReason::Silence = 1), no second press.
        QTRY_VERIFY_WITH_TIMEOUT(!traceEvents(QStringLiteral("recording-stopped")).isEmpty(), 20000);
        const QString stopped = traceEvents(QStringLiteral("recording-stopped")).first();
        QCOMPARE(stopped.section(QLatin1Char(' '), 0, 0), QStringLiteral("1"));
        QVERIFY2(stopped.section(QLatin1Char(' '), 1, 1).toDouble() > 1.0, qPrintable(stopped));

        // 1. Transcription: multipart/form-data with the recording as a 16 kHz mono WAV and the model.
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(m_openai, "/v1/audio/transcriptions").size(), 1, 20000);
        const test::FakeProviderRequest stt = requestsTo(m_openai, "/v1/audio/transcriptions").first();
        QCOMPARE(stt.method, QByteArray("POST"));
        QCOMPARE(stt.header("authorization"), QByteArray("Bearer " + kOpenAiKey.toLatin1()));
        bool ok = false;
        const QMap<QByteArray, MultipartPart> parts = parseMultipart(stt.header("content-type"), stt.body, &ok);
        QVERIFY2(ok, stt.header("content-type").constData());
        QVERIFY(!parts.value("model").body.isEmpty());
        const MultipartPart file = parts.value("file");
        QVERIFY(file.disposition.contains("filename="));
        QCOMPARE(file.contentType, QByteArray("audio/wav"));
        QCOMPARE(wavChannels(file.body), 1);
        Result<voice::PcmAudio> uploaded = voice::parseWav(file.body);
        QVERIFY(uploaded.ok());
        QCOMPARE(uploaded->sampleRate, 16000);
        QVERIFY2(uploaded->seconds() > 1.0, qPrintable(QString::number(uploaded->seconds())));
        QVERIFY2(voice::rmsLevel(uploaded->samples.constData(), uploaded->samples.size()) > 0.005,
                 "the uploaded recording is silent");
        QTRY_VERIFY_WITH_TIMEOUT(!traceEvents(QStringLiteral("transcript")).isEmpty(), 10000);
        QVERIFY(traceEvents(QStringLiteral("transcript")).first().endsWith(QLatin1Char('|') + kTranscript));

        // 2. The transcript is sent to the chat as the user's message.
        QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(m_openai, "/v1/chat/completions").isEmpty(), 20000);
        const test::FakeProviderRequest chat = requestsTo(m_openai, "/v1/chat/completions").first();
        QCOMPARE(chat.header("authorization"), QByteArray("Bearer " + kOpenAiKey.toLatin1()));
        const QJsonArray messages = QJsonDocument::fromJson(chat.body).object().value(QStringLiteral("messages")).toArray();
        QVERIFY2(!messages.isEmpty(), chat.body.left(400).constData());
        const QJsonObject last = messages.last().toObject();
        QCOMPARE(last.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(last.value(QStringLiteral("content")).toString(), kTranscript);

        // 3. The finished answer is spoken with ElevenLabs: the key in xi-api-key, the answer text in the body.
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(m_eleven, "/v1/text-to-speech/").size(), 1, 20000);
        const test::FakeProviderRequest tts = requestsTo(m_eleven, "/v1/text-to-speech/").first();
        QCOMPARE(tts.method, QByteArray("POST"));
        QVERIFY2(tts.path.contains("/stream"), tts.path.constData());
        QCOMPARE(tts.header("xi-api-key"), kElevenLabsKey.toLatin1());
        QCOMPARE(QJsonDocument::fromJson(tts.body).object().value(QStringLiteral("text")).toString(), kAnswer.join(QString()));
        QVERIFY(m_pcmAtSpeechRequest >= 0);

        // 4. The sink plays it: silence on the monitor until the speech was asked for, then a voice.
        QTRY_VERIFY2_WITH_TIMEOUT(loudestFrom(m_pcmAtSpeechRequest) > 0.02,
                                  qPrintable(QStringLiteral("the sink stayed quiet (level %1)").arg(loudestFrom(m_pcmAtSpeechRequest))),
                                  30000);
        const double before = loudestFrom(0, m_pcmAtSpeechRequest);
        QVERIFY2(before < 0.005, qPrintable(QStringLiteral("the sink was not quiet before the answer (level %1)").arg(before)));
        QTRY_VERIFY_WITH_TIMEOUT(!traceEvents(QStringLiteral("speaking-finished")).isEmpty(), 30000);
        QVERIFY2(traceEvents(QStringLiteral("error")).isEmpty(), qPrintable(traceEvents(QStringLiteral("error")).join(u'\n')));
        m_monitor.terminate();
        QVERIFY(m_monitor.waitForFinished(5000));
        m_pcm += m_monitor.readAllStandardOutput();
        // The whole answer was heard, not a click: at least half its length of sound above the noise floor.
        const auto *s = reinterpret_cast<const qint16 *>(m_pcm.constData());
        qsizetype loudWindows = 0;
        for (qsizetype i = m_pcmAtSpeechRequest; i + 1600 <= m_pcm.size() / 2; i += 1600)
            loudWindows += voice::rmsLevel(s + i, 1600) > 0.01;
        const double heardSeconds = loudWindows * 0.1;
        Result<voice::PcmAudio> answer = voice::FliteSynthesizer::synthesize(kAnswer.join(QString()));
        qInfo("sink level before the answer %.4f, loudest 100 ms of the answer %.3f, %.1f s heard of a %.1f s answer",
              before, loudestFrom(m_pcmAtSpeechRequest), heardSeconds, answer->seconds());
        QVERIFY2(heardSeconds > answer->seconds() * 0.5,
                 qPrintable(QStringLiteral("heard %1 s of a %2 s answer").arg(heardSeconds).arg(answer->seconds())));
    }

    void answerIsInTheHistory()
    {
        // Quit as the tray menu does, then read the profile with the command-line tool.
        m_app.terminate();
        QVERIFY(m_app.waitForFinished(15000));
        QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_app.exitCode(), 0);

        const QJsonArray sessions = history({QStringLiteral("list")}).array();
        QCOMPARE(sessions.size(), 1);
        const QString id = sessions.at(0).toObject().value(QStringLiteral("id")).toString();
        const QJsonArray messages = history({QStringLiteral("show"), id}).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(), kTranscript);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), kAnswer.join(QString()));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    }
};

QTEST_GUILESS_MAIN(TestVoiceQuery)
#include "tst_voice_query.moc"

// ttc speak / ttc transcribe as a user runs them.
#include "TestSupport.h"
#include "voice/Wav.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ttc;

class TestTtcVoice : public QObject
{
    Q_OBJECT

    test::ProcessResult ttc(const QStringList &args, const QByteArray &input = {}, const QString &tier = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TTC_TIER"));
        if (!tier.isEmpty())
            env.insert(QStringLiteral("TTC_TIER"), tier);
        // A key is present and the servers are unreachable: a refusal must come before any request (else: exit 6).
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test"));
        env.insert(QStringLiteral("ELEVENLABS_API_KEY"), QStringLiteral("xi-test"));
        env.insert(QStringLiteral("TTC_OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
        env.insert(QStringLiteral("TTC_ELEVENLABS_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
        return test::runProcess(test::binary(QStringLiteral("ttc")),
                                QStringList{QStringLiteral("--profile"), m_profile.root()} + args, input, env, 90000);
    }

    test::TempProfile m_profile;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void speakThenTranscribe()
    {
        const QString wav = m_dir.filePath(QStringLiteral("cmd.wav"));
        test::ProcessResult s = ttc({QStringLiteral("speak"), QStringLiteral("Read that again."), QStringLiteral("--out"), wav});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        Result<voice::PcmAudio> pcm = voice::readWav(wav);
        QVERIFY(pcm.ok());
        QVERIFY(pcm->seconds() > 0.5);

        test::ProcessResult t = ttc({QStringLiteral("transcribe"), wav});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        QCOMPARE(t.out.trimmed(), QByteArray("read that again"));

        test::ProcessResult j = ttc({QStringLiteral("transcribe"), wav, QStringLiteral("--json"), QStringLiteral("--engine"),
                                     QStringLiteral("local")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value(QStringLiteral("command")).toString(), QStringLiteral("read_again"));
        QCOMPARE(o.value(QStringLiteral("engine")).toString(), QStringLiteral("local"));
        QVERIFY(o.value(QStringLiteral("audio_seconds")).toDouble() > 0.5);
    }

    void speakToStdoutAndFromStdin()
    {
        test::ProcessResult s = ttc({QStringLiteral("speak"), QStringLiteral("-"), QStringLiteral("--voice"), QStringLiteral("kal16")},
                                    "new chat\n");
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QVERIFY(s.out.startsWith("RIFF"));
        Result<voice::PcmAudio> pcm = voice::parseWav(s.out);
        QVERIFY(pcm.ok());
        QCOMPARE(pcm->sampleRate, 16000);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("transcribe")} << 2 << QByteArray("Usage");
        QTest::newRow("missing file") << QStringList{QStringLiteral("transcribe"), QStringLiteral("/nonexistent.wav")} << 1
                                      << QByteArray("Cannot read");
        QTest::newRow("unknown engine") << QStringList{QStringLiteral("transcribe"), QStringLiteral("x.wav"),
                                                       QStringLiteral("--engine"), QStringLiteral("nope")}
                                        << 2 << QByteArray("Unknown speech-to-text engine");
        QTest::newRow("bad mode") << QStringList{QStringLiteral("transcribe"), QStringLiteral("x.wav"), QStringLiteral("--mode"),
                                                 QStringLiteral("loud")}
                                  << 2 << QByteArray("--mode");
        QTest::newRow("unknown voice") << QStringList{QStringLiteral("speak"), QStringLiteral("hi"), QStringLiteral("--voice"),
                                                      QStringLiteral("nobody"), QStringLiteral("--out"), QStringLiteral("/dev/null")}
                                       << 1 << QByteArray("Unknown offline voice");
        // Cloud voice is Pro; a profile without an account is Free, and is refused before any request.
        QTest::newRow("cloud speech on free") << QStringList{QStringLiteral("speak"), QStringLiteral("hi"), QStringLiteral("--engine"),
                                                             QStringLiteral("elevenlabs"), QStringLiteral("--out"), QStringLiteral("/dev/null")}
                                              << 4 << QByteArray("Pro plan");
        QTest::newRow("cloud transcription on free") << QStringList{QStringLiteral("transcribe"), m_dir.filePath(QStringLiteral("cmd.wav")),
                                                                    QStringLiteral("--engine"), QStringLiteral("openai")}
                                                     << 4 << QByteArray("Pro plan");
        QTest::newRow("bad rate") << QStringList{QStringLiteral("speak"), QStringLiteral("hi"), QStringLiteral("--rate"),
                                                 QStringLiteral("fast")}
                                  << 2 << QByteArray("--rate");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        test::ProcessResult r = ttc(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.startsWith("ttc: "));
    }

    // The plan decides, not a constant: on Pro (here the local plan setting of a profile without an account) the
    // request is made, and fails only because the loopback server is down.
    void cloudVoiceFollowsThePlan()
    {
        test::ProcessResult r = ttc({QStringLiteral("speak"), QStringLiteral("hi"), QStringLiteral("--engine"),
                                     QStringLiteral("elevenlabs"), QStringLiteral("--out"), QStringLiteral("/dev/null")},
                                    {}, QStringLiteral("pro"));
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(!r.err.contains("Pro plan"), r.err.constData());
    }

    // Cloud voice takes its key from the keychain (`ttc keys set`) like chat does, not only from the environment.
    void cloudVoiceUsesTheKeychainKey()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"ELEVENLABS_API_KEY", "OPENAI_API_KEY", "TTC_TIER"})
            env.remove(QString::fromLatin1(var));
        env.insert(QStringLiteral("TTC_TIER"), QStringLiteral("pro"));
        env.insert(QStringLiteral("TTC_KEYCHAIN_SERVICE"), QStringLiteral("ttc-test-voice-keys"));
        env.insert(QStringLiteral("TTC_ELEVENLABS_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
        test::TempProfile profile;
        const auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            return test::runProcess(test::binary(QStringLiteral("ttc")), QStringList{QStringLiteral("--profile"), profile.root()} + args,
                                    input, env, 60000);
        };
        const QStringList speak{QStringLiteral("speak"), QStringLiteral("hi"), QStringLiteral("--engine"),
                                QStringLiteral("elevenlabs"), QStringLiteral("--out"), QStringLiteral("/dev/null")};
        test::ProcessResult r = run(speak);
        QCOMPARE(r.exitCode, 3);  // no key anywhere
        r = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("elevenlabs")}, "xi-keychain-test-key\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(speak);
        QCOMPARE(r.exitCode, 6);  // the key was found: the request was made, to a closed port
        QVERIFY2(!r.err.contains("xi-keychain-test-key"), r.err.constData());
        r = run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("elevenlabs")});
        QCOMPARE(r.exitCode, 0);
    }

    void notAWav()
    {
        const QString path = m_dir.filePath(QStringLiteral("fake.wav"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ID3\x04 this is an mp3");
        f.close();
        test::ProcessResult r = ttc({QStringLiteral("transcribe"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Not a usable WAV file"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTtcVoice)
#include "tst_ttc_voice.moc"

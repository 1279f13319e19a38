// The voice query in the real app under Xvfb and PulseAudio: the shortcut pressed with xdotool opens the voice panel
// and a recording stream on the virtual microphone; speech played into the null sink ("spk", which feeds "vmic") is
// recognized offline and carried out as a command; a second press stops; --voice does the same through the single
// instance; a shortcut already taken by another program is reported.
#include "TestSupport.h"
#include "voice/FliteSynthesizer.h"
#include "voice/Wav.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace ttc;

namespace {

bool haveAudioAndX()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") &&
           test::runProcess(QStringLiteral("pactl"), {QStringLiteral("info")}).exitCode == 0;
}

} // namespace

class TestVoiceHotkey : public QObject
{
    Q_OBJECT

    test::TempProfile m_profile;
    QTemporaryDir m_dir;
    QProcess m_app;
    QString m_trace;

    QProcessEnvironment env(const QString &trace) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        e.insert(QStringLiteral("TTC_VOICE_TRACE"), trace);
        return e;
    }

    QStringList traceLines(const QString &path) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // Waits until the trace has `count` lines with `event`; returns the last such line.
    QString waitFor(const QString &path, const QString &event, int count = 1, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            QStringList hits;
            for (const QString &l : traceLines(path))
                if (l.section(QLatin1Char(' '), 1, 1) == event)
                    hits << l;
            if (hits.size() >= count)
                return hits.last();
            QTest::qWait(50);
        }
        return {};
    }

    int countEvent(const QString &event)
    {
        int n = 0;
        for (const QString &l : traceLines(m_trace))
            n += l.section(QLatin1Char(' '), 1, 1) == event;
        return n;
    }

    void xdotool(const QStringList &args)
    {
        const test::ProcessResult r = test::runProcess(QStringLiteral("xdotool"), args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    int recordingStreams()
    {
        const test::ProcessResult r =
            test::runProcess(QStringLiteral("pactl"), {QStringLiteral("list"), QStringLiteral("short"),
                                                       QStringLiteral("source-outputs")});
        return int(r.out.count("protocol-native.c"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveAudioAndX())
            QSKIP("needs a display and PulseAudio: run under scripts/test-env");
        m_trace = m_dir.filePath(QStringLiteral("trace.txt"));
        m_app.setProcessEnvironment(env(m_trace));
        m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_app.start(test::binary(QStringLiteral("tooltip-companion")),
                    {QStringLiteral("--profile"), m_profile.root()});
        QVERIFY(m_app.waitForStarted(10000));
        QVERIFY2(!waitFor(m_trace, QStringLiteral("hotkey-registered")).isEmpty(), "the shortcut was not registered");
        QVERIFY(waitFor(m_trace, QStringLiteral("hotkey-registered")).endsWith(QLatin1String("Ctrl+Alt+Space")));
    }

    void cleanupTestCase()
    {
        if (m_app.state() == QProcess::Running) {
            m_app.terminate();
            if (!m_app.waitForFinished(10000))
                m_app.kill();
        }
    }

    void hotkeyOpensPanelAndRecordingStream()
    {
        const int before = recordingStreams();
        xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+space")});
        QVERIFY2(!waitFor(m_trace, QStringLiteral("recording-started")).isEmpty(), "no recording after the shortcut");
        QTRY_VERIFY_WITH_TIMEOUT(recordingStreams() > before, 10000);
        const test::ProcessResult w = test::runProcess(
            QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                                        QStringLiteral("ToolTip Companion voice")});
        QVERIFY2(w.exitCode == 0 && !w.out.trimmed().isEmpty(), "the voice panel is not shown");

        // Second press stops; the stream closes.
        xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+space")});
        const QString stopped = waitFor(m_trace, QStringLiteral("recording-stopped"));
        QVERIFY(!stopped.isEmpty());
        QCOMPARE(stopped.section(QLatin1Char(' '), 2, 2), QStringLiteral("0"));  // StopReason::Requested
        QTRY_COMPARE_WITH_TIMEOUT(recordingStreams(), before, 10000);
    }

    void spokenCommandIsRecognizedOffline()
    {
        Result<voice::PcmAudio> pcm = voice::FliteSynthesizer::synthesize(QStringLiteral("Read that again."));
        QVERIFY(pcm.ok());
        const QString wav = m_dir.filePath(QStringLiteral("cmd.wav"));
        QVERIFY(voice::writeWav(wav, *pcm).ok());

        const int stops = countEvent(QStringLiteral("recording-stopped"));
        xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+space")});
        QVERIFY(!waitFor(m_trace, QStringLiteral("recording-started"), 2).isEmpty());
        // "Speak into the microphone": play into the sink that the virtual microphone listens to.
        const test::ProcessResult play = test::runProcess(QStringLiteral("paplay"), {QStringLiteral("--device=spk"), wav});
        QVERIFY2(play.exitCode == 0, play.err.constData());
        // Trailing silence ends the utterance (StopReason::Silence = 1) without a second press.
        const QString stopped = waitFor(m_trace, QStringLiteral("recording-stopped"), stops + 1);
        QVERIFY2(!stopped.isEmpty(), "the recording did not stop on silence");
        QCOMPARE(stopped.section(QLatin1Char(' '), 2, 2), QStringLiteral("1"));
        const QString transcript = waitFor(m_trace, QStringLiteral("transcript"));
        QCOMPARE(transcript.section(QLatin1Char(' '), 2), QStringLiteral("read_again|read that again"));
        // The recording is kept in the profile until the next one.
        Result<voice::PcmAudio> kept = voice::readWav(m_profile.profile().cacheDir() + QStringLiteral("/voice/last-recording.wav"));
        QVERIFY(kept.ok());
        QVERIFY(kept->seconds() > 0.5);
    }

    void voiceFlagGoesThroughTheRunningInstance()
    {
        const int starts = countEvent(QStringLiteral("recording-started"));
        QProcess second;
        second.setProcessEnvironment(env(m_trace));
        second.start(test::binary(QStringLiteral("tooltip-companion")),
                     {QStringLiteral("--profile"), m_profile.root(), QStringLiteral("--voice")});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(!waitFor(m_trace, QStringLiteral("recording-started"), starts + 1).isEmpty());
        const int stops = countEvent(QStringLiteral("recording-stopped"));
        xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+space")});
        QVERIFY(!waitFor(m_trace, QStringLiteral("recording-stopped"), stops + 1).isEmpty());
    }

    void takenShortcutIsReported()
    {
        // Another program (a second app with its own profile) asks for the same combination.
        test::TempProfile other;
        const QString trace = m_dir.filePath(QStringLiteral("other.txt"));
        QProcess app;
        app.setProcessEnvironment(env(trace));
        app.start(test::binary(QStringLiteral("tooltip-companion")), {QStringLiteral("--profile"), other.root()});
        QVERIFY(app.waitForStarted(10000));
        const QString failed = waitFor(trace, QStringLiteral("hotkey-failed"));
        app.terminate();
        if (!app.waitForFinished(10000))
            app.kill();
        QCOMPARE(failed.section(QLatin1Char(' '), 2), QStringLiteral("hotkey_taken"));
        QFile log(other.profile().logDir() + QStringLiteral("/tooltip-companion.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("already used by another program"));
    }
};

QTEST_GUILESS_MAIN(TestVoiceHotkey)
#include "tst_voice_hotkey.moc"

// Voice benchmarks, each next to a baseline measured in the same run:
//  1. Offline recognition real-time factor (decode time / audio time; target <= 0.5) of the app's pipeline for
//     spoken commands (grammar pass, plus the query pass for "search history for"), against plain pocketsphinx
//     decoding of the same clips with its general language model.
//  2. Shortcut -> recording started latency (p50/p95 over N presses; target p95 <= 100 ms): the benchmark presses
//     Ctrl+Alt+Space through XTEST (as xdotool does, without a process per press) for the running tooltip-companion,
//     which traces when the microphone stream is open. Baseline: the same presses until the app has merely received
//     the key (the X server's delivery floor).
// Usage (needs a display and PulseAudio for part 2): scripts/test-env build/bin/bench_voice [--presses N] [--runs N]
#include "voice/FliteSynthesizer.h"
#include "voice/PocketSphinxDecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#if defined(TTC_BENCH_XTEST)
#include <xcb/xcb.h>
#include <xcb/xtest.h>
#endif

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ttc;
using namespace ttc::voice;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

int rtf(int runs)
{
    std::printf("-- offline recognition real-time factor (%d runs per clip)\n", runs);
    Result<std::unique_ptr<PocketSphinxDecoder>> decoder = PocketSphinxDecoder::create({});
    if (!decoder) {
        std::fprintf(stderr, "%s\n", qPrintable(decoder.error().message));
        return 1;
    }
    const QStringList clips{QStringLiteral("New chat."), QStringLiteral("Open browser."), QStringLiteral("Read that again."),
                            QStringLiteral("Stop."), QStringLiteral("Search history for pizza recipes.")};
    double audio = 0, app = 0, baseline = 0;
    int exact = 0;
    for (const QString &text : clips) {
        Result<PcmAudio> pcm = FliteSynthesizer::synthesize(text);
        if (!pcm)
            return 1;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            Result<Transcript> r = (*decoder)->decode(*pcm, SttOptions::Mode::Auto);
            app += double(t.nsecsElapsed()) / 1e9;
            t.restart();
            Result<Transcript> b = (*decoder)->decode(*pcm, SttOptions::Mode::Dictation);
            baseline += double(t.nsecsElapsed()) / 1e9;
            audio += pcm->seconds();
            if (i == 0 && r && r->command.isCommand())
                ++exact;
        }
    }
    std::printf("   audio %.1f s; commands recognized %d/%d\n", audio / runs, exact, int(clips.size()));
    std::printf("   app pipeline (grammar + query pass)   RTF %.3f\n", app / audio);
    std::printf("   baseline (pocketsphinx, general LM)   RTF %.3f   ratio app/baseline %.2f\n", baseline / audio,
                app / baseline);
    std::printf("   target RTF <= 0.5: %s\n", app / audio <= 0.5 ? "met" : "NOT met");
    return 0;
}

QStringList traceEvents(const QString &path, const QByteArray &event)
{
    QFile f(path);
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.split(' ').value(1) == event)
            out << QString::fromUtf8(line);
    return out;
}

qint64 waitEvent(const QString &path, const QByteArray &event, int count, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const QStringList hits = traceEvents(path, event);
        if (hits.size() >= count)
            return hits.at(count - 1).section(QLatin1Char(' '), 0, 0).toLongLong();
        QThread::msleep(2);
    }
    return -1;
}

#if defined(TTC_BENCH_XTEST)
// Presses and releases Ctrl+Alt+Space with XTEST on its own X connection.
class KeyPresser
{
public:
    KeyPresser() : m_c(xcb_connect(nullptr, nullptr))
    {
        if (xcb_connection_has_error(m_c))
            return;
        const xcb_setup_t *setup = xcb_get_setup(m_c);
        m_root = xcb_setup_roots_iterator(setup).data->root;
        const int first = setup->min_keycode, count = setup->max_keycode - first + 1;
        auto *reply = xcb_get_keyboard_mapping_reply(m_c, xcb_get_keyboard_mapping(m_c, quint8(first), quint8(count)),
                                                     nullptr);
        if (!reply)
            return;
        const xcb_keysym_t *syms = xcb_get_keyboard_mapping_keysyms(reply);
        auto find = [&](xcb_keysym_t sym) -> quint8 {
            for (int k = 0; k < count; ++k)
                for (int j = 0; j < reply->keysyms_per_keycode; ++j)
                    if (syms[k * reply->keysyms_per_keycode + j] == sym)
                        return quint8(first + k);
            return 0;
        };
        m_keys[0] = find(0xffe3);  // Control_L
        m_keys[1] = find(0xffe9);  // Alt_L
        m_keys[2] = find(0x0020);  // space
        free(reply);
    }
    ~KeyPresser() { xcb_disconnect(m_c); }
    bool ok() const { return m_keys[0] && m_keys[1] && m_keys[2]; }
    void press()
    {
        for (quint8 k : m_keys)
            xcb_test_fake_input(m_c, XCB_KEY_PRESS, k, XCB_CURRENT_TIME, m_root, 0, 0, 0);
        for (int i = 2; i >= 0; --i)
            xcb_test_fake_input(m_c, XCB_KEY_RELEASE, m_keys[i], XCB_CURRENT_TIME, m_root, 0, 0, 0);
        xcb_flush(m_c);
    }

private:
    xcb_connection_t *m_c;
    xcb_window_t m_root = 0;
    quint8 m_keys[3] = {};
};
#endif

int hotkey(int presses)
{
    std::printf("-- shortcut -> recording started (%d presses)\n", presses);
    const QString app = QCoreApplication::applicationDirPath() + QStringLiteral("/tooltip-companion");
    if (!QFile::exists(app) || qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::printf("   skipped: needs tooltip-companion and a display (scripts/test-env)\n");
        return 0;
    }
#if defined(TTC_BENCH_XTEST)
    KeyPresser keys;
    if (!keys.ok()) {
        std::fprintf(stderr, "   no XTEST keyboard\n");
        return 1;
    }
    auto press = [&keys] { keys.press(); };
#else
    auto press = [] {
        QProcess::execute(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("ctrl+alt+space")});
    };
#endif
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("trace"));
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TTC_VOICE_TRACE"), trace);
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    proc.setProcessEnvironment(env);
    proc.start(app, {QStringLiteral("--profile"), dir.filePath(QStringLiteral("profile"))});
    if (waitEvent(trace, "warm", 1, 30000) < 0) {
        std::fprintf(stderr, "   the app did not get ready (no warm event)\n");
        return 1;
    }
    std::vector<double> delivered, started;
    for (int i = 1; i <= presses; ++i) {
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        press();
        const qint64 key = waitEvent(trace, "hotkey", 2 * i - 1);
        const qint64 rec = waitEvent(trace, "recording-started", i);
        if (key < 0 || rec < 0) {
            std::fprintf(stderr, "   press %d: no recording\n", i);
            return 1;
        }
        delivered.push_back(double(key - t0));
        started.push_back(double(rec - t0));
        press();
        if (waitEvent(trace, "recording-stopped", i) < 0)
            return 1;
        QThread::msleep(150);
    }
    proc.terminate();
    proc.waitForFinished(10000);
    std::printf("   baseline (key reaches the app)  p50 %5.1f ms  p95 %5.1f ms\n", percentile(delivered, 0.5),
                percentile(delivered, 0.95));
    std::printf("   recording started               p50 %5.1f ms  p95 %5.1f ms  (p95 above baseline %+.1f ms)\n",
                percentile(started, 0.5), percentile(started, 0.95),
                percentile(started, 0.95) - percentile(delivered, 0.95));
    std::printf("   target p95 <= 100 ms: %s\n", percentile(started, 0.95) <= 100 ? "met" : "NOT met");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int presses = 50, runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--presses"))
            presses = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
    }
    if (int rc = rtf(runs))
        return rc;
    return hotkey(presses);
}

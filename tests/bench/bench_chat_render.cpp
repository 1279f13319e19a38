// Chat window rendering, in one process under a display:
//   1. opening a 10,000-message session: from selecting it to the first frame that shows it (target <= 150 ms);
//   2. a reply streaming at 500 deltas/s for a few seconds: frame intervals while it streams (target: none > 33 ms).
// Usage: scripts/test-env build/bin/bench_chat_render [--smoke]
#include "ChatController.h"
#include "ChatStore.h"
#include "ChatTestUtil.h"
#include "ChatWindow.h"
#include "FakeTurnRunner.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ttc;
using namespace ttc::chat;

namespace {

// Runs the event loop as the app does, asleep until something happens (a processEvents() loop would keep a core
// busy and take it from the render threads), checking the condition every 2 ms.
void waitUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    if (done())
        return;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start(2);
    loop.exec();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    QTemporaryDir dir;
    store::Database db(dir.filePath(QStringLiteral("history.sqlite")));
    if (!test::waitFor(db.open()).ok())
        return 1;
    ChatStore store(db, SystemClock::instance());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setChatAppearance(QStringLiteral("light"));
    ChatController controller(store, settings, {});
    test::FakeTurnRunner runner(store);
    controller.setRunner(&runner);

    const QString small = test::makeLongSession(db, 4, QStringLiteral("Short chat"));
    const QString big = test::makeLongSession(db, 10000, QStringLiteral("10,000 messages"));
    settings.setChatLastSession(small);

    ChatWindow window(controller, settings);
    window.show();
    QQuickWindow *w = window.window();
    if (!w)
        return 1;
    waitUntil([&] { return w->isExposed() && controller.messages()->rowCount() == 4; });
    waitUntil([] { return false; }, 300);

    // 1. Open the long session.
    const int rounds = smoke ? 3 : 10;
    std::vector<double> openMs;
    for (int i = 0; i < rounds; ++i) {
        controller.selectSession(i % 2 ? small : big);
        waitUntil([&] { return controller.messages()->sessionId() == (i % 2 ? small : big) && !controller.messages()->isLoading(); });
        waitUntil([] { return false; }, 100);
        if (i % 2)
            continue;
        // Measured on the way back to the long one.
        controller.selectSession(small);
        waitUntil([&] { return controller.messages()->rowCount() == 4; });
        waitUntil([] { return false; }, 100);
        QElapsedTimer t;
        bool opened = false;
        bool painted = false;
        const auto c1 = QObject::connect(controller.messages(), &MessageListModel::opened, [&] { opened = true; });
        const auto c2 = QObject::connect(w, &QQuickWindow::frameSwapped, [&] { painted = painted || opened; });
        t.start();
        controller.selectSession(big);
        waitUntil([&] { return painted; });
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
    }
    std::printf("open a 10,000-message session to first paint: median %.1f ms, max %.1f ms over %zu runs "
                "(target <= 150 ms)\n",
                percentile(openMs, 0.5), percentile(openMs, 1.0), openMs.size());

    // 2. Stream 500 deltas/s into the long session.
    const int seconds = smoke ? 2 : 5;
    runner.intervalMs = 2;
    runner.keepPace = true;  // 500 a second by the clock, however busy the event loop is
    runner.script = QStringList(500 * seconds, QStringLiteral("tok "));
    for (int i = 0; i < runner.script.size(); i += 40)
        runner.script[i] = QStringLiteral("\n\nA new paragraph with **bold** text, `code` and a [link](https://example.org). ");
    std::vector<double> frames;
    QElapsedTimer frameClock;
    bool streaming = false;
    QObject::connect(w, &QQuickWindow::frameSwapped, [&] {
        if (!streaming)
            return;
        if (frameClock.isValid())
            frames.push_back(double(frameClock.nsecsElapsed()) / 1e6);
        frameClock.restart();
    });
    QElapsedTimer wall;
    int deltas = 0;
    QObject::connect(&runner, &TurnRunner::delta, [&] { ++deltas; });
    controller.setComposerText(QStringLiteral("Stream, please"));
    controller.send();
    streaming = true;
    wall.start();
    waitUntil([&] { return !controller.isStreaming(); }, 120000);
    streaming = false;
    const double secs = double(wall.nsecsElapsed()) / 1e9;
    const long over = std::count_if(frames.begin(), frames.end(), [](double f) { return f > 33.0; });
    std::printf("stream: %d deltas in %.2f s (%.0f/s); %zu frames, interval median %.1f ms, p95 %.1f ms, "
                "max %.1f ms, %ld over 33 ms (target 0)\n",
                deltas, secs, double(deltas) / secs, frames.size(), percentile(frames, 0.5), percentile(frames, 0.95),
                percentile(frames, 1.0), over);
    // Frames only come when something changes; a quiet gap is not a stall. Print the slowest few for context.
    std::sort(frames.begin(), frames.end(), std::greater<>());
    std::printf("  slowest frame intervals:");
    for (size_t i = 0; i < std::min<size_t>(5, frames.size()); ++i)
        std::printf(" %.1f", frames[i]);
    std::printf(" ms\n");
    controller.shutdown();
    return 0;
}

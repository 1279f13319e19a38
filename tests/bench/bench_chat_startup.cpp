// Chat window cold start: launches `tooltip-companion --open chat` until the chat window's first frame is on screen
// (TTC_EXIT_ON_FIRST_FRAME) N times, alternating with a minimal Qt Quick window program built in the same tree (same
// display, same scene-graph backend), and prints median wall time and peak RSS of both and their ratios.
// Needs a display with a tray host: scripts/test-env build/bin/bench_chat_startup [N]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double wallMs = 0;
    double rssMiB = 0;
};

Sample launch(const QByteArray &program, const QList<QByteArray> &args)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char *> argv{const_cast<char *>(program.constData())};
        for (const QByteArray &a : args)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        setenv("TTC_EXIT_ON_FIRST_FRAME", "1", 1);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    Sample s;
    s.wallMs = double(timer.nsecsElapsed()) / 1e6;
    s.rssMiB = double(usage.ru_maxrss) / 1024.0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", program.constData(), status);
        std::exit(1);
    }
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const QString bin = QCoreApplication::applicationDirPath();
    const QByteArray companion = (bin + QStringLiteral("/tooltip-companion")).toLocal8Bit();
    const QByteArray minimal = (bin + QStringLiteral("/bench_min_quick")).toLocal8Bit();
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "bench_chat_startup needs a display with a tray host: scripts/test-env %s\n", argv[0]);
        return 2;
    }

    QTemporaryDir profile;
    const QList<QByteArray> appArgs{"--profile", profile.path().toLocal8Bit(), "--open", "chat"};
    launch(companion, appArgs);  // creates the profile and database, warms the page cache
    launch(minimal, {});

    std::vector<double> appWall, appRss, minWall, minRss;
    for (int i = 0; i < runs; ++i) {
        const Sample a = launch(companion, appArgs);
        const Sample m = launch(minimal, {});
        appWall.push_back(a.wallMs);
        appRss.push_back(a.rssMiB);
        minWall.push_back(m.wallMs);
        minRss.push_back(m.rssMiB);
    }
    const double aw = median(appWall), ar = median(appRss), mw = median(minWall), mr = median(minRss);
    std::printf("chat window cold start to first frame, median of %d runs\n", runs);
    std::printf("  %-30s %8.1f ms  %7.1f MiB peak RSS\n", "tooltip-companion --open chat", aw, ar);
    std::printf("  %-30s %8.1f ms  %7.1f MiB peak RSS\n", "minimal Qt Quick window", mw, mr);
    std::printf("  ratio                          %8.2fx     %7.2fx      (targets <= 1.50x)\n", aw / mw, ar / mr);
    return 0;
}

// Chat window cold start: launches `tooltip-companion --open chat` N times, alternating with a minimal Qt Quick window
// program built in the same tree (same display, same scene-graph backend), and prints the median time from fork to the
// first frame on screen (each program writes a byte to the descriptor TTC_FIRST_FRAME_FD names, then quits under
// TTC_EXIT_ON_FIRST_FRAME), the median peak RSS, and their ratios; the time to exit is printed for information.
// Needs a display with a tray host: scripts/test-env build/bin/bench_chat_startup [N]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double firstFrameMs = 0;  // fork to the program's first-frame notice (TTC_FIRST_FRAME_FD)
    double exitMs = 0;        // fork to exit, with the program's shutdown
    double rssMiB = 0;
};

Sample launch(const QByteArray &program, const QList<QByteArray> &args)
{
    int notice[2];
    if (pipe2(notice, O_CLOEXEC) != 0) {
        std::perror("pipe2");
        std::exit(1);
    }
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char *> argv{const_cast<char *>(program.constData())};
        for (const QByteArray &a : args)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        const int fd = dup(notice[1]);  // without close-on-exec
        setenv("TTC_FIRST_FRAME_FD", std::to_string(fd).c_str(), 1);
        setenv("TTC_EXIT_ON_FIRST_FRAME", "1", 1);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    close(notice[1]);
    Sample s;
    char byte = 0;
    ssize_t got;
    do
        got = read(notice[0], &byte, 1);
    while (got < 0 && errno == EINTR);
    s.firstFrameMs = double(timer.nsecsElapsed()) / 1e6;
    close(notice[0]);
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    s.exitMs = double(timer.nsecsElapsed()) / 1e6;
    s.rssMiB = double(usage.ru_maxrss) / 1024.0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", program.constData(), status);
        std::exit(1);
    }
    if (got != 1) {
        std::fprintf(stderr, "%s exited without reporting its first frame\n", program.constData());
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

    std::vector<double> appFrame, appExit, appRss, minFrame, minExit, minRss;
    for (int i = 0; i < runs; ++i) {
        const Sample a = launch(companion, appArgs);
        const Sample m = launch(minimal, {});
        appFrame.push_back(a.firstFrameMs);
        appExit.push_back(a.exitMs);
        appRss.push_back(a.rssMiB);
        minFrame.push_back(m.firstFrameMs);
        minExit.push_back(m.exitMs);
        minRss.push_back(m.rssMiB);
    }
    const double af = median(appFrame), ae = median(appExit), ar = median(appRss);
    const double mf = median(minFrame), me = median(minExit), mr = median(minRss);
    std::printf("chat window cold start to first frame, median of %d runs (to exit, with shutdown: for information)\n", runs);
    std::printf("  %-30s %8.1f ms  %7.1f MiB peak RSS   (exit %6.1f ms)\n", "tooltip-companion --open chat", af, ar, ae);
    std::printf("  %-30s %8.1f ms  %7.1f MiB peak RSS   (exit %6.1f ms)\n", "minimal Qt Quick window", mf, mr, me);
    std::printf("  ratio                          %8.2fx     %7.2fx                (exit %5.2fx)   (targets <= 1.50x)\n",
                af / mf, ar / mr, ae / me);
    return 0;
}

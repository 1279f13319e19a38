// End to end: `ttc chat` consuming a ~20,000-chunk stream from the loopback provider, next to the official openai
// Node SDK consuming the same bytes from the same server in the same run (alternating). Prints median wall time and
// peak RSS of both and the ratios (targets: >= 4x faster, <= 1/3 of the SDK's peak RSS).
// Usage: bench_chat_e2e RUNS CHUNKS [NODE_SCRIPT]   (without NODE_SCRIPT only ttc is measured)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double wallMs = 0;
    double rssMiB = 0;
    int status = -1;
    qint64 outBytes = 0;
};

Sample run(const QByteArray &program, const QList<QByteArray> &args, const QByteArray &outFile)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(outFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(fd, STDOUT_FILENO);
        std::vector<char *> argv;
        argv.push_back(const_cast<char *>(program.constData()));
        for (const QByteArray &a : args)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Sample s;
    s.wallMs = double(timer.nsecsElapsed()) / 1e6;
    s.rssMiB = double(usage.ru_maxrss) / 1024.0;
    s.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    s.outBytes = QFileInfo(QString::fromLocal8Bit(outFile)).size();
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const int chunks = argc > 2 ? std::max(1, atoi(argv[2])) : 20000;
    const QString nodeScript = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QString bin = QCoreApplication::applicationDirPath();

    QProcess fake;
    fake.start(bin + QStringLiteral("/ttc-fake-provider"), {QStringLiteral("--chunks"), QString::number(chunks)});
    if (!fake.waitForStarted(10000) || !fake.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_chat_e2e: ttc-fake-provider did not start\n");
        return 1;
    }
    const QByteArray line = fake.readLine().trimmed();
    const QByteArray base = "http://127.0.0.1:" + line.mid(5) + "/v1";
    QTemporaryDir profile;
    qputenv("TTC_OPENAI_BASE_URL", base);
    qputenv("OPENAI_API_KEY", "sk-bench-not-a-key");
    qputenv("TTC_DAILY_LIMIT", "1000000");
    qputenv("TTC_KEYCHAIN_SERVICE", "ttc-bench");
    const QByteArray out = profile.filePath(QStringLiteral("out.txt")).toLocal8Bit();
    const QByteArray ttc = (bin + QStringLiteral("/ttc")).toLocal8Bit();
    const QList<QByteArray> ttcArgs{"--profile", profile.path().toLocal8Bit(), "chat", "hi"};
    const QList<QByteArray> nodeArgs{nodeScript.toLocal8Bit(), base};

    // Warm-up (page cache, database creation), not measured.
    Sample warm = run(ttc, ttcArgs, out);
    if (warm.status != 0) {
        std::fprintf(stderr, "bench_chat_e2e: ttc chat failed (exit %d)\n", warm.status);
        return 1;
    }
    const qint64 expectedBytes = warm.outBytes;
    if (!nodeScript.isEmpty() && run("node", nodeArgs, out).status != 0) {
        std::fprintf(stderr, "bench_chat_e2e: the node SDK run failed\n");
        return 1;
    }
    std::vector<double> tWall, tRss, nWall, nRss;
    for (int i = 0; i < runs; ++i) {
        const Sample t = run(ttc, ttcArgs, out);
        if (t.status != 0 || t.outBytes != expectedBytes) {
            std::fprintf(stderr, "bench_chat_e2e: ttc run %d failed (exit %d, %lld bytes)\n", i, t.status, (long long)t.outBytes);
            return 1;
        }
        tWall.push_back(t.wallMs);
        tRss.push_back(t.rssMiB);
        if (!nodeScript.isEmpty()) {
            const Sample n = run("node", nodeArgs, out);
            if (n.status != 0 || n.outBytes != expectedBytes) {
                std::fprintf(stderr, "bench_chat_e2e: node run %d failed (exit %d, %lld bytes)\n", i, n.status, (long long)n.outBytes);
                return 1;
            }
            nWall.push_back(n.wallMs);
            nRss.push_back(n.rssMiB);
        }
    }
    fake.terminate();
    fake.waitForFinished(5000);
    std::printf("stream of %d content chunks (%lld bytes of answer), median of %d runs\n", chunks, (long long)expectedBytes, runs);
    std::printf("  ttc chat                 %8.1f ms  %7.1f MiB peak RSS\n", median(tWall), median(tRss));
    if (!nodeScript.isEmpty()) {
        std::printf("  openai Node SDK (node)   %8.1f ms  %7.1f MiB peak RSS\n", median(nWall), median(nRss));
        std::printf("  ratio: %.2fx faster (target >= 4x), %.2f of the SDK's RSS (target <= 0.33)\n",
                    median(nWall) / median(tWall), median(tRss) / median(nRss));
    } else {
        std::printf("  (openai Node SDK not installed: no baseline this run)\n");
    }
    return 0;
}

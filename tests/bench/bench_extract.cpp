// Link-preview extraction speed and memory: HtmlExtractor (with the fetcher's charset decoding) over the extraction
// corpus (tests/data/extraction), next to Mozilla Readability on jsdom over the same pages in the same run. Each side
// runs in a child process of its own (so peak RSS is the child's ru_maxrss), reads every page into memory first and
// then makes PASSES passes over the corpus. Prints per-page medians, total time, peak RSS and the ratios (targets,
// issue 5: >= 10x faster, <= 1/10 of Readability's peak RSS).
// Usage: bench_extract PASSES [CORPUS_DIR] [NODE_SCRIPT]   (without NODE_SCRIPT only HtmlExtractor is measured)
//        bench_extract --worker PASSES FILE...              (internal: the measured child)
#include "preview/HtmlExtractor.h"
#include "preview/PageFetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ttc::preview;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

int worker(int passes, const QStringList &files)
{
    struct Page { QString name; QByteArray bytes; std::vector<double> ms; };
    std::vector<Page> pages;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        pages.push_back({QFileInfo(f).fileName(), file.readAll(), {}});
    }
    qint64 chars = 0;
    QElapsedTimer total;
    total.start();
    for (int pass = 0; pass < passes; ++pass) {
        for (Page &page : pages) {
            QElapsedTimer t;
            t.start();
            const Preview p = HtmlExtractor::extract(decodeHtml(page.bytes, "text/html"),
                                                     QUrl(QStringLiteral("https://example.org/") + page.name));
            chars += p.mainText.size();
            page.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    QJsonObject perPage;
    for (const Page &page : pages)
        perPage.insert(page.name, median(page.ms));
    const QJsonObject out{{QStringLiteral("passes"), passes}, {QStringLiteral("pages"), int(pages.size())},
                          {QStringLiteral("total_ms"), double(total.nsecsElapsed()) / 1e6},
                          {QStringLiteral("chars"), chars}, {QStringLiteral("per_page_median_ms"), perPage}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

struct Run
{
    bool ok = false;
    double rssMiB = 0;
    QJsonObject result;
};

Run run(const QByteArray &program, const QList<QByteArray> &args, const QByteArray &outFile)
{
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
    Run r;
    r.rssMiB = double(usage.ru_maxrss) / 1024.0;
    QFile out(QString::fromLocal8Bit(outFile));
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && out.open(QIODevice::ReadOnly)) {
        r.result = QJsonDocument::fromJson(out.readAll().trimmed()).object();
        r.ok = !r.result.isEmpty();
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], "--worker") == 0) {
        QStringList files;
        for (int i = 3; i < argc; ++i)
            files.append(QString::fromLocal8Bit(argv[i]));
        return worker(std::max(1, atoi(argv[2])), files);
    }
    QCoreApplication app(argc, argv);
    const int passes = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    const QString corpus = argc > 2 && argv[2][0] ? QString::fromLocal8Bit(argv[2])
                                                  : QStringLiteral(TTC_BENCH_SOURCE_DIR "/tests/data/extraction");
    const QString nodeScript = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QDir dir(corpus);
    QList<QByteArray> files;
    for (const QString &f : dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(f).toLocal8Bit());
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_extract: no pages in %s\n", qPrintable(corpus));
        return 1;
    }
    QTemporaryDir tmp;
    const QByteArray outFile = tmp.filePath(QStringLiteral("out.json")).toLocal8Bit();
    const Run ours = run(QCoreApplication::applicationFilePath().toLocal8Bit(),
                         QList<QByteArray>{"--worker", QByteArray::number(passes)} + files, outFile);
    if (!ours.ok) {
        std::fprintf(stderr, "bench_extract: the worker failed\n");
        return 1;
    }
    Run theirs;
    if (!nodeScript.isEmpty()) {
        theirs = run("node", QList<QByteArray>{nodeScript.toLocal8Bit(), QByteArray::number(passes)} + files, outFile);
        if (!theirs.ok)
            std::fprintf(stderr, "bench_extract: the Readability run failed; no baseline\n");
    }
    const QJsonObject a = ours.result.value(QLatin1String("per_page_median_ms")).toObject();
    const QJsonObject b = theirs.result.value(QLatin1String("per_page_median_ms")).toObject();
    std::printf("  %-28s %12s %14s\n", "page (median of passes)", "HtmlExtractor", theirs.ok ? "Readability" : "");
    std::vector<double> oursMs, theirsMs;
    for (const QString &page : a.keys()) {
        oursMs.push_back(a.value(page).toDouble());
        if (theirs.ok) {
            theirsMs.push_back(b.value(page).toDouble());
            std::printf("  %-28s %9.3f ms %11.3f ms\n", qPrintable(page), a.value(page).toDouble(), b.value(page).toDouble());
        } else {
            std::printf("  %-28s %9.3f ms\n", qPrintable(page), a.value(page).toDouble());
        }
    }
    const int pages = int(files.size());
    const double oursTotal = ours.result.value(QLatin1String("total_ms")).toDouble();
    std::printf("  %d pages x %d passes\n", pages, passes);
    std::printf("  HtmlExtractor            %9.1f ms total, %7.3f ms/page (mean), %7.3f ms median page, %7.1f MiB peak RSS\n",
                oursTotal, oursTotal / (pages * passes), median(oursMs), ours.rssMiB);
    if (!theirs.ok) {
        std::printf("  Readability+jsdom        no baseline\n");
        return 0;
    }
    const double theirsTotal = theirs.result.value(QLatin1String("total_ms")).toDouble();
    std::printf("  Readability+jsdom (node) %9.1f ms total, %7.3f ms/page (mean), %7.3f ms median page, %7.1f MiB peak RSS\n",
                theirsTotal, theirsTotal / (pages * passes), median(theirsMs), theirs.rssMiB);
    std::printf("  ratio: %.1fx faster (target >= 10x), %.3f of Readability's peak RSS (target <= 0.10)\n",
                theirsTotal / std::max(oursTotal, 1e-9), ours.rssMiB / std::max(theirs.rssMiB, 1e-9));
    return 0;
}

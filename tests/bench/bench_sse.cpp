// Stream parsing throughput and time to first delta, each next to a baseline measured in the same run.
//   throughput: SseParser alone and SseParser + OpenAI adapter (JSON per event) over a 20,000-chunk stream fed in
//               16 KiB reads, against a memchr line scan of the same bytes (the floor any line parser pays).
//   first delta: ChatStreamJob (HTTP + SSE + JSON) from request to first delta, against a raw QTcpSocket that sends
//               the same request and waits for the first body byte, alternating, on the same loopback server.
// Usage: bench_sse [iterations]
#include "FakeProviderServer.h"
#include "TestSupport.h"
#include "net/SseParser.h"
#include "providers/ChatStreamJob.h"
#include "providers/OpenAiProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace ttc;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template<typename Fn>
double mbPerSecond(const QByteArray &bytes, int iterations, Fn fn)
{
    std::vector<double> rates;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        const double s = double(t.nsecsElapsed()) / 1e9;
        rates.push_back(double(bytes.size()) / (1024.0 * 1024.0) / s);
    }
    return median(rates);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    QStringList chunks;
    for (int i = 0; i < 20000; ++i)
        chunks << QStringLiteral("tok%1 ").arg(i);
    const QByteArray stream = test::FakeProviderServer::openAiStream(chunks, 10, 20000);
    constexpr qsizetype read = 16 * 1024;

    volatile qsizetype sink = 0;
    const double floor = mbPerSecond(stream, iterations, [&] {
        qsizetype lines = 0;
        const char *p = stream.constData();
        const char *end = p + stream.size();
        while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr) {
            ++lines;
            ++p;
        }
        sink = lines;
    });
    const double sse = mbPerSecond(stream, iterations, [&] {
        qsizetype events = 0;
        net::SseParser parser([&](const net::SseEvent &e) { events += e.data.size() > 0; });
        for (qsizetype i = 0; i < stream.size(); i += read)
            parser.feed(QByteArrayView(stream).sliced(i, std::min(read, stream.size() - i)));
        parser.finish();
        sink = events;
    });
    QString text;
    const double full = mbPerSecond(stream, iterations, [&] {
        std::unique_ptr<providers::StreamDecoder> d = providers::OpenAiProvider().newDecoder();
        qsizetype n = 0;
        d->onText = [&](const QString &t) { n += t.size(); };
        net::SseParser parser([&](const net::SseEvent &e) { d->onEvent(e); });
        for (qsizetype i = 0; i < stream.size(); i += read)
            parser.feed(QByteArrayView(stream).sliced(i, std::min(read, stream.size() - i)));
        parser.finish();
        d->onEnd(parser.unframed());
        sink = n;
        text = d->result.text();
    });
    if (text != chunks.join(QString())) {
        std::fprintf(stderr, "bench_sse: the stream did not reassemble\n");
        return 1;
    }
    std::printf("stream: %.2f MiB, 20000 content chunks, fed in 16 KiB reads, median of %d\n",
                double(stream.size()) / 1048576.0, iterations);
    std::printf("  baseline memchr line scan   %9.1f MiB/s\n", floor);
    std::printf("  SseParser                   %9.1f MiB/s  (%.2fx of the line scan)\n", sse, sse / floor);
    std::printf("  SseParser + OpenAI adapter  %9.1f MiB/s  (%.1f chunks/ms)\n", full, 20000.0 / (double(stream.size()) / 1048576.0 / full * 1000.0));

    // Time to first delta over loopback.
    test::FakeProviderServer server;
    server.listen();
    server.setDefault(test::FakeProviderServer::textReply(QStringLiteral("openai"), {QStringLiteral("first"), QStringLiteral(" second")}));
    QNetworkAccessManager nam;
    const test::FakeClock clock;
    providers::OpenAiProvider provider;
    providers::ChatRequest request;
    request.model = QStringLiteral("m");
    request.messages = {{providers::ChatMessage::Role::User, QStringLiteral("hi")}};
    QByteArray body;
    provider.chatRequest({server.baseUrl(QStringLiteral("openai")), QStringLiteral("sk-bench")}, request, &body);
    const QByteArray raw = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                           "Authorization: Bearer sk-bench\r\nContent-Length: " +
                           QByteArray::number(body.size()) + "\r\n\r\n" + body;
    std::vector<double> rawMs, jobMs;
    const int rounds = std::max(5, iterations);
    for (int i = 0; i < rounds + 2; ++i) {
        {
            // Same thread as the server, so no blocking waits: the event loop must keep serving.
            QTcpSocket socket;
            QByteArray got;
            QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(raw); });
            QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { got += socket.readAll(); });
            QElapsedTimer t;
            t.start();
            socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
            while (!got.contains("data:") && t.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            if (i >= 2)
                rawMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        {
            providers::ChatStreamJob job(nam, provider, {server.baseUrl(QStringLiteral("openai")), QStringLiteral("sk-bench")},
                                         request, clock);
            QElapsedTimer t;
            bool first = false;
            QObject::connect(&job, &providers::ChatStreamJob::delta, &job, [&](const QString &) {
                if (!first && i >= 2)
                    jobMs.push_back(double(t.nsecsElapsed()) / 1e6);
                first = true;
            });
            t.start();
            job.start();
            while (!first && t.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
    }
    const double r = median(rawMs), j = median(jobMs);
    std::printf("time to first delta over loopback, median of %d:\n", rounds);
    std::printf("  baseline raw socket, request to first body byte  %7.3f ms\n", r);
    std::printf("  ChatStreamJob, request to first delta             %7.3f ms  (+%.3f ms; target <= 5 ms)\n", j, j - r);
    return 0;
}

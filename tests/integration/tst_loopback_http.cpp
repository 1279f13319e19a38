// HttpJob's direct path to servers on this computer (LoopbackReply) against QNetworkAccessManager's, over the same
// raw HTTP answers from a scripted socket server: both must deliver the same status, headers, body and failure.
#include "TestSupport.h"
#include "net/HttpJob.h"
#include "net/LoopbackReply.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ttc;

namespace {

// Answers each connection with `answer`, written in pieces of `piece` bytes (0: at once), then closes (or not).
class RawServer : public QObject
{
public:
    QByteArray answer;
    int piece = 0;
    bool closeAfter = true;
    QByteArray lastRequest;

    RawServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_request += s->readAll();
                    const qsizetype end = m_request.indexOf("\r\n\r\n");
                    if (end < 0 || m_answered)
                        return;
                    const QByteArray head = m_request.left(end).toLower();
                    const qsizetype cl = head.indexOf("content-length:");
                    const int bodySize = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                    if (m_request.size() < end + 4 + bodySize)
                        return;
                    m_answered = true;
                    lastRequest = m_request;
                    m_request.clear();
                    write(s, 0);
                });
            }
        });
    }
    QUrl url(const QString &path = QStringLiteral("/v1/x")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void reset() { m_answered = false; m_request.clear(); lastRequest.clear(); }

private:
    void write(QTcpSocket *s, qsizetype at)
    {
        const qsizetype n = piece > 0 ? std::min<qsizetype>(piece, answer.size() - at) : answer.size() - at;
        s->write(answer.mid(at, n));
        s->flush();
        if (at + n < answer.size()) {
            QPointer<QTcpSocket> guard(s);
            QTimer::singleShot(0, this, [this, guard, at, n] {
                if (guard)
                    write(guard, at + n);
            });
        } else if (closeAfter) {
            s->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QByteArray m_request;
    bool m_answered = false;
};

struct Run
{
    net::HttpResult result;
    QByteArray data;
    bool done = false;
};

} // namespace

class TestLoopbackHttp : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    test::FakeClock m_clock;

    Run run(const QUrl &url, bool direct, const QByteArray &verb = "POST", const QByteArray &body = "{\"a\":1}",
            int idleMs = 5000)
    {
        qputenv("TTC_HTTP_DIRECT_LOOPBACK", direct ? "1" : "0");
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer sk-test");
        net::HttpOptions options;
        options.retry.maxAttempts = 1;
        options.firstByteTimeoutMs = idleMs;
        options.idleTimeoutMs = idleMs;
        net::HttpJob job(m_nam, request, verb, body, m_clock, options);
        Run r;
        connect(&job, &net::HttpJob::data, this, [&](const QByteArray &d) { r.data += d; });
        connect(&job, &net::HttpJob::finished, this, [&](const net::HttpResult &res) {
            r.result = res;
            r.done = true;
        });
        job.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.done, 20000); }();
        qunsetenv("TTC_HTTP_DIRECT_LOOPBACK");
        return r;
    }

    // Runs the answer through both paths and checks they agree; returns the direct one.
    Run both(RawServer &server)
    {
        server.reset();
        const Run direct = run(server.url(), true);
        server.reset();
        const Run qnam = run(server.url(), false);
        [&] {
            QCOMPARE(direct.result.status, qnam.result.status);
            QCOMPARE(int(direct.result.failure), int(qnam.result.failure));
            QCOMPARE(direct.data, qnam.data);
            QCOMPARE(direct.result.errorBody, qnam.result.errorBody);
            QCOMPARE(direct.result.bodyStarted, qnam.result.bodyStarted);
            for (const auto &h : qnam.result.headers) {
                if (h.first.compare("content-type", Qt::CaseInsensitive) == 0 ||
                    h.first.compare("retry-after", Qt::CaseInsensitive) == 0 ||
                    h.first.compare("x-request-id", Qt::CaseInsensitive) == 0)
                    QCOMPARE(net::headerValue(direct.result.headers, h.first), h.second);
            }
        }();
        return direct;
    }

private Q_SLOTS:
    void handlesOnlyPlainHttpToThisComputer()
    {
        QVERIFY(net::LoopbackReply::handles(QUrl(QStringLiteral("http://127.0.0.1:11434/v1"))));
        QVERIFY(net::LoopbackReply::handles(QUrl(QStringLiteral("http://localhost:8080/v1/models"))));
        QVERIFY(net::LoopbackReply::handles(QUrl(QStringLiteral("http://[::1]:8080/v1"))));
        QVERIFY(net::LoopbackReply::handles(QUrl(QStringLiteral("http://127.1.2.3/v1"))));
        QVERIFY(!net::LoopbackReply::handles(QUrl(QStringLiteral("https://127.0.0.1/v1"))));
        QVERIFY(!net::LoopbackReply::handles(QUrl(QStringLiteral("http://192.168.1.20:11434/v1"))));
        QVERIFY(!net::LoopbackReply::handles(QUrl(QStringLiteral("http://api.openai.com/v1"))));
        qputenv("TTC_HTTP_DIRECT_LOOPBACK", "0");
        QVERIFY(!net::LoopbackReply::handles(QUrl(QStringLiteral("http://127.0.0.1:11434/v1"))));
        qunsetenv("TTC_HTTP_DIRECT_LOOPBACK");
    }

    void sendsTheRequestAsWritten()
    {
        RawServer server;
        server.answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        QUrl url = server.url(QStringLiteral("/v1beta/models/m:streamGenerateContent"));
        url.setQuery(QStringLiteral("alt=sse"));
        const Run r = run(url, true, "POST", "{\"q\":\"\u00e9\"}");
        QVERIFY(r.result.ok());
        QCOMPARE(r.data, QByteArray("ok"));
        const QByteArray req = server.lastRequest;
        QVERIFY2(req.startsWith("POST /v1beta/models/m:streamGenerateContent?alt=sse HTTP/1.1\r\n"), req.constData());
        QVERIFY(req.contains(QByteArray("\r\nHost: 127.0.0.1:" + QByteArray::number(url.port()) + "\r\n")));
        QVERIFY(req.contains("\r\nAuthorization: Bearer sk-test\r\n"));
        QVERIFY(req.toLower().contains("\r\ncontent-type: application/json\r\n"));
        QVERIFY(req.contains("\r\nContent-Length: 10\r\n"));
        QVERIFY(req.endsWith("\r\n\r\n{\"q\":\"\xc3\xa9\"}"));
        QVERIFY(!req.toLower().contains("accept-encoding"));  // bodies come back as they are
    }

    void answersAgreeWithQNetworkAccessManager_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("piece");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray events = "data: {\"x\":1}\n\ndata: [DONE]\n\n";
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                                   "X-Request-Id: r1\r\n\r\n"
                                   "e\r\ndata: {\"x\":1}\n\r\n"
                                   "3;ext=1\r\n\nda\r\n"
                                   "0000000C\r\nta: [DONE]\n\n\r\n"
                                   "0\r\nTrailer-A: b\r\n\r\n";
        for (int piece : {0, 1, 7}) {
            QTest::addRow("chunked, pieces of %d", piece) << chunked << piece << events << 200;
            QTest::addRow("content-length, pieces of %d", piece)
                << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}")
                << piece << QByteArray("{\"ok\":true}") << 200;
        }
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it")
                                     << 3 << QByteArray("all of it") << 200;
        QTest::newRow("interim 100 first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi") << 0
            << QByteArray("hi") << 200;
        QTest::newRow("429 with retry-after and body")
            << QByteArray("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Type: application/json\r\n"
                          "Content-Length: 20\r\n\r\n{\"error\":\"slow dow\"}")
            << 5 << QByteArray() << 429;
        QTest::newRow("404 chunked error body")
            << QByteArray("HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nnope!\r\n0\r\n\r\n") << 0
            << QByteArray() << 404;
        QTest::newRow("500 empty") << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n") << 0
                                   << QByteArray() << 500;
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 0 << QByteArray() << 204;
    }

    void answersAgreeWithQNetworkAccessManager()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, piece);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        RawServer server;
        server.answer = answer;
        server.piece = piece;
        const Run r = both(server);
        QCOMPARE(r.result.status, status);
        QCOMPARE(r.data, body);
        QCOMPARE(int(r.result.failure), int(net::NetFailure::None));
        if (status >= 400)
            QVERIFY(!r.result.errorBody.isEmpty() || answer.endsWith("\r\n\r\n"));
        if (status == 429)
            QCOMPARE(net::headerValue(r.result.headers, "retry-after"), QByteArray("7"));
    }

    void truncatedBodiesAreNetworkFailures_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("delivered");
        QTest::newRow("closed inside a chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n9\r\npart") << QByteArray("hellopart");
        QTest::newRow("closed before the last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n") << QByteArray("hello");
        QTest::newRow("short content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello") << QByteArray("hello");
    }

    void truncatedBodiesAreNetworkFailures()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, delivered);
        RawServer server;
        server.answer = answer;
        const Run r = run(server.url(), true);
        QCOMPARE(int(r.result.failure), int(net::NetFailure::Network));
        QCOMPARE(r.result.status, 200);
        QVERIFY(r.result.bodyStarted);
        QCOMPARE(r.data, delivered);  // the partial body reached the caller
        // QNetworkAccessManager delivers the same bytes, but its verdict is not an oracle here: when the close arrives
        // in the same read as the last bytes (Qt 6.4, a busy machine), it can finish a cut chunked body without an
        // error. That is why the chat providers treat a stream without its closing event as cut short.
        server.reset();
        const Run qnam = run(server.url(), false);
        QCOMPARE(qnam.result.status, r.result.status);
        QCOMPARE(qnam.data, r.data);
    }

    void malformedAnswersFailClearly_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("no CRLF after chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("closed before answering") << QByteArray();
    }

    void malformedAnswersFailClearly()
    {
        QFETCH(QByteArray, answer);
        RawServer server;
        server.answer = answer;
        const Run r = run(server.url(), true);
        QCOMPARE(int(r.result.failure), int(net::NetFailure::Network));
        QVERIFY2(!r.result.detail.isEmpty(), "a reason for the log");
        QVERIFY(!r.result.ok());
    }

    void refusedAndSilentServers()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const Run refused = run(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), true);
        QCOMPARE(int(refused.result.failure), int(net::NetFailure::Network));
        QCOMPARE(refused.result.status, 0);

        RawServer silent;  // headers, then nothing: the idle timeout ends it, keeping what came
        silent.answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n";
        silent.closeAfter = false;
        const Run idle = run(silent.url(), true, "POST", "{}", 300);
        QCOMPARE(int(idle.result.failure), int(net::NetFailure::Timeout));
        QCOMPARE(idle.data, QByteArray("abc"));
    }

    void largeStreamArrivesWhole()
    {
        QByteArray payload;
        QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 20000; ++i) {
            const QByteArray event = "data: {\"choices\":[{\"delta\":{\"content\":\"tok" + QByteArray::number(i) + " \"}}]}\n\n";
            payload += event;
            answer += QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
        }
        answer += "0\r\n\r\n";
        RawServer server;
        server.answer = answer;
        server.piece = 4096;
        const Run r = both(server);
        QVERIFY(r.result.ok());
        QCOMPARE(r.data.size(), payload.size());
        QCOMPARE(r.data, payload);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHttp)
#include "tst_loopback_http.moc"

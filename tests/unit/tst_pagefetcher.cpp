// PageFetcher against the loopback page server: charsets, compression, redirects, caps, errors, non-HTML types.
#include "PageServer.h"
#include "preview/PageFetcher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ttc;
using namespace ttc::preview;

class TestPageFetcher : public QObject
{
    Q_OBJECT

    test::PageServer *server = nullptr;
    QNetworkAccessManager *nam = nullptr;

    Result<FetchedPage> fetch(const QString &path, FetchOptions options = {})
    {
        PageFetcher fetcher(nam);
        fetcher.setOptions(options);
        std::optional<Result<FetchedPage>> result;
        fetcher.fetch(server->url(path), this, [&](Result<FetchedPage> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, options.timeoutMs + 5000))
            return Error{QStringLiteral("test"), QStringLiteral("no answer")};
        return std::move(*result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        server = new test::PageServer(this);
        QVERIFY(server->listen());
        nam = new QNetworkAccessManager(this);
    }

    void articleUtf8()
    {
        Result<FetchedPage> r = fetch(QStringLiteral("/article"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->type, FetchedPage::Type::Html);
        QCOMPARE(r->contentType, QStringLiteral("text/html"));
        QCOMPARE(r->charsetSource, QStringLiteral("meta"));
        QVERIFY(r->text.contains(QStringLiteral("Skerry Point")));
        QVERIFY(!r->truncated);
        QCOMPARE(r->finalUrl, server->url(QStringLiteral("/article")));
    }

    void charsets_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("needle");
        QTest::newRow("windows-1252 in meta") << "/cp1252" << "meta" << QStringLiteral("ma\u00eetre p\u00e2tissier \u2014 or \u20ac5");
        QTest::newRow("Shift_JIS in header") << "/sjis" << "header" << QStringLiteral("\u6771\u4eac\u306e\u6843\u306e\u82b1");
        QTest::newRow("UTF-8 BOM") << "/bom" << "bom" << QStringLiteral("Gr\u00fc\u00dfe aus K\u00f6ln");
    }
    void charsets()
    {
        QFETCH(QString, path);
        QFETCH(QString, source);
        QFETCH(QString, needle);
        Result<FetchedPage> r = fetch(path);
        QVERIFY(r.ok());
        QCOMPARE(r->charsetSource, source);
        // Each needle part must be in the text (the € comes from the description).
        for (const QString &part : needle.split(QStringLiteral(" \u2014 or ")))
            QVERIFY2(r->text.contains(part), qPrintable(part));
        QVERIFY(!r->text.contains(QChar(0xFFFD)));
        QVERIFY(!r->text.startsWith(QChar(0xFEFF)));
    }

    void decodeHtmlOrder()
    {
        QString charset, source;
        // A BOM wins over the header, as in browsers.
        decodeHtml("\xEF\xBB\xBFx", "text/html; charset=iso-8859-1", &charset, &source);
        QCOMPARE(source, QStringLiteral("bom"));
        // iso-8859-1 is read as windows-1252.
        QCOMPARE(decodeHtml("\x93q\x94", "text/html; charset=ISO-8859-1", &charset, &source), QStringLiteral("\u201cq\u201d"));
        QCOMPARE(source, QStringLiteral("header"));
        // An unknown label falls back to the next source, then to UTF-8.
        QCOMPARE(decodeHtml("caf\xC3\xA9", "text/html; charset=x-bogus", &charset, &source), QStringLiteral("caf\u00e9"));
        QCOMPARE(source, QStringLiteral("default"));
        QCOMPARE(decodeHtml("<meta charset=\"bogus\">caf\xC3\xA9", "text/html", &charset, &source).right(4), QStringLiteral("caf\u00e9"));
        // <meta> is looked for in the first 4 KiB only.
        QByteArray late = QByteArray(5000, ' ') + "<meta charset=windows-1252>\xE9 ";
        QVERIFY(decodeHtml(late, "text/html", &charset, &source).contains(QChar(0xFFFD)));
        QCOMPARE(source, QStringLiteral("default"));
    }

    void compressed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("gzip") << "/gzip";
        QTest::newRow("deflate") << "/deflate";
    }
    void compressed()
    {
        QFETCH(QString, path);
        Result<FetchedPage> r = fetch(path);
        QVERIFY(r.ok());
        QVERIFY(server->lastAcceptEncoding().contains("gzip"));
        QVERIFY(r->text.contains(QStringLiteral("For now the lamps stay lit.")));
        QVERIFY(r->body.startsWith("<!DOCTYPE html>"));
    }

    void redirectChainOfThree()
    {
        Result<FetchedPage> r = fetch(QStringLiteral("/redirect/3"));
        QVERIFY(r.ok());
        QCOMPARE(r->redirects.size(), 3);
        QCOMPARE(r->finalUrl, server->url(QStringLiteral("/article")));
        QCOMPARE(r->url, server->url(QStringLiteral("/redirect/3")));
        r = fetch(QStringLiteral("/redirect/5?abs=1"));
        QVERIFY(r.ok());
        QCOMPARE(r->redirects.size(), 5);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("404") << "/status/404" << "http_404";
        QTest::newRow("500") << "/status/500" << "http_500";
        QTest::newRow("6 redirects") << "/redirect/6" << "too_many_redirects";
        QTest::newRow("loop") << "/loop/a" << "redirect_loop";
        QTest::newRow("zip") << "/archive.zip" << "not_html";
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        Result<FetchedPage> r = fetch(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        if (code.startsWith(QLatin1String("http_")))
            QCOMPARE(httpStatusOf(r.error()), code.mid(5).toInt());
    }

    void slowServerTimesOut()
    {
        FetchOptions options;
        options.timeoutMs = 300;
        QElapsedTimer t;
        t.start();
        Result<FetchedPage> r = fetch(QStringLiteral("/slow"), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
        QVERIFY(t.elapsed() >= 250);  // a coarse timer may fire up to 5 % early
        QVERIFY(t.elapsed() < 3000);
    }

    void networkError()
    {
        PageFetcher fetcher(nam);
        std::optional<Result<FetchedPage>> result;
        // A port nobody listens on: bind one, note it, close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), this, [&](Result<FetchedPage> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, QStringLiteral("network"));
    }

    void bigPageIsCapped()
    {
        Result<FetchedPage> r = fetch(QStringLiteral("/big"));
        QVERIFY(r.ok());
        QVERIFY(r->truncated);
        QCOMPARE(r->body.size(), 2 * 1024 * 1024);
        QVERIFY(r->text.contains(QStringLiteral("<title>A very long page</title>")));
    }

    void imageAndPdfAreCardsNotErrors()
    {
        Result<FetchedPage> r = fetch(QStringLiteral("/pixel.png"));
        QVERIFY(r.ok());
        QCOMPARE(r->type, FetchedPage::Type::Image);
        QCOMPARE(r->contentType, QStringLiteral("image/png"));
        r = fetch(QStringLiteral("/report.pdf"));
        QVERIFY(r.ok());
        QCOMPARE(r->type, FetchedPage::Type::Pdf);
    }

    void badUrlIsAnsweredLater()
    {
        PageFetcher fetcher(nam);
        bool called = false;
        Error error;
        fetcher.fetch(QUrl(QStringLiteral("file:///etc/hostname")), this, [&](Result<FetchedPage> r) {
            called = true;
            error = r.error();
        });
        QVERIFY(!called);  // never re-entrant
        QVERIFY(QTest::qWaitFor([&] { return called; }, 1000));
        QCOMPARE(error.code, QStringLiteral("bad_url"));
    }

    void destroyedContextAbortsSilently()
    {
        PageFetcher fetcher(nam);
        FetchOptions options;
        options.timeoutMs = 200;
        fetcher.setOptions(options);
        auto *context = new QObject;
        bool called = false;
        QPointer<FetchJob> job = fetcher.fetch(server->url(QStringLiteral("/slow")), context, [&](Result<FetchedPage>) { called = true; });
        delete context;
        // The job ends at once (it does not wait for its timeout) and with it any chance of a call.
        QVERIFY(QTest::qWaitFor([&] { return job.isNull(); }, 2000));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"

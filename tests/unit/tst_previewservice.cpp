// PreviewService end to end in one process: policy, loopback fetch, extraction, cache hits, coalescing, private
// (bypass) requests, file cards, errors, thumbnails.
#include "PageServer.h"
#include "TestSupport.h"
#include "preview/PreviewCache.h"
#include "preview/PreviewService.h"
#include "store/Database.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ttc;
using namespace ttc::preview;

class TestPreviewService : public QObject
{
    Q_OBJECT

    test::PageServer server;
    QNetworkAccessManager nam;
    test::FakeClock clock;
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<PreviewCache> cache;
    std::unique_ptr<PreviewService> service;

    Result<Preview> get(const QUrl &url, PreviewService::CacheMode mode = PreviewService::CacheMode::Use)
    {
        std::optional<Result<Preview>> result;
        service->request(url, this, [&](Result<Preview> r) { result = std::move(r); }, mode);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return Error{QStringLiteral("test"), QStringLiteral("no answer")};
        return std::move(*result);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }

    void init()
    {
        db = std::make_unique<store::Database>(dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        db->open().waitForFinished();
        cache = std::make_unique<PreviewCache>(*db, clock);
        service = std::make_unique<PreviewService>(&nam, cache.get(), clock);
    }
    void cleanup()
    {
        service.reset();
        cache.reset();
        db.reset();
    }

    void policyRefusalIsAnError()
    {
        bool called = false;
        Error error;
        service->request(QUrl(QStringLiteral("javascript:alert(1)")), this, [&](Result<Preview> r) {
            called = true;
            error = r.error();
        });
        QVERIFY(!called);
        QVERIFY(QTest::qWaitFor([&] { return called; }, 1000));
        QCOMPARE(error.code, QStringLiteral("policy"));
        QVERIFY(!error.message.isEmpty());
        service->policy().setOptOutSites({QStringLiteral("127.0.0.1")});
        QCOMPARE(get(server.url(QStringLiteral("/article"))).error().code, QStringLiteral("policy"));
        QCOMPARE(server.hits(QStringLiteral("/article")), 0);
    }

    // A link on an allowed host that redirects to an opted-out site is refused at the redirect: the opted-out site
    // gets no request and the answer is a policy error. The same link previews once allowed.
    void redirectToAnOptedOutSiteIsRefused()
    {
        QUrl link = server.url(QStringLiteral("/redirect/2"));
        link.setHost(QStringLiteral("localhost"));  // the server's absolute redirects name 127.0.0.1
        link.setQuery(QStringLiteral("abs=1"));
        service->policy().setOptOutSites({QStringLiteral("127.0.0.1")});
        const int before = server.hits(QStringLiteral("/redirect/1"));
        const int articles = server.hits(QStringLiteral("/article"));
        const Result<Preview> refused = get(link);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("policy"));
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(server.hits(QStringLiteral("/redirect/1")), before);
        QCOMPARE(server.hits(QStringLiteral("/article")), articles);

        service->policy().setOptOutSites({});
        const Result<Preview> allowed = get(link);
        QVERIFY2(allowed, qPrintable(allowed ? QString() : allowed.error().message));
        QCOMPARE(allowed->finalUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(server.hits(QStringLiteral("/article")), articles + 1);
        // Opting the site out later also hides what was stored for links that lead there.
        service->policy().setOptOutSites({QStringLiteral("127.0.0.1")});
        const Result<Preview> cached = get(link);
        QVERIFY(!cached);
        QCOMPARE(cached.error().code, QStringLiteral("policy"));
    }

    void fetchThenCache()
    {
        const int before = server.hits(QStringLiteral("/article"));
        Result<Preview> r = get(server.url(QStringLiteral("/article")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->title, QStringLiteral("Why lighthouses still matter in the age of GPS"));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->kind, Preview::Kind::Html);
        QVERIFY(!r->fromCache);
        QCOMPARE(r->fetchedAtMs, clock.nowMs());
        QCOMPARE(server.hits(QStringLiteral("/article")), before + 1);
        // The put is queued on the database thread before the answer: the next request is a hit.
        clock.advance(1000);
        r = get(server.url(QStringLiteral("/article?utm_campaign=spring#top")));
        QVERIFY(r.ok());
        QVERIFY(r->fromCache);
        QCOMPARE(r->url, server.url(QStringLiteral("/article?utm_campaign=spring#top")));
        QCOMPARE(r->summary.isEmpty(), false);
        QCOMPARE(server.hits(QStringLiteral("/article")), before + 1);
        // Refresh fetches again; after the TTL the cache misses.
        QVERIFY(get(server.url(QStringLiteral("/article")), PreviewService::CacheMode::Refresh).ok());
        QCOMPARE(server.hits(QStringLiteral("/article")), before + 2);
        clock.advance(25LL * 3600 * 1000);
        r = get(server.url(QStringLiteral("/article")));
        QVERIFY(!r->fromCache);
        QCOMPARE(server.hits(QStringLiteral("/article")), before + 3);
    }

    void concurrentRequestsShareOneFetch()
    {
        const int before = server.hits(QStringLiteral("/blog"));
        int answers = 0;
        QStringList titles;
        for (const QString &u : {QStringLiteral("/blog"), QStringLiteral("/blog#a"), QStringLiteral("/blog?utm_source=x")}) {
            service->request(server.url(u), this, [&](Result<Preview> r) {
                ++answers;
                titles.append(r.ok() ? r->title : r.error().code);
            });
        }
        QCOMPARE(service->inFlight(), 1);
        QVERIFY(QTest::qWaitFor([&] { return answers == 3; }, 10000));
        QCOMPARE(server.hits(QStringLiteral("/blog")), before + 1);
        QCOMPARE(titles, QStringList(3, QStringLiteral("A quiet week in the garden")));
    }

    void bypassNeitherReadsNorWrites()
    {
        const QUrl url = server.url(QStringLiteral("/bom"));
        const int before = server.hits(QStringLiteral("/bom"));
        QVERIFY(get(url, PreviewService::CacheMode::Bypass).ok());
        QVERIFY(get(url, PreviewService::CacheMode::Bypass).ok());
        QCOMPARE(server.hits(QStringLiteral("/bom")), before + 2);
        cache->totalBytes().waitForFinished();
        QCOMPARE(cache->totalBytes().result(), 0);  // a private tab leaves nothing behind
        // A normal request afterwards is not answered from anything the private ones did.
        QVERIFY(!get(url).value().fromCache);
    }

    void filesAndErrors()
    {
        Result<Preview> r = get(server.url(QStringLiteral("/pixel.png")));
        QVERIFY(r.ok());
        QCOMPARE(r->kind, Preview::Kind::Image);
        QCOMPARE(r->title, QStringLiteral("pixel.png"));
        QCOMPARE(r->description, QStringLiteral("PNG image"));
        QCOMPARE(r->siteName, QStringLiteral("127.0.0.1"));
        r = get(server.url(QStringLiteral("/report.pdf")));
        QVERIFY(r.ok());
        QCOMPARE(r->kind, Preview::Kind::Pdf);
        QCOMPARE(r->title, QStringLiteral("report.pdf"));
        QCOMPARE(get(server.url(QStringLiteral("/status/404"))).error().code, QStringLiteral("http_404"));
        QCOMPARE(get(server.url(QStringLiteral("/loop/a"))).error().code, QStringLiteral("redirect_loop"));
        // Errors are not cached.
        const int before = server.hits(QStringLiteral("/status/500"));
        QVERIFY(!get(server.url(QStringLiteral("/status/500"))).ok());
        QVERIFY(!get(server.url(QStringLiteral("/status/500"))).ok());
        QCOMPARE(server.hits(QStringLiteral("/status/500")), before + 2);
    }

    Result<QByteArray> icon(const QUrl &url)
    {
        std::optional<Result<QByteArray>> result;
        service->fetchFavicon(url, this, [&](Result<QByteArray> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return Error{QStringLiteral("test"), QStringLiteral("no answer")};
        return std::move(*result);
    }

    // Site icons: images only, whole, under 64 KiB; a failure is remembered; setFavicon fills the cached entry.
    void favicons()
    {
        Result<QByteArray> r = icon(server.url(QStringLiteral("/pixel.png")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->startsWith("\x89PNG"));
        QCOMPARE(icon(server.url(QStringLiteral("/article"))).error().code, QStringLiteral("not_image"));
        QCOMPARE(icon(server.url(QStringLiteral("/big"))).error().code, QStringLiteral("too_large"));
        QCOMPARE(icon(QUrl(QStringLiteral("file:///etc/hostname"))).error().code, QStringLiteral("bad_url"));
        QCOMPARE(icon(server.url(QStringLiteral("/status/404"))).error().code, QStringLiteral("http_404"));
        const int hits = server.hits(QStringLiteral("/status/404"));
        QCOMPARE(icon(server.url(QStringLiteral("/status/404"))).error().code, QStringLiteral("failed_before"));
        QCOMPARE(server.hits(QStringLiteral("/status/404")), hits);

        const QUrl page = server.url(QStringLiteral("/article"));
        QVERIFY(get(page).ok());
        QTest::qWait(50);   // the cache write is queued on the database thread; setFavicon follows it there
        service->setFavicon(page, QByteArray("png-bytes"));
        QTRY_COMPARE_WITH_TIMEOUT(get(page).value().faviconPng, QByteArray("png-bytes"), 5000);
        QVERIFY(get(page).value().fromCache);
    }

    void hostilePagesThroughThePipeline()
    {
        // 10,000 nested divs and a 5 MiB page (cut at 2 MiB) come through fetch, extraction and cache intact.
        Result<Preview> r = get(server.url(QStringLiteral("/nested")));
        QVERIFY(r.ok());
        QCOMPARE(r->title, QStringLiteral("Deeply nested"));
        QVERIFY(r->mainText.startsWith(QStringLiteral("The text at the bottom of ten thousand divs")));
        r = get(server.url(QStringLiteral("/big")));
        QVERIFY(r.ok());
        QCOMPARE(r->title, QStringLiteral("A very long page"));
        QVERIFY(r->mainText.size() <= ExtractOptions{}.maxMainTextChars);
        QVERIFY(r->readingMinutes > 50);
        QVERIFY(get(server.url(QStringLiteral("/big"))).value().fromCache);
    }

    void destroyedContextGetsNoCallback()
    {
        auto *context = new QObject;
        bool called = false;
        service->request(server.url(QStringLiteral("/sjis")), context, [&](Result<Preview>) { called = true; });
        delete context;
        std::optional<Result<Preview>> other;
        // A second waiter still gets its answer from the shared fetch.
        service->request(server.url(QStringLiteral("/sjis")), this, [&](Result<Preview> r) { other = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return other.has_value(); }, 10000));
        QVERIFY(other->ok());
        QVERIFY(!called);
    }

    void thumbnailIsStoredWithTheEntry()
    {
        const QUrl url = server.url(QStringLiteral("/cp1252"));
        QVERIFY(get(url).ok());
        QByteArray png("\x89PNG\r\n\x1a\nthumb", 13);
        service->setThumbnail(QUrl(url.toString() + QStringLiteral("#frag")), png);
        Result<Preview> r = get(url);
        QVERIFY(r->fromCache);
        QCOMPARE(r->thumbnailPng, png);
    }

    void worksWithoutACache()
    {
        PreviewService bare(&nam, nullptr, clock);
        std::optional<Result<Preview>> result;
        bare.request(server.url(QStringLiteral("/hostile")), this, [&](Result<Preview> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->value().title, QStringLiteral("<img src=x onerror=alert(1)>"));
    }
};

QTEST_GUILESS_MAIN(TestPreviewService)
#include "tst_previewservice.moc"

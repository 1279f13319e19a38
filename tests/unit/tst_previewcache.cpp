// PreviewCache over the app's database: TTL with an injected clock, LRU eviction under the byte cap, normalized
// keys sharing an entry, thumbnails as blobs, and the JSON round trip of a Preview.
#include "TestSupport.h"
#include "preview/LinkPolicy.h"
#include "preview/PreviewCache.h"
#include "preview/PreviewJson.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;
using namespace ttc::preview;

namespace {

template<typename T>
T wait(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

Preview sample(const QString &url, int textChars = 100)
{
    Preview p;
    p.url = QUrl(url);
    p.finalUrl = QUrl(url);
    p.status = 200;
    p.contentType = QStringLiteral("text/html");
    p.title = QStringLiteral("Title of ") + url;
    p.siteName = QStringLiteral("Site");
    p.description = QStringLiteral("Description");
    p.byline = QStringLiteral("Author");
    p.published = QStringLiteral("2026-01-01");
    p.lang = QStringLiteral("en");
    p.favicon = QUrl(QStringLiteral("https://e.com/favicon.ico"));
    p.image = QUrl(QStringLiteral("https://e.com/i.jpg"));
    p.readingMinutes = 2.5;
    p.summary = QStringLiteral("Summary.");
    p.mainText = QString(textChars, QLatin1Char('x'));
    p.fetchedAtMs = 1234;
    return p;
}

} // namespace

class TestPreviewCache : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    test::FakeClock clock;
    std::unique_ptr<PreviewCache> cache;

private Q_SLOTS:
    void init()
    {
        db = std::make_unique<store::Database>(dir.filePath(QStringLiteral("c%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(wait(db->open()).ok());
        cache = std::make_unique<PreviewCache>(*db, clock);
    }
    void cleanup()
    {
        cache.reset();
        db.reset();
    }

    void jsonRoundTrip()
    {
        Preview p = sample(QStringLiteral("https://e.com/a"));
        p.kind = Preview::Kind::Pdf;
        const Preview back = fromStorageJson(toStorageJson(p));
        QCOMPARE(back.url, p.url);
        QCOMPARE(back.kind, Preview::Kind::Pdf);
        QCOMPARE(back.title, p.title);
        QCOMPARE(back.readingMinutes, 2.5);
        QCOMPARE(back.mainText, p.mainText);
        QCOMPARE(back.fetchedAtMs, 1234);
        const QStringList cliFields = toCliJson(p).keys();
        QStringList expected = QString::fromLatin1("url final_url status title site_name description byline published "
                                                   "lang favicon image reading_minutes summary main_text").split(QLatin1Char(' '));
        expected.sort();
        QCOMPARE(cliFields, expected);
    }

    void putGetAndNormalizedKeys()
    {
        const QString key = LinkPolicy::normalizedKey(QUrl(QStringLiteral("https://E.com:443/a?utm_source=x#frag")));
        QVERIFY(!wait(cache->get(key)).has_value());
        QVERIFY(wait(cache->put(key, sample(QStringLiteral("https://e.com/a")))).ok());
        clock.advance(1000);
        // Another spelling of the same link finds the same entry.
        const QString other = LinkPolicy::normalizedKey(QUrl(QStringLiteral("https://e.com/a?fbclid=1")));
        QCOMPARE(other, key);
        std::optional<Preview> hit = wait(cache->get(other));
        QVERIFY(hit.has_value());
        QVERIFY(hit->fromCache);
        QCOMPARE(hit->title, QStringLiteral("Title of https://e.com/a"));
        QCOMPARE(hit->status, 200);
        QVERIFY(hit->thumbnailPng.isEmpty());
    }

    void ttlExpiry()
    {
        const QString key = QStringLiteral("https://e.com/ttl");
        QVERIFY(wait(cache->put(key, sample(key))).ok());
        clock.advance(24LL * 3600 * 1000 - 1);
        QVERIFY(wait(cache->get(key)).has_value());
        clock.advance(1);
        QVERIFY(!wait(cache->get(key)).has_value());
        QCOMPARE(wait(cache->totalBytes()), 0);  // the expired row is gone
        // A shorter TTL from the options.
        cache->setOptions({60 * 1000, 64LL * 1024 * 1024});
        QVERIFY(wait(cache->put(key, sample(key))).ok());
        clock.advance(59 * 1000);
        QVERIFY(wait(cache->get(key)).has_value());
        clock.advance(1000);
        QVERIFY(!wait(cache->get(key)).has_value());
    }

    void lruEvictionUnderTheCap()
    {
        // Entries of ~10 KB, a cap of 35 KB: three fit.
        cache->setOptions({24LL * 3600 * 1000, 35 * 1000});
        const QStringList keys = {QStringLiteral("https://e.com/1"), QStringLiteral("https://e.com/2"),
                                  QStringLiteral("https://e.com/3"), QStringLiteral("https://e.com/4")};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(wait(cache->put(keys[i], sample(keys[i], 10000))).ok());
            clock.advance(1000);
        }
        // Touch the oldest: now /2 is the least recently used.
        QVERIFY(wait(cache->get(keys[0])).has_value());
        clock.advance(1000);
        QVERIFY(wait(cache->put(keys[3], sample(keys[3], 10000))).ok());
        QVERIFY(wait(cache->get(keys[0])).has_value());
        QVERIFY(!wait(cache->get(keys[1])).has_value());
        QVERIFY(wait(cache->get(keys[2])).has_value());
        QVERIFY(wait(cache->get(keys[3])).has_value());
        QVERIFY(wait(cache->totalBytes()) <= 35 * 1000);
        // An entry larger than the whole cache is refused and evicts nothing.
        QCOMPARE(wait(cache->put(QStringLiteral("https://e.com/huge"), sample(QStringLiteral("https://e.com/huge"), 50000))).error().code,
                 QStringLiteral("too_large"));
        QVERIFY(wait(cache->get(keys[3])).has_value());
    }

    void thumbnailsAsBlobs()
    {
        cache->setOptions({24LL * 3600 * 1000, 40 * 1000});
        const QString key = QStringLiteral("https://e.com/t");
        QCOMPARE(wait(cache->setThumbnail(key, QByteArray(10, 'p'))).error().code, QStringLiteral("not_found"));
        QVERIFY(wait(cache->put(key, sample(key))).ok());
        const qint64 before = wait(cache->totalBytes());
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png += QByteArray(20000, '\0');
        QVERIFY(wait(cache->setThumbnail(key, png)).ok());
        QCOMPARE(wait(cache->totalBytes()), before + png.size());
        std::optional<Preview> hit = wait(cache->get(key));
        QVERIFY(hit.has_value());
        QCOMPARE(hit->thumbnailPng, png);
        // Replacing the thumbnail counts only the new one.
        QVERIFY(wait(cache->setThumbnail(key, QByteArray(100, 'q'))).ok());
        QCOMPARE(wait(cache->totalBytes()), before + 100);
        // A thumbnail that pushes the total over the cap evicts older entries, not its own.
        clock.advance(1000);
        const QString other = QStringLiteral("https://e.com/other");
        QVERIFY(wait(cache->put(other, sample(other))).ok());
        clock.advance(1000);
        QVERIFY(wait(cache->setThumbnail(other, QByteArray(39000, 'z'))).ok());
        QVERIFY(!wait(cache->get(key)).has_value());
        QVERIFY(wait(cache->get(other)).has_value());
    }

    // The site icon is a blob of its own: counted in the size, kept by put, replaced by setFavicon.
    void faviconsAsBlobs()
    {
        const QString key = QStringLiteral("https://e.com/f");
        QCOMPARE(wait(cache->setFavicon(key, QByteArray(10, 'p'))).error().code, QStringLiteral("not_found"));
        Preview p = sample(key);
        p.faviconPng = QByteArray(300, 'i');
        QVERIFY(wait(cache->put(key, p)).ok());
        const qint64 withIcon = wait(cache->totalBytes());
        std::optional<Preview> hit = wait(cache->get(key));
        QVERIFY(hit.has_value());
        QCOMPARE(hit->faviconPng, p.faviconPng);
        QVERIFY(hit->thumbnailPng.isEmpty());
        QVERIFY(wait(cache->setFavicon(key, QByteArray(100, 'j'))).ok());
        QCOMPARE(wait(cache->totalBytes()), withIcon - 200);
        QVERIFY(wait(cache->setThumbnail(key, QByteArray(50, 't'))).ok());
        hit = wait(cache->get(key));
        QCOMPARE(hit->faviconPng, QByteArray(100, 'j'));
        QCOMPARE(hit->thumbnailPng, QByteArray(50, 't'));
        QCOMPARE(wait(cache->totalBytes()), withIcon - 200 + 50);
    }

    void clearAndRemove()
    {
        QVERIFY(wait(cache->put(QStringLiteral("k1"), sample(QStringLiteral("https://e.com/1")))).ok());
        QVERIFY(wait(cache->put(QStringLiteral("k2"), sample(QStringLiteral("https://e.com/2")))).ok());
        QVERIFY(wait(cache->remove(QStringLiteral("k1"))).ok());
        QVERIFY(!wait(cache->get(QStringLiteral("k1"))).has_value());
        QVERIFY(wait(cache->clear()).ok());
        QCOMPARE(wait(cache->totalBytes()), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreviewCache)
#include "tst_previewcache.moc"

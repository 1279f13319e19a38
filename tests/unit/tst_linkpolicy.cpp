// LinkPolicy: which links are previewed, and the normalized cache key. Table-driven.
#include "preview/LinkPolicy.h"

#include <QTest>

using ttc::preview::LinkPolicy;
Q_DECLARE_METATYPE(LinkPolicy::Verdict)

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("page");
        QTest::addColumn<LinkPolicy::Verdict>("verdict");
        using V = LinkPolicy::Verdict;
        const QString page = QStringLiteral("https://news.example.org/story?id=4#top");
        QTest::newRow("https") << "https://example.com/a" << page << V::Allowed;
        QTest::newRow("http") << "http://example.com/" << page << V::Allowed;
        QTest::newRow("HTTPS upper") << "HTTPS://Example.COM/x" << page << V::Allowed;
        QTest::newRow("relative path") << "/other" << page << V::Allowed;
        QTest::newRow("other page with fragment") << "https://news.example.org/other#s2" << page << V::Allowed;
        QTest::newRow("same page other query") << "https://news.example.org/story?id=5#x" << page << V::Allowed;
        QTest::newRow("fragment only") << "#section-2" << page << V::SamePageAnchor;
        QTest::newRow("fragment only, no page") << "#top" << QString() << V::SamePageAnchor;
        QTest::newRow("same page absolute") << "https://news.example.org/story?id=4#comments" << page << V::SamePageAnchor;
        QTest::newRow("same page relative") << "?id=4#c" << page << V::SamePageAnchor;
        QTest::newRow("javascript") << "javascript:alert(1)" << page << V::NotHttp;
        QTest::newRow("JavaScript mixed case") << "JaVaScRiPt:void(0)" << page << V::NotHttp;
        QTest::newRow("mailto") << "mailto:someone@example.com" << page << V::NotHttp;
        QTest::newRow("file") << "file:///etc/passwd" << page << V::NotHttp;
        QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << page << V::NotHttp;
        QTest::newRow("ftp") << "ftp://example.com/file" << page << V::NotHttp;
        QTest::newRow("tel") << "tel:+441234" << page << V::NotHttp;
        QTest::newRow("empty") << "" << page << V::Invalid;
        QTest::newRow("relative without page") << "/x" << QString() << V::Invalid;
        QTest::newRow("no host") << "http:///path" << page << V::Invalid;
        QTest::newRow("opted out") << "https://tracker.test/x" << page << V::OptedOut;
        QTest::newRow("opted out subdomain") << "https://a.b.tracker.test/" << page << V::OptedOut;
        QTest::newRow("opted out www") << "https://www.private.example/" << page << V::OptedOut;
        QTest::newRow("suffix is not a subdomain") << "https://nottracker.test/" << page << V::Allowed;
        // Links on a page of an opted-out site, wherever they lead.
        QTest::newRow("on an opted-out site") << "https://example.com/a" << "https://www.tracker.test/home" << V::OptedOut;
        QTest::newRow("relative on an opted-out site") << "/b" << "https://tracker.test/home" << V::OptedOut;
        QTest::newRow("javascript on an opted-out site") << "javascript:x()" << "https://tracker.test/" << V::NotHttp;
    }

    // What the browser's "Don't preview links on this site" / "Preview links on this site again" do to the setting.
    void editingTheList()
    {
        QCOMPARE(LinkPolicy::siteOf(QUrl(QStringLiteral("https://WWW.Example.com:8443/x"))), QStringLiteral("example.com"));
        QCOMPARE(LinkPolicy::siteOf(QUrl(QStringLiteral("file:///x"))), QString());
        QStringList sites{QStringLiteral("tracker.test")};
        sites = LinkPolicy::withSite(sites, QUrl(QStringLiteral("https://www.news.example/a")));
        QCOMPARE(sites, (QStringList{QStringLiteral("tracker.test"), QStringLiteral("news.example")}));
        // Already covered (by itself or a parent domain): unchanged.
        QCOMPARE(LinkPolicy::withSite(sites, QUrl(QStringLiteral("https://news.example/b"))), sites);
        QCOMPARE(LinkPolicy::withSite(sites, QUrl(QStringLiteral("https://a.tracker.test/"))), sites);
        QCOMPARE(LinkPolicy::withSite(sites, QUrl(QStringLiteral("about:blank"))), sites);
        // Removing takes every entry that covers the host, in whatever form it was written.
        const QStringList written{QStringLiteral("https://www.tracker.test/path"), QStringLiteral(".tracker.test"),
                                  QStringLiteral("keep.example")};
        QCOMPARE(LinkPolicy::withoutSite(written, QUrl(QStringLiteral("https://a.tracker.test/x"))),
                 QStringList{QStringLiteral("keep.example")});
        QVERIFY(LinkPolicy(written).isOptedOut(QUrl(QStringLiteral("http://tracker.test"))));
        QVERIFY(!LinkPolicy(written).isOptedOut(QUrl(QStringLiteral("http://example.org"))));
    }
    void check()
    {
        QFETCH(QString, link);
        QFETCH(QString, page);
        QFETCH(LinkPolicy::Verdict, verdict);
        const LinkPolicy policy({QStringLiteral("tracker.test"), QStringLiteral("https://www.private.example/path")});
        QCOMPARE(policy.check(QUrl(link), QUrl(page)), verdict);
        QCOMPARE(policy.allows(QUrl(link), QUrl(page)), verdict == LinkPolicy::Verdict::Allowed);
        QCOMPARE(LinkPolicy::explain(verdict).isEmpty(), verdict == LinkPolicy::Verdict::Allowed);
    }

    void normalizedKey_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::newRow("host lowercased") << "https://WWW.Example.COM/Path" << "https://www.example.com/Path";
        QTest::newRow("fragment dropped") << "https://example.com/a#section" << "https://example.com/a";
        QTest::newRow("empty path") << "https://example.com" << "https://example.com/";
        QTest::newRow("default https port") << "https://example.com:443/a" << "https://example.com/a";
        QTest::newRow("default http port") << "http://example.com:80/a" << "http://example.com/a";
        QTest::newRow("other port kept") << "http://example.com:8080/a" << "http://example.com:8080/a";
        QTest::newRow("https on 80 kept") << "https://example.com:80/a" << "https://example.com:80/a";
        QTest::newRow("utm dropped") << "https://e.com/a?utm_source=x&utm_medium=y" << "https://e.com/a";
        QTest::newRow("UTM upper dropped") << "https://e.com/a?UTM_Campaign=x&id=3" << "https://e.com/a?id=3";
        QTest::newRow("fbclid gclid dropped") << "https://e.com/a?fbclid=abc&q=1&gclid=z" << "https://e.com/a?q=1";
        QTest::newRow("order kept") << "https://e.com/?b=2&a=1&utm_x=0&c=3" << "https://e.com/?b=2&a=1&c=3";
        QTest::newRow("encoding kept") << "https://e.com/s?q=a%20b%26c&utm_id=1" << "https://e.com/s?q=a%20b%26c";
        QTest::newRow("not a prefix match") << "https://e.com/?utmost=1&fbclid2=2" << "https://e.com/?utmost=1&fbclid2=2";
        QTest::newRow("user info dropped") << "https://user:pw@e.com/" << "https://e.com/";
        QTest::newRow("scheme lowercased") << "HTTP://e.com/" << "http://e.com/";
        QTest::newRow("everything") << "HTTPS://News.Example.org:443/story?id=4&utm_source=tw#comments"
                                    << "https://news.example.org/story?id=4";
    }
    void normalizedKey()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QCOMPARE(LinkPolicy::normalizedKey(QUrl(url)), key);
        // Idempotent.
        QCOMPARE(LinkPolicy::normalizedKey(QUrl(key)), key);
    }
};

QTEST_GUILESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"

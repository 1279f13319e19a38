// The browser's decisions, without WebEngine: overlay placement, which links get previews, what the address bar
// makes of input, which hover reports are believed, and hover intent timing.
#include "AddressInput.h"
#include "HoverBridge.h"
#include "HoverIntent.h"
#include "ResourceLinks.h"
#include "preview/LinkPolicy.h"
#include "TooltipPlacement.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace ttc::browser;

using ttc::preview::LinkPolicy;
Q_DECLARE_METATYPE(ttc::preview::LinkPolicy::Verdict)

class TestBrowserLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceGroups_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("group");
        const auto g = [](ResourceGroup x) { return int(x); };
        QTest::newRow("pdf") << "https://www.example.org/a/manual.PDF" << g(ResourceGroup::Docs);
        QTest::newRow("odt elsewhere") << "https://other.net/x.odt?dl=1" << g(ResourceGroup::Docs);
        QTest::newRow("md") << "https://example.org/README.md" << g(ResourceGroup::Docs);
        QTest::newRow("tar.gz") << "https://example.org/src-1.0.tar.gz" << g(ResourceGroup::Downloads);
        QTest::newRow("dmg") << "https://cdn.example.net/App.dmg" << g(ResourceGroup::Downloads);
        QTest::newRow("deb") << "https://example.org/pkg_1.0_amd64.deb" << g(ResourceGroup::Downloads);
        QTest::newRow("png") << "https://example.org/i/photo.png" << g(ResourceGroup::Media);
        QTest::newRow("webm") << "https://video.example.net/clip.webm" << g(ResourceGroup::Media);
        QTest::newRow("other site") << "https://other.net/article" << g(ResourceGroup::References);
        QTest::newRow("subdomain is another site") << "https://blog.example.org/" << g(ResourceGroup::References);
        QTest::newRow("same site") << "https://example.org/about" << g(ResourceGroup::Navigation);
        QTest::newRow("www is the same site") << "http://www.example.org/news.html" << g(ResourceGroup::Navigation);
    }

    void resourceGroups()
    {
        QFETCH(QString, url);
        QFETCH(int, group);
        QCOMPARE(int(classifyResource(QUrl(url), QUrl(QStringLiteral("https://example.org/page")))), group);
    }

    void resourceLinksAreValidatedAndLimited()
    {
        const QUrl page(QStringLiteral("https://example.org/"));
        const auto entry = [](const QVariant &href, const QVariant &text) {
            return QVariantMap{{QStringLiteral("href"), href}, {QStringLiteral("text"), text}};
        };
        QVariantList list{
            entry(QStringLiteral("https://example.org/a#x"), QStringLiteral("  First\n  text ")),
            entry(QStringLiteral("https://example.org/a#y"), QStringLiteral("Duplicate")),
            entry(QStringLiteral("javascript:alert(1)"), QStringLiteral("js")),
            entry(QStringLiteral("mailto:a@example.org"), QStringLiteral("mail")),
            entry(QStringLiteral("file:///etc/passwd"), QStringLiteral("file")),
            entry(QString(QStringLiteral("https://example.org/") + QString(5000, QLatin1Char('a'))), QStringLiteral("long")),
            entry(42, QStringLiteral("number")),
            QVariant(QStringLiteral("not a map")),
            entry(QStringLiteral("https://other.net/b"), QString(1000, QLatin1Char('t'))),
        };
        const QList<ResourceLink> links = resourceLinksFromScript(list, page);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].url, QUrl(QStringLiteral("https://example.org/a")));
        QCOMPARE(links[0].text, QStringLiteral("First text"));
        QCOMPARE(links[0].group, ResourceGroup::Navigation);
        QCOMPARE(links[1].group, ResourceGroup::References);
        QCOMPARE(links[1].text.size(), ResourceLimits{}.maxTextLength);
        QVERIFY(resourceLinksFromScript(QVariant(QStringLiteral("garbage")), page).isEmpty());

        QVariantList many;
        for (int i = 0; i < 2500; ++i)
            many << entry(QStringLiteral("https://example.org/p%1").arg(i), QString());
        QCOMPARE(resourceLinksFromScript(many, page).size(), 2000);
    }

    void placement_data()
    {
        QTest::addColumn<QRect>("link");
        QTest::addColumn<QSize>("overlay");
        QTest::addColumn<QRect>("screen");
        QTest::addColumn<QPoint>("expected");
        const QRect screen(0, 0, 1280, 800);
        // gap 6: below = link bottom (exclusive) + 6
        QTest::newRow("below when it fits") << QRect(100, 100, 80, 20) << QSize(380, 300) << screen << QPoint(100, 126);
        QTest::newRow("above near the bottom") << QRect(100, 700, 80, 20) << QSize(380, 300) << screen
                                               << QPoint(100, 394);
        QTest::newRow("clamped at the right edge") << QRect(1200, 100, 60, 20) << QSize(380, 300) << screen
                                                   << QPoint(900, 126);
        QTest::newRow("clamped at the left edge") << QRect(-30, 100, 60, 20) << QSize(380, 300) << screen
                                                  << QPoint(0, 126);
        QTest::newRow("exactly fits below") << QRect(0, 474, 10, 20) << QSize(380, 300) << screen << QPoint(0, 500);
        QTest::newRow("one pixel too low flips") << QRect(0, 475, 10, 20) << QSize(380, 300) << screen
                                                 << QPoint(0, 169);
        QTest::newRow("second screen offset") << QRect(1300, 50, 50, 20) << QSize(380, 300)
                                              << QRect(1280, 0, 1920, 1080) << QPoint(1300, 76);
        QTest::newRow("too tall for both: beside right") << QRect(100, 380, 80, 20) << QSize(380, 500) << screen
                                                         << QPoint(186, 300);
        QTest::newRow("too tall, right edge: beside left") << QRect(1000, 380, 80, 20) << QSize(380, 500) << screen
                                                          << QPoint(614, 300);
        QTest::newRow("overlay wider than screen") << QRect(100, 100, 80, 20) << QSize(1500, 300) << screen
                                                   << QPoint(0, 126);
    }

    void placement()
    {
        QFETCH(QRect, link);
        QFETCH(QSize, overlay);
        QFETCH(QRect, screen);
        QFETCH(QPoint, expected);
        const QPoint p = placeTooltip(link, overlay, screen);
        QCOMPARE(p, expected);
        // Never over the link.
        QVERIFY(!QRect(p, overlay).intersects(link));
    }

    void placementNeverCoversTheLink()
    {
        // A sweep over link positions and overlay sizes: the link stays visible whatever fits.
        const QRect screen(0, 0, 1280, 800);
        for (int y = 0; y < 800; y += 37)
            for (int x = -40; x < 1280; x += 113)
                for (const QSize s : {QSize(380, 120), QSize(380, 420), QSize(380, 790), QSize(1300, 200)}) {
                    const QRect link(x, y, 90, 18);
                    const QRect placed(placeTooltip(link, s, screen), s);
                    QVERIFY2(!placed.intersects(link), qPrintable(QStringLiteral("link %1,%2 size %3x%4")
                                                                      .arg(x).arg(y).arg(s.width()).arg(s.height())));
                    if (s.width() <= screen.width()) {
                        QVERIFY(placed.left() >= screen.left());
                        QVERIFY(placed.right() <= screen.right());
                    }
                }
    }

    void linkPolicy_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<LinkPolicy::Verdict>("verdict");
        QTest::newRow("http") << "http://example.org/a" << LinkPolicy::Verdict::Allowed;
        QTest::newRow("https other page") << "https://site.test/other" << LinkPolicy::Verdict::Allowed;
        QTest::newRow("same page, query differs") << "https://site.test/page?x=1#top" << LinkPolicy::Verdict::Allowed;
        QTest::newRow("same-page anchor") << "https://site.test/page#section" << LinkPolicy::Verdict::SamePageAnchor;
        QTest::newRow("javascript") << "javascript:alert(1)" << LinkPolicy::Verdict::NotHttp;
        QTest::newRow("JavaScript mixed case") << "JavaScript:void(0)" << LinkPolicy::Verdict::NotHttp;
        QTest::newRow("mailto") << "mailto:someone@example.org" << LinkPolicy::Verdict::NotHttp;
        QTest::newRow("file") << "file:///etc/passwd" << LinkPolicy::Verdict::NotHttp;
        QTest::newRow("data") << "data:text/html,<b>x</b>" << LinkPolicy::Verdict::NotHttp;
        QTest::newRow("ftp") << "ftp://example.org/file" << LinkPolicy::Verdict::NotHttp;
        QTest::newRow("relative, resolved against the page") << "/relative" << LinkPolicy::Verdict::Allowed;
        QTest::newRow("no host") << "http:///path" << LinkPolicy::Verdict::Invalid;
    }

    void linkPolicy()
    {
        QFETCH(QString, link);
        QFETCH(LinkPolicy::Verdict, verdict);
        // The browser asks core's policy (also used by `ttc preview`); these are the cases the overlay relies on.
        QCOMPARE(LinkPolicy().check(QUrl(link), QUrl(QStringLiteral("https://site.test/page"))), verdict);
    }

    void addressInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full url") << "https://example.org/a?b=c" << "https://example.org/a?b=c";
        QTest::newRow("host") << "example.org" << "https://example.org";
        QTest::newRow("host and path") << "example.org/docs/x" << "https://example.org/docs/x";
        QTest::newRow("localhost with port") << "localhost:8080/x" << "http://localhost:8080/x";
        QTest::newRow("loopback address") << "127.0.0.1:9000" << "http://127.0.0.1:9000";
        QTest::newRow("words") << "qt web engine" << "https://search.test/?q=qt%20web%20engine";
        QTest::newRow("single word") << "tooltips" << "https://search.test/?q=tooltips";
        QTest::newRow("special characters") << "a&b=c #d" << "https://search.test/?q=a%26b%3Dc%20%23d";
        QTest::newRow("about") << "about:blank" << "about:blank";
        QTest::newRow("empty") << "   " << "";
    }

    void addressInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(urlFromInput(input, QStringLiteral("https://search.test/?q=%s")).toString(QUrl::FullyEncoded),
                 expected);
    }

    void hoverReports_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("width");
        QTest::addColumn<bool>("accepted");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("ordinary") << "https://example.org/" << 10.0 << 80.0 << true;
        QTest::newRow("negative x (scrolled sideways)") << "https://example.org/" << -20.0 << 80.0 << true;
        QTest::newRow("empty href") << "" << 10.0 << 80.0 << false;
        QTest::newRow("relative href") << "/x" << 10.0 << 80.0 << false;
        QTest::newRow("4096 chars") << QStringLiteral("https://e.org/") + QString(4096 - 14, QLatin1Char('a')) << 1.0
                                    << 1.0 << true;
        QTest::newRow("4097 chars") << QStringLiteral("https://e.org/") + QString(4097 - 14, QLatin1Char('a')) << 1.0
                                    << 1.0 << false;
        QTest::newRow("NaN") << "https://example.org/" << nan << 80.0 << false;
        QTest::newRow("infinite width") << "https://example.org/" << 10.0 << inf << false;
        QTest::newRow("negative width") << "https://example.org/" << 10.0 << -1.0 << false;
        QTest::newRow("absurd coordinate") << "https://example.org/" << 1e9 << 80.0 << false;
    }

    void hoverReports()
    {
        QFETCH(QString, href);
        QFETCH(double, x);
        QFETCH(double, width);
        QFETCH(bool, accepted);
        int hovers = 0;
        HoverBridge bridge([&](const HoverLink &) { ++hovers; }, {});
        bridge.hovered(href, QStringLiteral("text"), x, 5, width, 20, {});
        QCOMPARE(hovers, accepted ? 1 : 0);
        QCOMPARE(bridge.rejectedReports(), accepted ? 0 : 1);
    }

    void hoverInAFrameNamesItsDocument()
    {
        const QString link = QStringLiteral("https://example.org/doc#part");
        auto inFrame = HoverBridge::validate(link, {}, 0, 0, 10, 10, QStringLiteral("https://example.org/doc"));
        QVERIFY(inFrame);
        QCOMPARE(inFrame->document, QUrl(QStringLiteral("https://example.org/doc")));
        auto onPage = HoverBridge::validate(link, {}, 0, 0, 10, 10);
        QVERIFY(onPage);
        QVERIFY(onPage->document.isEmpty());
        QVERIFY(!HoverBridge::validate(link, {}, 0, 0, 10, 10, QStringLiteral("doc")));
        QVERIFY(!HoverBridge::validate(link, {}, 0, 0, 10, 10,
                                       QStringLiteral("https://e.org/") + QString(4096, QLatin1Char('a'))));
    }

    void hoverTextIsBoundedPlainLine()
    {
        const auto link = HoverBridge::validate(QStringLiteral("https://example.org/"),
                                                QStringLiteral("a\nb\tc\u0007") + QString(900, QLatin1Char('x')), 0,
                                                0, 10, 10);
        QVERIFY(link);
        QVERIFY(link->text.size() <= HoverBridge::kMaxTextLength);
        QVERIFY(link->text.startsWith(QStringLiteral("a b c x")));
    }

    void bridgeIgnoresDeleteLater()
    {
        auto *bridge = new HoverBridge({}, {});
        QPointer<HoverBridge> guard(bridge);
        QMetaObject::invokeMethod(bridge, "deleteLater");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(guard);
        delete bridge;
    }

    void scriptCarriesTheChannelLibrary()
    {
        // Linking Qt WebChannel is what provides :/qtwebchannel/qwebchannel.js; here only the listener is checked.
        const QString source = hoverScriptSource();
        QVERIFY(source.contains(QLatin1String("channel.objects.ttcHover")));
        QVERIFY(source.contains(QLatin1String("'scroll', leave")));
        QVERIFY(source.contains(QLatin1String("'keydown', leave")));
    }

    void intentWaitsAndCancels()
    {
        HoverIntent intent(40);
        QSignalSpy spy(&intent, &HoverIntent::intent);
        HoverLink a{QUrl(QStringLiteral("https://a.test/")), QStringLiteral("A"), {}};
        HoverLink b{QUrl(QStringLiteral("https://b.test/")), QStringLiteral("B"), {}};
        intent.hover(a);
        QVERIFY(intent.isPending());
        intent.cancel();
        QVERIFY(!intent.isPending());
        intent.hover(b);
        QVERIFY(spy.wait(2000));
        // Only the link that was not cancelled became an intent.
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<HoverLink>().url, b.url);

        // Moving to another link restarts the wait for that link only.
        spy.clear();
        intent.hover(a);
        intent.hover(b);
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<HoverLink>().url, b.url);
    }

    void intentDelayFollowsSetting()
    {
        HoverIntent intent;
        QCOMPARE(intent.delay(), 250);
        intent.setDelay(400);
        QCOMPARE(intent.delay(), 400);
        intent.setDelay(-5);
        QCOMPARE(intent.delay(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBrowserLogic)
#include "tst_browser_logic.moc"

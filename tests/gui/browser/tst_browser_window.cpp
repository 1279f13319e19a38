// The browser window for real (WebEngine under Xvfb): a loopback page with links, the mouse moved onto them with
// QTest, the preview overlay appearing with the right title from an instant preview source, never for
// javascript:/mailto:/#anchor/file:/data: links, hostile titles shown literally, dismissal by leave/scroll/Esc,
// find in page, tabs, the address bar; ttc-render on the same server; and `tooltip-companion --browse URL`.
#include "BrowserTab.h"
#include "BrowserWindow.h"
#include "LinkPreviewController.h"
#include "LoopbackHttp.h"
#include "OptOutSitesDialog.h"
#include "TestPages.h"
#include "PreviewOverlay.h"
#include "PreviewServiceSource.h"
#include "PreviewSource.h"
#include "ThumbnailRenderer.h"
#include "preview/PreviewCache.h"
#include "preview/PreviewService.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "TestSupport.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QListWidget>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QProcess>
#include <QScreen>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineScript>

#include <algorithm>

using namespace ttc;
using namespace ttc::browser;

namespace {

const char kHostileTitle[] = "<img src=x onerror=alert(1)>";
const QColor kIconColour(200, 30, 40);

QByteArray solidPng(const QColor &colour, int side)
{
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray iconPage(const QByteArray &title, const QByteArray &icon)
{
    return "<!doctype html><title>" + title + "</title><link rel=\"icon\" href=\"" + icon + "\"><p>A page with an icon.</p>";
}

// Answers at once, as a cache hit would.
class InstantSource final : public PreviewSource
{
public:
    QHash<QString, preview::Preview> previews;   // by path
    QList<QUrl> requests;

    void request(const QUrl &url, QObject *context, Callback done) override
    {
        requests << url;
        if (!context)
            return;
        const auto it = previews.constFind(url.path());
        if (it == previews.cend()) {
            done(Error{QStringLiteral("not_found"), QStringLiteral("No preview")});
            return;
        }
        preview::Preview p = *it;
        p.url = url;
        p.finalUrl = url;
        p.fromCache = true;
        done(std::move(p));
    }
};

} // namespace

// The real preview pipeline (database, cache, network, PreviewService) for a test that plugs it into the window's
// previews controller; open() before use.
struct RealPreviewPipeline
{
    explicit RealPreviewPipeline(const QString &databasePath,
                                 preview::PreviewService::CacheMode mode = preview::PreviewService::CacheMode::Use)
        : db(databasePath), source(service, mode)
    {
    }
    bool open()
    {
        auto opened = db.open();
        return QTest::qWaitFor([&] { return opened.isFinished(); }, 20000) && opened.result().ok();
    }

    store::Database db;
    preview::PreviewCache cache{db, SystemClock::instance()};
    QNetworkAccessManager nam;
    preview::PreviewService service{&nam, &cache, SystemClock::instance()};
    PreviewServiceSource source;
};

class TestBrowserWindow : public QObject
{
    Q_OBJECT

    LoopbackHttp m_http;
    test::TempProfile m_profile;
    std::unique_ptr<Settings> m_settings;
    QWebEngineProfile *m_webProfile = nullptr;
    InstantSource m_source;
    std::unique_ptr<BrowserWindow> m_window;
    QList<qint64> m_shownNs;
    QList<qint64> m_paintedNs;
    qint64 m_pipelineUncachedNs = -1;
    qint64 m_pipelineCachedNs = -1;
    qint64 m_thumbnailNs = -1;

    BrowserTab *tab() const { return m_window->currentTab(); }
    PreviewOverlay *overlay() const { return m_window->previews().overlay(); }

    QVariant evaluate(const QString &js, quint32 world = QWebEngineScript::MainWorld)
    {
        QVariant result;
        bool done = false;
        tab()->page()->runJavaScript(js, world, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning() << "script did not answer:" << js;
        return result;
    }

    QPoint linkCentre(const QString &id)
    {
        const QVariantList r = evaluate(QStringLiteral("(function(){var r=document.getElementById('%1')"
                                                       ".getBoundingClientRect();return [r.left,r.top,r.width,"
                                                       "r.height];})()")
                                            .arg(id))
                                   .toList();
        if (r.size() != 4)
            return {};
        const qreal zoom = tab()->zoomFactor();
        return QPointF((r[0].toDouble() + r[2].toDouble() / 2) * zoom, (r[1].toDouble() + r[3].toDouble() / 2) * zoom)
            .toPoint();
    }

    QWidget *content() const { return tab()->focusProxy() ? tab()->focusProxy() : tab(); }

    void moveAway()
    {
        const QPoint blank = linkCentre(QStringLiteral("blank")) + QPoint(300, 0);
        QTest::mouseMove(content(), blank);
        QTRY_VERIFY_WITH_TIMEOUT(!overlay()->isVisible() && !m_window->previews().intent().isPending(), 5000);
    }

    void hover(const QString &id)
    {
        const QPoint c = linkCentre(id);
        QVERIFY2(!c.isNull(), qPrintable(id));
        QTest::mouseMove(content(), c);
    }

    bool waitForLoad(BrowserTab *t)
    {
        QSignalSpy loaded(t, &QWebEngineView::loadFinished);
        return loaded.wait(20000) && loaded.first().first().toBool();
    }

    void saveScreenshot(const QString &name)
    {
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
        QVERIFY(shot.save(test::artifactsDir() + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display: run through scripts/test-env");
        QVERIFY(m_http.listen());
        m_http.setPage("/", indexPage());
        m_http.setPage("/framed", framedPage());
        m_http.setPage("/article", "<!doctype html><title>Loopback Article</title><h1>Article</h1><p>Body text.</p>");
        m_http.setPage("/hostile", QByteArray("<!doctype html><title>") + kHostileTitle + "</title><p>x</p>");
        m_http.setPage("/iconpage", iconPage("Icon Page", "/icon.png"));
        m_http.setPage("/icon.png", solidPng(kIconColour, 32), "image/png");
        m_http.setPage("/brokenicon", iconPage("Broken Icon", "/broken.png"));
        m_http.setPage("/broken.png", "\x89PNG\r\n\x1a\n but not really a picture", "image/png");
        m_http.setPage("/hugeicon", iconPage("Huge Icon", "/huge.ico"));
        m_http.setPage("/huge.ico", QByteArray(100 * 1024, 'x'), "image/x-icon");
        m_http.setHanging("/slow");

        preview::Preview article;
        article.title = QStringLiteral("Loopback Article");
        article.siteName = QStringLiteral("Loopback News");
        article.description = QStringLiteral("A page served by the test itself, to see the overlay fill in.");
        article.readingMinutes = 3;
        article.summary = QStringLiteral("The first sentence of the summary. The second one follows it.");
        m_source.previews.insert(QStringLiteral("/article"), article);
        preview::Preview hostile;
        hostile.title = QString::fromLatin1(kHostileTitle);
        hostile.description = QStringLiteral("<b>not bold</b> & <script>alert(2)</script>");
        m_source.previews.insert(QStringLiteral("/hostile"), hostile);

        m_settings = std::make_unique<Settings>(m_profile.profile().settingsPath());
        m_webProfile = createProfile(m_profile.profile().webEngineDir() + QStringLiteral("/storage"),
                                     m_profile.profile().cacheDir() + QStringLiteral("/webengine"), this);
        QVERIFY(m_webProfile->persistentStoragePath().startsWith(m_profile.root()));
        QVERIFY(m_webProfile->cachePath().startsWith(m_profile.root()));
        QVERIFY(!m_webProfile->isOffTheRecord());

        m_window = std::make_unique<BrowserWindow>(m_webProfile, *m_settings, &m_source);
        connect(&m_window->previews(), &LinkPreviewController::previewShown, this,
                [this](const QUrl &, qint64 ns) { m_shownNs << ns; });
        connect(&m_window->previews(), &LinkPreviewController::previewPainted, this,
                [this](const QUrl &, qint64 ns) { m_paintedNs << ns; });
        m_window->resize(1000, 700);
        m_window->move(0, 0);
        BrowserTab *t = m_window->newTab(m_http.url(QStringLiteral("/")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(waitForLoad(t));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Links"));
        // The hover script runs in its own world and connects its channel asynchronously.
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(QStringLiteral("!!(window.__ttcHover && window.__ttcHover.ready)"),
                     QWebEngineScript::ApplicationWorld)
                .toBool(),
            10000);
        // …and the page's own world sees neither the bridge nor the transport.
        QCOMPARE(evaluate(QStringLiteral("typeof window.__ttcHover + ' ' + typeof qt")).toString(),
                 QStringLiteral("undefined undefined"));
    }

    void hoverShowsThePreview()
    {
        const int before = int(m_source.requests.size());
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(overlay()->titleText(), QStringLiteral("Loopback Article"), 5000);
        QCOMPARE(m_source.requests.size(), before + 1);
        QCOMPARE(m_source.requests.last(), m_http.url(QStringLiteral("/article")));
        QVERIFY(!overlay()->isActiveWindow());
        QVERIFY(m_window->isActiveWindow());
        // Next to the link, not over it.
        const QPoint c = tab()->mapToGlobal(linkCentre(QStringLiteral("article")));
        QVERIFY(!overlay()->frameGeometry().contains(c));
        QVERIFY(overlay()->geometry().top() > c.y());
        QTRY_VERIFY_WITH_TIMEOUT(!m_paintedNs.isEmpty(), 5000);
        saveScreenshot(QStringLiteral("browser-hover-preview.png"));
        moveAway();
    }

    // A link in a frame of the page's own origin previews like one on the page, and its overlay is placed by where
    // the link is on the page, not in the frame.
    QRect frameLink(const QString &id, const QString &frame = QStringLiteral("frame"))
    {
        const QVariantList r =
            evaluate(QStringLiteral("(function(){var f=document.getElementById('%2');var b=f.getBoundingClientRect();"
                                    "var a=f.contentDocument.getElementById('%1').getBoundingClientRect();"
                                    "return [b.left+f.clientLeft+a.left,b.top+f.clientTop+a.top,a.width,a.height];})()")
                         .arg(id, frame))
                .toList();
        if (r.size() != 4)
            return {};
        const qreal zoom = tab()->zoomFactor();
        return QRectF(r[0].toDouble() * zoom, r[1].toDouble() * zoom, r[2].toDouble() * zoom, r[3].toDouble() * zoom)
            .toAlignedRect();
    }

    void linksInAFrameOfThePagePreview()
    {
        const QRect link = frameLink(QStringLiteral("inner"));
        QVERIFY2(link.left() > 600 && link.top() > 60, "the link should sit well inside the frame");
        const int before = int(m_source.requests.size());
        QTest::mouseMove(content(), link.center());
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QCOMPARE(m_source.requests.size(), before + 1);
        QCOMPARE(m_source.requests.last(), m_http.url(QStringLiteral("/article?from=frame")));
        const QRect global(tab()->mapToGlobal(link.topLeft()), link.size());
        QVERIFY(!overlay()->frameGeometry().intersects(global));
        QVERIFY2(overlay()->geometry().left() <= global.right() && overlay()->geometry().right() >= global.left(),
                 "the overlay should be beside the link, as on the page");
        QVERIFY(overlay()->geometry().top() > global.bottom());
        QTRY_COMPARE_WITH_TIMEOUT(overlay()->titleText(), QStringLiteral("Loopback Article"), 5000);
        saveScreenshot(QStringLiteral("browser-hover-frame.png"));
        moveAway();

        // "#part" in the frame points into the frame's own document: no preview, as on the page.
        QSignalSpy reported(&m_window->previews(), &LinkPreviewController::hoverReported);
        const int requests = int(m_source.requests.size());
        QTest::mouseMove(content(), frameLink(QStringLiteral("part")).center());
        QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty(), 5000);
        QCOMPARE(reported.last().at(0).toUrl(), m_http.url(QStringLiteral("/framed#part")));
        QCOMPARE(reported.last().at(1).toBool(), false);
        QCOMPARE(m_source.requests.size(), requests);
        moveAway();

        // A frame the page adds later is followed as well.
        evaluate(QStringLiteral("(function(){var f=document.createElement('iframe');f.id='late';f.src='/framed';"
                                "f.style.cssText='position:absolute;left:300px;top:190px;width:250px;height:110px';"
                                "document.body.appendChild(f);return true;})()"));
        QVERIFY(QTest::qWaitFor([&] {
            return evaluate(QStringLiteral("(function(){var d=document.getElementById('late').contentDocument;"
                                           "return !!d && d.readyState==='complete' && !!d.getElementById('inner');})()"))
                .toBool();
        }, 10000));
        QTest::mouseMove(content(), frameLink(QStringLiteral("inner"), QStringLiteral("late")).center());
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QCOMPARE(m_source.requests.last(), m_http.url(QStringLiteral("/article?from=frame")));
        moveAway();
        evaluate(QStringLiteral("document.getElementById('late').remove(); true"));
    }

    void nonWebLinksNeverPreview_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("javascript:") << "js" << "javascript";
        QTest::newRow("mailto:") << "mail" << "mailto";
        QTest::newRow("#anchor") << "anchor" << "http";
        QTest::newRow("file:") << "file" << "file";
        QTest::newRow("data:") << "data" << "data";
    }

    void nonWebLinksNeverPreview()
    {
        QFETCH(QString, id);
        QFETCH(QString, scheme);
        QSignalSpy reported(&m_window->previews(), &LinkPreviewController::hoverReported);
        const int requests = int(m_source.requests.size());
        hover(id);
        // The policy decides when the report arrives: once it is in, nothing may be pending.
        QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty(), 5000);
        QCOMPARE(reported.last().at(0).toUrl().scheme(), scheme);
        QCOMPARE(reported.last().at(1).toBool(), false);
        QVERIFY(!m_window->previews().intent().isPending());
        QVERIFY(!overlay()->isVisible());
        QCOMPARE(m_source.requests.size(), requests);
        moveAway();
    }

    void hostileTitleIsShownLiterally()
    {
        hover(QStringLiteral("hostile"));
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(overlay()->titleText(), QString::fromLatin1(kHostileTitle), 5000);
        QCOMPARE(overlay()->titleLabel()->textFormat(), Qt::PlainText);
        const auto labels = overlay()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty(), qPrintable(label->objectName()));
        QTRY_VERIFY_WITH_TIMEOUT(m_paintedNs.size() >= 2, 5000);
        saveScreenshot(QStringLiteral("browser-hover-hostile.png"));

        QTest::keyClick(content(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!overlay()->isVisible(), 5000);
        moveAway();
    }

    void scrollDismisses()
    {
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        evaluate(QStringLiteral("window.scrollBy(0, 40); true"));
        QTRY_VERIFY_WITH_TIMEOUT(!overlay()->isVisible(), 5000);
        evaluate(QStringLiteral("window.scrollTo(0, 0); true"));
        moveAway();
    }

    void leavingBeforeTheDelayShowsNothing()
    {
        m_window->previews().intent().setDelay(5000);
        const int requests = int(m_source.requests.size());
        QSignalSpy reported(&m_window->previews(), &LinkPreviewController::hoverReported);
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty(), 5000);
        QVERIFY(m_window->previews().intent().isPending());
        moveAway();   // cancels the pending intent
        QCOMPARE(m_source.requests.size(), requests);
        m_window->previews().intent().setDelay(m_settings->hoverDelayMs());
    }

    // The app's own pipeline: PreviewService over a cache in the profile's database, the loopback page fetched and
    // extracted, a thumbnail rendered offscreen; the second hover is answered from the cache.
    void realPreviewPipeline()
    {
        RealPreviewPipeline pipeline(m_profile.profile().databasePath());
        QVERIFY(pipeline.open());
        ThumbnailRenderer thumbnails;
        LinkPreviewController &c = m_window->previews();
        c.setSource(&pipeline.source);
        c.setPolicy(&pipeline.service.policy());
        c.setThumbnailRenderer(&thumbnails);
        const auto restore = qScopeGuard([&] {
            c.dismiss();
            c.setSource(&m_source);
            c.setPolicy(nullptr);
            c.setThumbnailRenderer(nullptr);
        });
        QSignalSpy shown(&c, &LinkPreviewController::previewShown);
        QSignalSpy thumb(&c, &LinkPreviewController::thumbnailShown);

        const int fetchesBefore = m_http.hits("/article");
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QCOMPARE(overlay()->titleText(), QStringLiteral("Loopback Article"));
        // Fetched by the pipeline (the engine may also have asked for it on its own, e.g. a speculative request).
        QVERIFY(m_http.hits("/article") > fetchesBefore);
        m_pipelineUncachedNs = shown.last().at(1).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(!thumb.isEmpty(), 20000);
        m_thumbnailNs = thumb.last().at(1).toLongLong();
        QTest::qWait(50);   // let the overlay repaint with the picture for the screenshot
        saveScreenshot(QStringLiteral("browser-hover-pipeline.png"));
        moveAway();

        // The thumbnail goes into the cache entry too; once it is there, the next hover needs no fetch at all.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto f = pipeline.cache.get(preview::PreviewService::keyFor(m_http.url(QStringLiteral("/article"))));
                f.waitForFinished();
                return f.result() && !f.result()->thumbnailPng.isEmpty();
            }(),
            10000);
        shown.clear();
        thumb.clear();
        const int fetches = m_http.hits("/article");
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QCOMPARE(overlay()->titleText(), QStringLiteral("Loopback Article"));
        m_pipelineCachedNs = shown.last().at(1).toLongLong();
        QCOMPARE(m_http.hits("/article"), fetches);
        QVERIFY(overlay()->findChild<QLabel *>(QStringLiteral("previewThumbnail"))->isVisible());
        moveAway();
    }

    // Site icons as servers send them: PNG, SVG (drawn at the size needed), ICO; broken bytes and a small file that
    // declares a huge picture give nothing.
    void faviconDecoding()
    {
        const auto colourOf = [](const QImage &image) {
            return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
        };
        QImage png = PreviewOverlay::decodeFavicon(solidPng(kIconColour, 32));
        QCOMPARE(png.size(), QSize(32, 32));
        QCOMPARE(colourOf(png), kIconColour);
        QCOMPARE(PreviewOverlay::decodeFavicon(solidPng(kIconColour, 256)).size(), QSize(64, 64));
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
                               "<rect width=\"16\" height=\"16\" fill=\"#c81e28\"/></svg>";
        const QImage drawn = PreviewOverlay::decodeFavicon(svg);
        QCOMPARE(drawn.size(), QSize(64, 64));
        QCOMPARE(colourOf(drawn), kIconColour);
        QByteArray ico;
        {
            QBuffer buffer(&ico);
            buffer.open(QIODevice::WriteOnly);
            QImage image(48, 48, QImage::Format_ARGB32);
            image.fill(kIconColour);
            QVERIFY(image.save(&buffer, "ico"));
        }
        QCOMPARE(colourOf(PreviewOverlay::decodeFavicon(ico)), kIconColour);
        QVERIFY(PreviewOverlay::decodeFavicon("\x89PNG\r\n\x1a\n not a picture").isNull());
        QVERIFY(PreviewOverlay::decodeFavicon({}).isNull());
        const QByteArray bomb = solidPng(kIconColour, 2500);
        QVERIFY(bomb.size() < 64 * 1024);
        QVERIFY(PreviewOverlay::decodeFavicon(bomb).isNull());
    }

    // The site icon: fetched after the preview, scaled to 16 logical px, shown as soon as it is there and cached
    // with the preview; a broken or oversized icon leaves the generic one, silently.
    void faviconFillsIn()
    {
        RealPreviewPipeline pipeline(m_profile.profile().databasePath());
        QVERIFY(pipeline.open());
        LinkPreviewController &c = m_window->previews();
        c.setSource(&pipeline.source);
        c.setPolicy(&pipeline.service.policy());
        const auto restore = qScopeGuard([&] {
            c.dismiss();
            c.setSource(&m_source);
            c.setPolicy(nullptr);
        });
        QSignalSpy settled(&c, &LinkPreviewController::faviconSettled);
        const auto iconShown = [this] {
            const qreal dpr = overlay()->devicePixelRatioF();
            const QPixmap pixmap = overlay()->faviconLabel()->pixmap();
            const QImage image = pixmap.toImage();
            return overlay()->hasSiteFavicon() && pixmap.devicePixelRatio() == dpr
                   && image.size() == QSize(16, 16) * dpr
                   && image.pixelColor(image.width() / 2, image.height() / 2) == kIconColour;
        };

        hover(QStringLiteral("iconpage"));
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
        QCOMPARE(overlay()->titleText(), QStringLiteral("Icon Page"));
        QCOMPARE(settled.last().at(1).toBool(), true);
        QVERIFY(iconShown());
        QCOMPARE(m_http.hits("/icon.png"), 1);
        QTest::qWait(50);
        saveScreenshot(QStringLiteral("browser-hover-favicon.png"));
        moveAway();

        // Cached with the preview: the next hover shows it at once, without asking the server again.
        const QString key = preview::PreviewService::keyFor(m_http.url(QStringLiteral("/iconpage")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto f = pipeline.cache.get(key);
                f.waitForFinished();
                return f.result() && !f.result()->faviconPng.isEmpty();
            }(),
            10000);
        settled.clear();
        hover(QStringLiteral("iconpage"));
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
        QVERIFY(iconShown());
        QCOMPARE(m_http.hits("/icon.png"), 1);
        moveAway();

        // Broken bytes, and an icon over the size cap: the generic icon stays.
        const QImage generic = [this] {
            return overlay()->style()->standardIcon(QStyle::SP_FileLinkIcon)
                .pixmap(QSize(16, 16), overlay()->devicePixelRatioF())
                .toImage()
                .convertToFormat(QImage::Format_ARGB32);
        }();
        for (const auto &[id, icon] : {std::pair{"brokenicon", "/broken.png"}, std::pair{"hugeicon", "/huge.ico"}}) {
            settled.clear();
            hover(QString::fromLatin1(id));
            QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
            QCOMPARE(settled.last().at(1).toBool(), false);
            QVERIFY2(m_http.hits(icon) >= 1, icon);
            QVERIFY(!overlay()->hasSiteFavicon());
            QCOMPARE(overlay()->faviconLabel()->pixmap().toImage().convertToFormat(QImage::Format_ARGB32), generic);
            QVERIFY(overlay()->isVisible());
            moveAway();
        }
    }

    // View › "Don't Preview Links on This Site" (also in the page's context menu) turns previews off for the current
    // tab's site at once, "Preview Links on This Site Again" back on; the list of such sites can be edited.
    void sitePreviewsCanBeTurnedOff()
    {
        QAction *action = m_window->sitePreviewsAction();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("Don't Preview Links on This Site"));
        QVERIFY(m_settings->previewOptOutSites().isEmpty());
        action->trigger();
        QCOMPARE(m_settings->previewOptOutSites(), QStringList{QStringLiteral("127.0.0.1")});
        QCOMPARE(action->text(), QStringLiteral("Preview Links on This Site Again"));

        QSignalSpy reported(&m_window->previews(), &LinkPreviewController::hoverReported);
        const int requests = int(m_source.requests.size());
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty(), 5000);
        QCOMPARE(reported.last().at(1).toBool(), false);
        QTest::qWait(m_settings->hoverDelayMs() + 200);
        QVERIFY(!overlay()->isVisible());
        QCOMPARE(m_source.requests.size(), requests);
        moveAway();

        action->trigger();
        QVERIFY(m_settings->previewOptOutSites().isEmpty());
        QCOMPARE(action->text(), QStringLiteral("Don't Preview Links on This Site"));
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(overlay()->titleText(), QStringLiteral("Loopback Article"), 5000);
        moveAway();

        // The list: what was opted out (here or elsewhere) shows, Delete removes it, previews come back.
        m_settings->setPreviewOptOutSites({QStringLiteral("example.org"), QStringLiteral("127.0.0.1")});
        QCOMPARE(action->text(), QStringLiteral("Preview Links on This Site Again"));
        m_window->showOptOutSites();
        auto *dialog = qobject_cast<OptOutSitesDialog *>(m_window->optOutSitesDialog());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->list()->count(), 2);
        QVERIFY(!dialog->list()->accessibleName().isEmpty());
        QVERIFY(!dialog->removeButton()->isEnabled());
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->list()->setFocus();
        dialog->list()->setCurrentRow(1, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(dialog->list()->currentItem()->text(), QStringLiteral("127.0.0.1"));
        QVERIFY(dialog->removeButton()->isEnabled());
        QTest::keyClick(dialog->list(), Qt::Key_Delete);
        QCOMPARE(m_settings->previewOptOutSites(), QStringList{QStringLiteral("example.org")});
        QCOMPARE(dialog->list()->count(), 1);
        QCOMPARE(action->text(), QStringLiteral("Don't Preview Links on This Site"));
        m_window->grab().save(test::artifactsDir() + QStringLiteral("/browser-optout-window.png"));
        dialog->grab().save(test::artifactsDir() + QStringLiteral("/browser-optout-dialog.png"));
        dialog->list()->setCurrentRow(0, QItemSelectionModel::ClearAndSelect);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QVERIFY(m_settings->previewOptOutSites().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("optOutSitesEmpty"))->isVisible());
        dialog->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        hover(QStringLiteral("article"));
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        moveAway();
    }

    // A private window: off-the-record profile, previews fetched but never cached.
    void privateWindowCachesNothing()
    {
        RealPreviewPipeline pipeline(m_profile.profile().databasePath(), preview::PreviewService::CacheMode::Bypass);
        QVERIFY(pipeline.open());
        QWebEngineProfile *privateProfile = createPrivateProfile(nullptr);
        QVERIFY(privateProfile->isOffTheRecord());
        auto window = std::make_unique<BrowserWindow>(privateProfile, *m_settings, &pipeline.source);
        const auto cleanup = qScopeGuard([&] {
            window.reset();
            delete privateProfile;
            m_window->activateWindow();
        });
        window->resize(1000, 700);
        window->move(0, 0);
        BrowserTab *t = window->newTab(m_http.url(QStringLiteral("/")));
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(waitForLoad(t));
        QCOMPARE(window->windowTitle(), QStringLiteral("Links (Private)"));
        QVariant ready;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool done = false;
                t->page()->runJavaScript(QStringLiteral("!!(window.__ttcHover && window.__ttcHover.ready)"),
                                         QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                             ready = v;
                                             done = true;
                                         });
                if (!QTest::qWaitFor([&] { return done; }, 5000))
                    return false;
                return ready.toBool();
            }(),
            10000);
        QSignalSpy shown(&window->previews(), &LinkPreviewController::previewShown);
        const QPoint c = [&] {
            QVariantList r;
            bool done = false;
            t->page()->runJavaScript(QStringLiteral("(function(){var r=document.getElementById('hostile')"
                                                    ".getBoundingClientRect();return [r.left,r.top,r.width,r.height];})()"),
                                     [&](const QVariant &v) {
                                         r = v.toList();
                                         done = true;
                                     });
            if (!QTest::qWaitFor([&] { return done; }, 5000))
                return QPoint();
            return r.size() == 4 ? QPointF(r[0].toDouble() + r[2].toDouble() / 2, r[1].toDouble() + r[3].toDouble() / 2)
                                       .toPoint()
                                 : QPoint();
        }();
        QVERIFY(!c.isNull());
        QTest::mouseMove(t->focusProxy() ? t->focusProxy() : t, c);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QCOMPARE(window->previews().overlay()->titleText(), QString::fromLatin1(kHostileTitle));
        auto cached = pipeline.cache.get(preview::PreviewService::keyFor(m_http.url(QStringLiteral("/hostile"))));
        cached.waitForFinished();
        QVERIFY(!cached.result().has_value());
        window.reset();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void findInPageCountsMatches()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findBar()->isVisible());
        auto *edit = m_window->findBar()->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(edit && edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("needle"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findStatus()->text(), QStringLiteral("1 of 3"), 5000);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->findStatus()->text(), QStringLiteral("2 of 3"), 5000);
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findBar()->isVisible());
    }

    void tabsOpenAndClose()
    {
        const int count = m_window->tabCount();
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), count + 1);
        QTRY_VERIFY(m_window->addressBar()->hasFocus());
        // Typed into the address bar, Enter loads it in the new tab.
        QTest::keyClicks(m_window->addressBar(), m_http.url(QStringLiteral("/article")).toString());
        QSignalSpy loaded(m_window->currentTab(), &QWebEngineView::loadFinished);
        QTest::keyClick(m_window->addressBar(), Qt::Key_Return);
        QVERIFY(loaded.wait(20000));
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Loopback Article"));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("backAction")));
        // Middle click on a tab closes it.
        QTabBar *bar = m_window->tabWidget()->tabBar();
        QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(count).center());
        QCOMPARE(m_window->tabCount(), count);
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Links"));
        // Ctrl+T then Ctrl+W.
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), count + 1);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), count);
    }

    // One toolbar button: Reload while idle, Stop while the page loads; Esc still stops a load.
    void reloadTurnsIntoStopWhileLoading()
    {
        QToolButton *button = m_window->reloadStopButton();
        auto *stop = m_window->findChild<QAction *>(QStringLiteral("stopAction"));
        auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("navigationToolbar"));
        QVERIFY(button && stop && toolbar);
        QCOMPARE(button->defaultAction()->objectName(), QStringLiteral("reloadAction"));
        QCOMPARE(button->accessibleName(), QStringLiteral("Reload"));
        QVERIFY(button->isEnabled());
        QVERIFY(!stop->isEnabled());
        QVERIFY(toolbar->widgetForAction(stop) == nullptr);   // no second, dead-looking Stop button
        toolbar->grab().save(test::artifactsDir() + QStringLiteral("/browser-toolbar-idle.png"));

        const int count = m_window->tabCount();
        BrowserTab *slow = m_window->newTab(m_http.url(QStringLiteral("/slow")));
        QTRY_COMPARE_WITH_TIMEOUT(button->defaultAction(), stop, 10000);
        QCOMPARE(button->accessibleName(), QStringLiteral("Stop"));
        QVERIFY(stop->isEnabled());
        QVERIFY(slow->isLoading());
        toolbar->grab().save(test::artifactsDir() + QStringLiteral("/browser-toolbar-loading.png"));
        saveScreenshot(QStringLiteral("browser-loading.png"));

        // Switching tabs shows the state of the tab in front.
        m_window->tabWidget()->setCurrentIndex(0);
        QCOMPARE(button->defaultAction()->objectName(), QStringLiteral("reloadAction"));
        m_window->tabWidget()->setCurrentIndex(count);
        QCOMPARE(button->defaultAction(), stop);

        QSignalSpy finished(slow, &QWebEngineView::loadFinished);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(button->defaultAction()->objectName(), QStringLiteral("reloadAction"), 5000);
        QCOMPARE(button->accessibleName(), QStringLiteral("Reload"));
        QCOMPARE(button->actions().size(), 1);   // one action: no menu arrow, no press-and-hold menu
        QVERIFY(!stop->isEnabled());
        m_window->closeTab(count);
        QCOMPARE(m_window->tabCount(), count);
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Links"));
    }

    void ttcRenderWritesAPng()
    {
        const QString out = test::artifactsDir() + QStringLiteral("/ttc-render-article.png");
        QFile::remove(out);
        QProcess render;
        render.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        render.start(test::binary(QStringLiteral("ttc-render")), {m_http.url(QStringLiteral("/")).toString(), out});
        // The server answers from this event loop: wait without blocking it.
        QTRY_VERIFY_WITH_TIMEOUT(render.state() == QProcess::NotRunning, 30000);
        QCOMPARE(render.exitCode(), 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1280, 800));

        QProcess refused;
        refused.start(test::binary(QStringLiteral("ttc-render")),
                      {QStringLiteral("http://127.0.0.1:9/"), out + QStringLiteral(".none.png"),
                       QStringLiteral("--timeout"), QStringLiteral("10")});
        QTRY_VERIFY_WITH_TIMEOUT(refused.state() == QProcess::NotRunning, 30000);
        QCOMPARE(refused.exitCode(), 6);
        QVERIFY(!QFile::exists(out + QStringLiteral(".none.png")));
    }

    // The real app: WebEngine is not in the process after start-up; `--browse URL` (handed over by a second
    // launch) loads the browser module, which opens the page in a window titled after it.
    void browseOpensTheBrowser()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("xdotool is missing");
        test::TempProfile profile;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString readyFile = profile.root() + QStringLiteral("/ready.json");
        env.insert(QStringLiteral("TTC_READY_FILE"), readyFile);
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(test::binary(QStringLiteral("tooltip-companion")), {QStringLiteral("--profile"), profile.root()});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(readyFile), 20000);
        const auto mapsHaveWebEngine = [&app] {
            QFile maps(QStringLiteral("/proc/%1/maps").arg(app.processId()));
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
        };
        QVERIFY2(!mapsHaveWebEngine(), "WebEngine was loaded at start-up");

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(test::binary(QStringLiteral("tooltip-companion")),
                     {QStringLiteral("--profile"), profile.root(), QStringLiteral("--browse"),
                      m_http.url(QStringLiteral("/article")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 20000);
        QCOMPARE(second.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(mapsHaveWebEngine(), 20000);
        // The window is on the display with the page's title (the page is served from this event loop).
        QProcess search;
        bool found = false;
        QElapsedTimer waited;
        waited.start();
        while (!found && waited.elapsed() < 30000) {
            search.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--name"),
                                                     QStringLiteral("^Loopback Article$")});
            QTRY_VERIFY_WITH_TIMEOUT(search.state() == QProcess::NotRunning, 10000);
            found = search.exitCode() == 0 && !search.readAllStandardOutput().trimmed().isEmpty();
            if (!found)
                QTest::qWait(200);
        }
        QVERIFY2(found, "no window titled after the page");
        QVERIFY(m_http.hits("/article") >= 1);
        app.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 20000);
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    }

    void cleanupTestCase()
    {
        if (!m_shownNs.isEmpty()) {
            const auto median = [](QList<qint64> v) {
                std::sort(v.begin(), v.end());
                return v.at(v.size() / 2);
            };
            QJsonObject figures{{QStringLiteral("samples"), int(m_shownNs.size())},
                                {QStringLiteral("intent_to_shown_median_us"), double(median(m_shownNs)) / 1000},
                                {QStringLiteral("intent_to_painted_median_us"),
                                 m_paintedNs.isEmpty() ? 0.0 : double(median(m_paintedNs)) / 1000},
                                {QStringLiteral("pipeline_uncached_loopback_ms"), double(m_pipelineUncachedNs) / 1e6},
                                {QStringLiteral("pipeline_cached_ms"), double(m_pipelineCachedNs) / 1e6},
                                {QStringLiteral("thumbnail_ms"), double(m_thumbnailNs) / 1e6}};
            qInfo().noquote() << "hover intent → overlay (instant source):"
                              << QJsonDocument(figures).toJson(QJsonDocument::Compact);
            QFile f(test::artifactsDir() + QStringLiteral("/browser-hover-latency.json"));
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(figures).toJson());
        }
        m_window.reset();
        delete m_webProfile;
        m_webProfile = nullptr;
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestBrowserWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browser_window.moc"

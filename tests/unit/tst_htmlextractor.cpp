// HtmlExtractor and Summarizer on the project's own pages (tests/data/pages) and on generated hostile markup.
#include "PageServer.h"
#include "preview/HtmlExtractor.h"
#include "preview/PageFetcher.h"
#include "preview/Summarizer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ttc;
using namespace ttc::preview;

namespace {

Preview extractPage(const QString &file, const QByteArray &contentType = "text/html")
{
    const QByteArray bytes = test::PageServer::page(file);
    return HtmlExtractor::extract(decodeHtml(bytes, contentType), QUrl(QStringLiteral("https://www.example.org/news/story.html")));
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

void dump(const Preview &p)
{
    if (!qEnvironmentVariableIsSet("TTC_DUMP"))
        return;
    qInfo().noquote() << "title:" << p.title << "\nsite:" << p.siteName << "\ndesc:" << p.description
                      << "\nbyline:" << p.byline << "\npublished:" << p.published << "\nlang:" << p.lang
                      << "\nfavicon:" << p.favicon.toString() << "\nimage:" << p.image.toString()
                      << "\nminutes:" << p.readingMinutes << "\nsummary:" << p.summary << "\nmain:" << p.mainText.left(3000);
}

} // namespace

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openGraphArticle()
    {
        const Preview p = extractPage(QStringLiteral("article.html"));
        dump(p);
        QCOMPARE(p.title, QStringLiteral("Why lighthouses still matter in the age of GPS"));
        QCOMPARE(p.siteName, QStringLiteral("The Harbour Gazette"));
        QVERIFY(p.description.startsWith(QStringLiteral("Satellite navigation fails more often")));
        QCOMPARE(p.byline, QStringLiteral("Maren Solberg"));
        QCOMPARE(p.published, QStringLiteral("2026-03-14T08:30:00Z"));
        QCOMPARE(p.lang, QStringLiteral("en-GB"));
        QCOMPARE(p.favicon, QUrl(QStringLiteral("https://www.example.org/static/favicon-32.png")));
        QCOMPARE(p.image, QUrl(QStringLiteral("https://www.example.org/images/lighthouse.jpg")));
        // The main text is the article: its six paragraphs, none of the navigation, sidebar, comments or footer.
        // The article's heading and byline line repeat the title and byline: left out.
        QVERIFY2(p.mainText.startsWith(QStringLiteral("On a clear night the beam")), qPrintable(p.mainText.left(80)));
        QVERIFY(p.mainText.contains(QStringLiteral("On a clear night the beam from Skerry Point")));
        QVERIFY(p.mainText.contains(QStringLiteral("For now the lamps stay lit.")));
        QVERIFY(p.mainText.contains(QStringLiteral("\n\n")));
        for (const char *noise : {"Most read", "Ferry timetable", "Great article", "Copyright", "Weather", "Injected", "color: red"})
            QVERIFY2(!p.mainText.contains(QLatin1String(noise)), noise);
        QVERIFY(p.readingMinutes >= 1.0 && p.readingMinutes <= 1.6);
        const QStringList summary = Summarizer::sentences(p.summary);
        QVERIFY2(summary.size() >= 2 && summary.size() <= 3, qPrintable(p.summary));
        for (const QString &s : summary)
            QVERIFY2(p.mainText.contains(s), qPrintable(s));
    }

    void jsonLdAndTitleSuffix()
    {
        const Preview p = extractPage(QStringLiteral("blog.html"));
        dump(p);
        QCOMPARE(p.title, QStringLiteral("A quiet week in the garden"));  // " | Green Notes" removed
        QCOMPARE(p.siteName, QStringLiteral("Green Notes"));               // JSON-LD publisher
        QCOMPARE(p.byline, QStringLiteral("Ada Lin, Tom Ruiz"));
        QCOMPARE(p.published, QStringLiteral("2026-05-02"));
        QCOMPARE(p.lang, QStringLiteral("en"));
        // Relative to <base href>.
        QCOMPARE(p.favicon, QUrl(QStringLiteral("https://www.example.org/blog/2026/favicon.ico")));
        QCOMPARE(p.image, QUrl(QStringLiteral("https://www.example.org/blog/2026/images/tomatoes.jpg")));
        // No description: an excerpt of the main text, about 200 characters, cut on a word boundary.
        // The leading heading ("Tomatoes, finally") is skipped.
        QVERIFY2(p.description.startsWith(QStringLiteral("After a cold April the tomatoes")), qPrintable(p.description));
        QVERIFY(p.description.size() <= 201);
        QVERIFY(p.description.endsWith(QChar(0x2026)));
        QVERIFY(!p.description.endsWith(QStringLiteral(" \u2026")));
        QVERIFY(p.mainText.contains(QStringLiteral("wool pellets")));
        QVERIFY(!p.mainText.contains(QStringLiteral("Archive")));
        QVERIFY(!p.mainText.contains(QStringLiteral("Share on")));
    }

    void windows1252FromMeta()
    {
        const Preview p = extractPage(QStringLiteral("cp1252.html"));
        dump(p);
        QCOMPARE(p.title, QStringLiteral("Caf\u00e9 cr\u00e8me \u2013 \u201cthe na\u00efve r\u00e9sum\u00e9\u201d"));
        QCOMPARE(p.description, QStringLiteral("Cr\u00e8me br\u00fbl\u00e9e for \u20ac5, served at the caf\u00e9 since 1920."));
        QVERIFY(p.mainText.contains(QStringLiteral("ma\u00eetre p\u00e2tissier")));
    }

    void shiftJis()
    {
        const Preview p = extractPage(QStringLiteral("sjis.html"), "text/html; charset=Shift_JIS");
        dump(p);
        QCOMPARE(p.title, QStringLiteral("\u6771\u4eac\u306e\u6843\u306e\u82b1"));  // " | 日本ニュース" removed
        QCOMPARE(p.siteName, QStringLiteral("\u65e5\u672c\u30cb\u30e5\u30fc\u30b9"));
        QCOMPARE(p.lang, QStringLiteral("ja"));
        QVERIFY(p.mainText.startsWith(QStringLiteral("\u6771\u4eac\u3067\u306f\u4eca\u5e74\u3082")));
        // CJK text is read at 500 characters a minute.
        QVERIFY(p.readingMinutes > 0.1 && p.readingMinutes < 0.4);
        // Sentences end at 。 with no space after it.
        QCOMPARE(Summarizer::sentences(p.mainText).size(), 5);
        QVERIFY(!p.summary.isEmpty());
    }

    void utf8Bom()
    {
        const Preview p = extractPage(QStringLiteral("bom.html"));
        dump(p);
        QCOMPARE(p.title, QStringLiteral("Gr\u00fc\u00dfe aus K\u00f6ln \u2014 \u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435"));
        QVERIFY(p.mainText.startsWith(QStringLiteral("Die Stra\u00dfen von K\u00f6ln")));
        QVERIFY(!p.title.contains(QChar(0xFEFF)));
    }

    void hostileMarkupIsPlainText()
    {
        const Preview p = extractPage(QStringLiteral("hostile.html"));
        dump(p);
        QCOMPARE(p.title, QStringLiteral("<img src=x onerror=alert(1)>"));
        QCOMPARE(p.description, QStringLiteral("<b>bold</b> & \"quoted\" spaced out"));
        QVERIFY(p.mainText.contains(QStringLiteral("<script>alert(4)</script> as text, and an &amp; entity")));
        QVERIFY(!p.mainText.contains(QStringLiteral("alert(2)")));
        QVERIFY(!p.mainText.contains(QStringLiteral("  ")));
    }

    void tenThousandNestedDivs()
    {
        const QByteArray html = test::PageServer::nestedPage(10000);
        QElapsedTimer t;
        t.start();
        const Preview p = HtmlExtractor::extract(QString::fromUtf8(html), QUrl(QStringLiteral("http://x.test/")));
        QCOMPARE(p.title, QStringLiteral("Deeply nested"));
        QCOMPARE(p.mainText, QStringLiteral("The text at the bottom of ten thousand divs, long enough to be a paragraph, with a comma."));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }

    void twoMebibytesOfText()
    {
        // One paragraph of 2 MiB with no markup at all, and 2 MiB of unclosed inline tags.
        QString words;
        while (words.size() < 2 * 1024 * 1024)
            words += QStringLiteral("lorem ipsum dolor sit amet, consectetur adipiscing elit. ");
        QElapsedTimer t;
        t.start();
        Preview p = HtmlExtractor::extract(QStringLiteral("<title>t</title><p>") + words, QUrl(QStringLiteral("http://x.test/")));
        QVERIFY(p.mainText.size() <= ExtractOptions{}.maxMainTextChars);
        QVERIFY(p.readingMinutes > 1000);
        QVERIFY(!p.summary.isEmpty());
        const qint64 plain = t.restart();
        QString tags;
        while (tags.size() < 2 * 1024 * 1024)
            tags += QStringLiteral("<span><b>x, y z <i>");
        p = HtmlExtractor::extract(QStringLiteral("<title>t</title><div>") + tags, QUrl(QStringLiteral("http://x.test/")));
        QCOMPARE(p.title, QStringLiteral("t"));
        const qint64 nested = t.elapsed();
        qInfo("2 MiB plain text: %lld ms; 2 MiB of unclosed tags: %lld ms", plain, nested);
        QVERIFY(plain < 5000);
        QVERIFY(nested < 15000);
    }

    void bigPageFromTheServer()
    {
        const QByteArray html = test::PageServer::bigPage(2 * 1024 * 1024);
        const Preview p = HtmlExtractor::extract(QString::fromUtf8(html), QUrl(QStringLiteral("http://x.test/")));
        QCOMPARE(p.title, QStringLiteral("A very long page"));
        QCOMPARE(p.description, QStringLiteral("Five mebibytes of paragraphs."));
    }

    void titleCleanup_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("clean");
        QTest::newRow("pipe suffix") << "Story | Site Name" << "Site Name" << "x.com" << "Story";
        QTest::newRow("dash suffix") << "Story - The Site" << "the site" << "x.com" << "Story";
        QTest::newRow("em dash suffix") << "Story \u2014 Site" << "Site" << "x.com" << "Story";
        QTest::newRow("prefix") << "Site: News | Story" << "Site: News" << "x.com" << "Story";
        QTest::newRow("host label") << "Story | Example" << "" << "example.com" << "Story";
        QTest::newRow("host") << "Story - example.com" << "" << "example.com" << "Story";
        QTest::newRow("other suffix kept") << "Rust - The Book" << "Site" << "x.com" << "Rust - The Book";
        QTest::newRow("inner dashes kept") << "A - B - C | Site" << "Site" << "x.com" << "A - B - C";
        QTest::newRow("only the site") << "Site" << "Site" << "x.com" << "Site";
    }
    void titleCleanup()
    {
        QFETCH(QString, title);
        QFETCH(QString, site);
        QFETCH(QString, host);
        QFETCH(QString, clean);
        QCOMPARE(HtmlExtractor::cleanTitle(title, site, host), clean);
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << "One two. Three four! Five?" << L({"One two.", "Three four!", "Five?"});
        QTest::newRow("abbreviations") << "Dr. Smith met Mr. J. Jones at 3.30 p.m. today. Then left."
                                       << L({"Dr. Smith met Mr. J. Jones at 3.30 p.m. today.", "Then left."});
        QTest::newRow("quotes") << "\u201cStop.\u201d She left. (Really.) Yes." << L({"\u201cStop.\u201d", "She left.", "(Really.)", "Yes."});
        QTest::newRow("cjk") << "\u4eca\u65e5\u306f\u6674\u308c\u3002\u660e\u65e5\u306f\u96e8\u3002" << L({"\u4eca\u65e5\u306f\u6674\u308c\u3002", "\u660e\u65e5\u306f\u96e8\u3002"});
        QTest::newRow("chinese !?") << "\u4f60\u597d\uff01\u4f60\u662f\u8c01\uff1f\u6211" << L({"\u4f60\u597d\uff01", "\u4f60\u662f\u8c01\uff1f", "\u6211"});
        QTest::newRow("paragraphs") << "Heading\n\nBody text here. More" << L({"Heading", "Body text here.", "More"});
        QTest::newRow("ellipsis") << "Wait\u2026 Go on." << L({"Wait\u2026", "Go on."});
        QTest::newRow("hindi") << "\u092f\u0939 \u0920\u0940\u0915 \u0939\u0948\u0964 \u0939\u093e\u0901\u0964" << L({"\u092f\u0939 \u0920\u0940\u0915 \u0939\u0948\u0964", "\u0939\u093e\u0901\u0964"});
    }
    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(Summarizer::sentences(text), expected);
    }

    void summaryKeepsOrderAndPicksTheTopic()
    {
        const QString text = QStringLiteral(
            "The city council approved a new budget for public libraries on Monday. "
            "The weather was mild. "
            "Library budgets had been cut three years in a row before the council changed course. "
            "A cat sat on a wall. "
            "Under the new budget, libraries will open on Sundays and buy more books for children. "
            "Some people went shopping. "
            "Critics said the council should have spent the money on roads instead of libraries and books. "
            "It rained later.\n\nThe end.");
        const QString summary = Summarizer::summarize(text, QStringLiteral("Council approves library budget"));
        const QStringList picked = Summarizer::sentences(summary);
        QCOMPARE(picked.size(), 2);  // a short text (< 1000 characters) gets two sentences
        qsizetype last = -1;
        for (const QString &s : picked) {
            QVERIFY2(s.contains(QStringLiteral("librar"), Qt::CaseInsensitive) || s.contains(QStringLiteral("budget")), qPrintable(s));
            const qsizetype at = text.indexOf(s);
            QVERIFY(at > last);  // original order
            last = at;
        }
        QCOMPARE(Summarizer::summarize(QString()), QString());
        QCOMPARE(Summarizer::summarize(QStringLiteral("Just one sentence here.")), QStringLiteral("Just one sentence here."));
    }

    void readingTime()
    {
        QCOMPARE(HtmlExtractor::readingMinutes(QString()), 0.0);
        QString words;
        for (int i = 0; i < 460; ++i)
            words += QStringLiteral("word ");
        QCOMPARE(HtmlExtractor::readingMinutes(words), 2.0);
        QCOMPARE(HtmlExtractor::readingMinutes(QString(1000, QChar(0x6f22))), 2.0);
    }

    // Extraction time per page, over the project's pages (printed; a regression guard, not a benchmark).
    void timing()
    {
        const QStringList files = {QStringLiteral("article.html"), QStringLiteral("blog.html"), QStringLiteral("cp1252.html"),
                                   QStringLiteral("sjis.html"), QStringLiteral("bom.html"), QStringLiteral("hostile.html")};
        for (const QString &f : files) {
            const QString html = decodeHtml(test::PageServer::page(f), f == QLatin1String("sjis.html") ? "text/html; charset=Shift_JIS" : "text/html");
            QElapsedTimer t;
            t.start();
            const int rounds = 50;
            for (int i = 0; i < rounds; ++i)
                (void)HtmlExtractor::extract(html, QUrl(QStringLiteral("https://example.org/")));
            qInfo("extract %s: %.3f ms", qPrintable(f), double(t.nsecsElapsed()) / 1e6 / rounds);
        }
        for (const auto &[name, html] : {std::pair{"big 2 MiB", test::PageServer::bigPage(2 * 1024 * 1024)},
                                         std::pair{"nested 10k", test::PageServer::nestedPage(10000)}}) {
            const QString text = QString::fromUtf8(html);
            QElapsedTimer t;
            t.start();
            (void)HtmlExtractor::extract(text, QUrl(QStringLiteral("https://example.org/")));
            qInfo("extract %s: %.1f ms", name, double(t.nsecsElapsed()) / 1e6);
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"

#pragma once

#include "preview/PreviewTypes.h"

#include <QString>
#include <QUrl>

namespace ttc::preview {

struct ExtractOptions
{
    int excerptChars = 200;          // the fallback description: about this long, cut on a word boundary
    int maxMainTextChars = 200000;   // the main text kept (reading time is computed over all of it)
    int summarySentences = 3;
};

// Reads an HTML document (untrusted) into the page fields of a Preview: title, siteName, description, byline,
// published, lang, favicon, image, mainText, readingMinutes and summary. url/finalUrl/status are left to the caller.
//
// The document is parsed by gumbo (the HTML5 algorithm, so unclosed and misnested tags are read as browsers read
// them). Metadata comes from Open Graph, Twitter cards, JSON-LD and plain HTML, in that order of preference. The
// main text is chosen by reader-mode scoring: paragraphs give points to their ancestors (text length, commas),
// class/id hints (article, content, main vs comment, sidebar, footer, nav, ad) weigh in, link-heavy blocks are
// penalized, and script/style/nav/aside/footer/form/hidden subtrees are dropped. Repeated blocks (forum posts: the
// top candidate or a near ancestor has siblings of the same tag and class; or, as for a question and its answers,
// nodes of the top candidate's own tag and class sit under a near ancestor) contribute their matching part each;
// text set between <br>s straight into a container scores as a paragraph. A
// "Headline - Site" title keeps the part the page's own <h1> repeats. Every walk is iterative and linear,
// so hostile markup (10k-deep nesting, megabytes of text) costs time in proportion to its size only.
// Every output string is plain text: entities decoded, whitespace collapsed, never markup.
class HtmlExtractor
{
public:
    static Preview extract(const QString &html, const QUrl &pageUrl, const ExtractOptions &options = {});

    // Reading time in minutes: words / 230 plus CJK characters / 500.
    static double readingMinutes(const QString &text);

    // "Title | Site", "Site - Title" and the like: the title without the part that names the site.
    static QString cleanTitle(const QString &title, const QString &siteName, const QString &host);
};

} // namespace ttc::preview

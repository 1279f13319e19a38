#include "preview/HtmlExtractor.h"

#include "preview/Summarizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <gumbo.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace ttc::preview {

namespace {

constexpr int kMaxTitleChars = 500;
constexpr int kMaxFieldChars = 1000;

QString collapse(const QString &s, int maxChars = -1)
{
    QString out = s.simplified();
    // Invisible controls have no place in a plain-text field.
    out.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    if (maxChars > 0 && out.size() > maxChars) {
        qsizetype cut = out.lastIndexOf(QLatin1Char(' '), maxChars);
        if (cut < maxChars / 2)
            cut = maxChars;
        out = out.left(cut) + QChar(0x2026);
    }
    return out;
}

QString attr(const GumboNode *n, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttr(const GumboNode *n, const char *name)
{
    return gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

bool isTextLike(const GumboNode *n)
{
    return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE;
}

// All text under a node, without recursion.
QString textOf(const GumboNode *root)
{
    QByteArray bytes;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (isTextLike(n)) {
            bytes += n->v.text.text;
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_DOCUMENT) {
            const GumboVector &children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
            if (n->type == GUMBO_NODE_ELEMENT && (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE))
                continue;
            for (unsigned i = children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
        if (bytes.size() > 64 * 1024)
            break;
    }
    return QString::fromUtf8(bytes);
}

// The raw text children of an element (a script's source).
QString childText(const GumboNode *n)
{
    QByteArray bytes;
    const GumboVector &children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *c = static_cast<const GumboNode *>(children.data[i]);
        if (isTextLike(c))
            bytes += c->v.text.text;
    }
    return QString::fromUtf8(bytes);
}

// Plain-text length of UTF-8 text with whitespace runs counted once, and its commas (also CJK ones).
void measure(const char *s, qint64 *length, int *commas)
{
    bool space = true;
    for (const unsigned char *p = reinterpret_cast<const unsigned char *>(s); *p; ++p) {
        const unsigned char c = *p;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!space)
                ++*length;
            space = true;
            continue;
        }
        space = false;
        if ((c & 0xC0) != 0x80)
            ++*length;
        if (c == ',')
            ++*commas;
        else if (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C)  // ，
            ++*commas;
        else if (c == 0xE3 && p[1] == 0x80 && p[2] == 0x81)  // 、
            ++*commas;
    }
}

bool containsAny(const QString &haystack, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (haystack.contains(QLatin1String(n)))
            return true;
    }
    return false;
}

// Readability's hints, as substring lists (cheaper than regular expressions on every element).
bool unlikelyCandidate(const QString &classAndId)
{
    return containsAny(classAndId, {"-ad-", "ad-break", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
                                    "cookie", "disqus", "footer", "gdpr", "legends", "menu", "navbar", "pagination",
                                    "pager", "popup", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
                                    "skyscraper", "social", "sponsor", "share", "supplemental", "newsletter", "subscribe",
                                    "infobox", "editsection"}) &&
           !containsAny(classAndId, {"article", "body", "column", "content", "main", "shadow"});
}

int weightOf(const QString &value)
{
    if (value.isEmpty())
        return 0;
    int w = 0;
    if (containsAny(value, {"-ad-", "banner", "combx", "comment", "com-", "contact", "foot", "masthead", "media",
                            "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
                            "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu"}))
        w -= 25;
    if (containsAny(value, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
                            "blog", "story"}))
        w += 25;
    return w;
}

bool isDroppedTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_DIV: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_BR: case GUMBO_TAG_IMG:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

double tagBaseScore(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TH: return -5;
    default: return 0;
    }
}

bool isHidden(const GumboNode *n)
{
    if (hasAttr(n, "hidden"))
        return true;
    if (attr(n, "aria-hidden").trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (!hasAttr(n, "style"))
        return false;
    QString style = attr(n, "style").toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden"));
}

struct Node
{
    const GumboNode *g = nullptr;
    int parent = -1;
    int end = 0;  // one past the last descendant
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool text = false;
    bool dropped = false;
    bool blockChild = false;
    bool candidate = false;
    qint64 totalText = 0;
    qint64 linkText = 0;
    qint64 ownText = 0;  // of the text children only (text between <br>s, not in paragraphs)
    int ownCommas = 0;
    int commas = 0;
    int weight = 0;
    double score = 0;
};

struct JsonLd
{
    QString headline, description, author, publisher, datePublished, image, lang;
    bool article = false;
};

QString jsonName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray()) {
            const QString n = jsonName(e);
            if (!n.isEmpty() && !names.contains(n))
                names.append(n);
        }
        return names.join(QLatin1String(", "));
    }
    return {};
}

QString jsonUrl(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QLatin1String("url")).toString();
    if (v.isArray() && !v.toArray().isEmpty())
        return jsonUrl(v.toArray().first());
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QSet<QString> types = {
        QStringLiteral("Article"), QStringLiteral("NewsArticle"), QStringLiteral("BlogPosting"),
        QStringLiteral("Report"), QStringLiteral("ScholarlyArticle"), QStringLiteral("TechArticle"),
        QStringLiteral("SocialMediaPosting"), QStringLiteral("LiveBlogPosting"), QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("OpinionNewsArticle"), QStringLiteral("ReportageNewsArticle"), QStringLiteral("Review"),
        QStringLiteral("DiscussionForumPosting"), QStringLiteral("HowTo"), QStringLiteral("Recipe")};
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (types.contains(t.toString()))
                return true;
        return false;
    }
    return types.contains(type.toString());
}

// The best article-like object among JSON-LD blocks (objects, arrays, @graph), else the first typed object.
JsonLd readJsonLd(const QStringList &blocks)
{
    JsonLd best;
    bool haveAny = false;
    for (const QString &block : blocks) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(block.trimmed().toUtf8(), &error);
        if (doc.isNull())
            continue;
        std::vector<QJsonValue> stack;
        stack.push_back(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        int budget = 1000;
        while (!stack.empty() && budget-- > 0) {
            const QJsonValue v = stack.back();
            stack.pop_back();
            if (v.isArray()) {
                const QJsonArray a = v.toArray();
                for (qsizetype i = a.size(); i > 0; --i)
                    stack.push_back(a.at(i - 1));
                continue;
            }
            if (!v.isObject())
                continue;
            const QJsonObject o = v.toObject();
            if (o.contains(QLatin1String("@graph")))
                stack.push_back(o.value(QLatin1String("@graph")));
            if (!o.contains(QLatin1String("@type")))
                continue;
            const bool article = isArticleType(o.value(QLatin1String("@type")));
            if (best.article || (haveAny && !article))
                continue;
            JsonLd d;
            d.article = article;
            d.headline = o.value(QLatin1String("headline")).toString();
            if (d.headline.isEmpty() && article)
                d.headline = o.value(QLatin1String("name")).toString();
            d.description = o.value(QLatin1String("description")).toString();
            d.author = jsonName(o.value(QLatin1String("author")));
            d.publisher = jsonName(o.value(QLatin1String("publisher")));
            d.datePublished = o.value(QLatin1String("datePublished")).toString();
            d.image = jsonUrl(o.value(QLatin1String("image")));
            d.lang = jsonName(o.value(QLatin1String("inLanguage")));
            if (!article && d.headline.isEmpty() && d.publisher.isEmpty() && d.author.isEmpty())
                continue;
            best = d;
            haveAny = true;
        }
    }
    return best;
}

QString squash(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The part of "A | B" (any common separator, split at its first or last occurrence) that one of the page's
// headings repeats, unless it is only the site's name; the title as it is otherwise.
QString titlePartNamedByHeading(const QString &title, const QStringList &headings, const QStringList &siteNames)
{
    static const QStringList separators = {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "),
                                           QStringLiteral(" \u2014 "), QStringLiteral(" :: "), QStringLiteral(" \u00b7 "),
                                           QStringLiteral(" \u00bb "), QStringLiteral(" / "), QStringLiteral(" \u2022 ")};
    for (const QString &sep : separators) {
        for (const qsizetype at : {title.indexOf(sep), title.lastIndexOf(sep)}) {
            if (at <= 0)
                continue;
            for (const QString &part : {title.left(at).trimmed(), title.mid(at + sep.size()).trimmed()}) {
                const QString sq = squash(part);
                if (!sq.isEmpty() && headings.contains(sq) && !siteNames.contains(sq))
                    return part;
            }
        }
    }
    return title;
}

QUrl resolveHttp(const QUrl &base, const QString &ref)
{
    const QString r = ref.trimmed();
    if (r.isEmpty())
        return {};
    const QUrl u = base.resolved(QUrl(r));
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return u;
}

QString hostName(const QUrl &url)
{
    QString h = url.host().toLower();
    if (h.startsWith(QLatin1String("www.")))
        h.remove(0, 4);
    return h;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

QString excerpt(const QString &text, int chars)
{
    // Start at the first real paragraph: a leading heading, caption or data row reads badly run into the text.
    // A paragraph is real when it is long (a CJK character counts as three, it carries about a word) or ends a
    // sentence.
    qsizetype from = 0;
    for (int i = 0; i < 10; ++i) {
        const qsizetype end = text.indexOf(QLatin1String("\n\n"), from);
        if (end < 0)
            break;
        int weight = 0;
        for (qsizetype k = from; k < end && weight < 60; ++k)
            weight += isCjk(text.at(k).unicode()) ? 3 : 1;
        const QChar last = end > from ? text.at(end - 1) : QChar();
        const bool sentence = weight >= 20 && QStringLiteral(".!?\u3002\uff01\uff1f\u2026").contains(last);
        if (weight >= 60 || sentence)
            break;
        from = end + 2;
    }
    const QString flat = text.mid(from, chars * 4).simplified();
    if (flat.size() <= chars)
        return flat;
    qsizetype cut = flat.lastIndexOf(QLatin1Char(' '), chars);
    if (cut < chars / 2)
        cut = chars;  // no spaces (CJK): cut on the character
    QString out = flat.left(cut);
    while (!out.isEmpty() && (out.back().isPunct() || out.back().isSpace()))
        out.chop(1);
    return out + QChar(0x2026);
}

QString cleanLang(QString lang)
{
    lang = lang.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (lang.isEmpty() || lang.size() > 35)
        return {};
    for (QChar c : lang) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return {};
    }
    return lang;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// Gumbo follows the HTML5 algorithm, whose cost per token grows with the depth of the open-element stack; on
// pathological nesting (hundreds of thousands of unclosed tags) that is quadratic, and its clean-up recurses per
// level. This linear pre-pass keeps an approximate nesting depth and drops start tags (and their end tags) beyond
// maxDepth, keeping all text. Real pages nest a few dozen levels and pass through unchanged.
QByteArray boundNesting(const QByteArray &in, int maxDepth)
{
    static const QSet<QByteArray> voidOrAutoClosed = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                                      "link", "meta", "param", "source", "track", "wbr", "p", "li",
                                                      "td", "th", "tr", "dt", "dd", "option", "keygen", "!doctype"};
    static const QSet<QByteArray> rawText = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                                             "noframes", "noscript", "plaintext"};
    const qsizetype n = in.size();
    const char *s = in.constData();
    QByteArray out;
    out.reserve(n);
    int depth = 0;
    int excess = 0;
    qsizetype i = 0;
    auto tagEnd = [&](qsizetype from) {  // index of the '>' closing a tag, quotes respected; n when none
        char quote = 0;
        char previous = 0;
        for (qsizetype k = from; k < n; ++k) {
            const char c = s[k];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if ((c == '"' || c == '\'') && previous == '=') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
                previous = c;
        }
        return n;
    };
    while (i < n) {
        const qsizetype lt = in.indexOf('<', i);
        if (lt < 0) {
            out.append(s + i, n - i);
            break;
        }
        out.append(s + i, lt - i);
        i = lt;
        if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {  // comment: dropped
            const qsizetype end = in.indexOf("-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = i + 1 < n && s[i + 1] == '/';
        qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        if (!closing && nameEnd < n && s[nameEnd] == '!')
            ++nameEnd;
        while (nameEnd < n && isNameChar(s[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart) {  // "<" that starts no tag
            out.append('<');
            ++i;
            continue;
        }
        const QByteArray name = QByteArray(s + nameStart, nameEnd - nameStart).toLower();
        const qsizetype end = tagEnd(nameEnd);
        const qsizetype after = end < n ? end + 1 : n;
        if (closing) {
            if (excess > 0 && !rawText.contains(name) && !voidOrAutoClosed.contains(name)) {
                --excess;  // closes a start tag that was dropped
            } else {
                out.append(s + i, after - i);
                if (!voidOrAutoClosed.contains(name) && depth > 0)
                    --depth;
            }
            i = after;
            continue;
        }
        if (rawText.contains(name)) {
            // Copy up to and including the matching end tag: '<' inside a script is not markup.
            qsizetype k = after;
            qsizetype close = n;
            while ((k = in.indexOf("</", k)) >= 0) {
                if (k + 2 + name.size() <= n && qstrnicmp(s + k + 2, name.constData(), name.size()) == 0) {
                    close = tagEnd(k + 2 + name.size());
                    close = close < n ? close + 1 : n;
                    break;
                }
                k += 2;
            }
            out.append(s + i, close - i);
            i = close;
            continue;
        }
        const bool selfClosing = end < n && end > i && s[end - 1] == '/';
        if (voidOrAutoClosed.contains(name) || selfClosing || name.startsWith('!')) {
            out.append(s + i, after - i);
        } else if (depth >= maxDepth) {
            ++excess;  // dropped; its text stays
        } else {
            out.append(s + i, after - i);
            ++depth;
        }
        i = after;
    }
    return out;
}

} // namespace

double HtmlExtractor::readingMinutes(const QString &text)
{
    qint64 words = 0;
    qint64 cjk = 0;
    bool inWord = false;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != text.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        if (isCjk(c)) {
            ++cjk;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c)) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (c != U'\'' && c != U'\u2019' && c != U'-') {
            inWord = false;
        }
    }
    const double minutes = double(words) / 230.0 + double(cjk) / 500.0;
    return std::round(minutes * 10.0) / 10.0;
}

QString HtmlExtractor::cleanTitle(const QString &input, const QString &siteName, const QString &host)
{
    const QString title = input.simplified();
    QStringList names;
    for (const QString &n : {siteName, host, host.section(QLatin1Char('.'), 0, 0)}) {
        const QString s = squash(n);
        if (s.size() >= 2)
            names.append(s);
    }
    if (names.isEmpty())
        return title;
    static const QStringList separators = {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "),
                                           QStringLiteral(" \u2014 "), QStringLiteral(" :: "), QStringLiteral(" \u00b7 "),
                                           QStringLiteral(" \u00bb "), QStringLiteral(" / "), QStringLiteral(" \u2022 ")};
    qsizetype bestLast = -1, bestLastLen = 0, bestFirst = -1, bestFirstLen = 0;
    for (const QString &sep : separators) {
        const qsizetype last = title.lastIndexOf(sep);
        if (last > bestLast) {
            bestLast = last;
            bestLastLen = sep.size();
        }
        const qsizetype first = title.indexOf(sep);
        if (first >= 0 && (bestFirst < 0 || first < bestFirst)) {
            bestFirst = first;
            bestFirstLen = sep.size();
        }
    }
    if (bestLast > 0) {
        const QString suffix = squash(title.mid(bestLast + bestLastLen));
        if (names.contains(suffix))
            return title.left(bestLast).trimmed();
    }
    if (bestFirst > 0) {
        const QString prefix = squash(title.left(bestFirst));
        const QString rest = title.mid(bestFirst + bestFirstLen).trimmed();
        if (names.contains(prefix) && !rest.isEmpty())
            return rest;
    }
    return title;
}

Preview HtmlExtractor::extract(const QString &html, const QUrl &pageUrl, const ExtractOptions &options)
{
    Preview p;
    const QByteArray utf8 = boundNesting(html.toUtf8(), 400);
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.max_errors = 0;  // errors are not needed; recording them costs memory on hostile pages
    GumboOutput *output = gumbo_parse_with_options(&gumboOptions, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return p;

    // ---- one iterative pre-order walk: flatten the tree and collect metadata ----
    std::vector<Node> nodes;
    nodes.reserve(size_t(utf8.size() / 40) + 16);
    QHash<QString, QString> meta;
    QString htmlLang, titleText, baseHref, firstH1, timeDatetime, relAuthor, bylineClass;
    QStringList headings;  // the first few <h1>s, squashed
    QStringList jsonLdBlocks;
    QList<QPair<QString, QString>> icons;  // rel, href
    QString imageSrcLink;

    struct Pending { const GumboNode *g; int parent; bool dropped; bool inSvg; };
    std::vector<Pending> stack;
    stack.push_back({output->root, -1, false, false});
    while (!stack.empty()) {
        const Pending item = stack.back();
        stack.pop_back();
        const GumboNode *g = item.g;
        if (g->type == GUMBO_NODE_COMMENT || g->type == GUMBO_NODE_TEMPLATE || g->type == GUMBO_NODE_DOCUMENT)
            continue;
        Node n;
        n.g = g;
        n.parent = item.parent;
        n.dropped = item.dropped;
        if (isTextLike(g)) {
            n.text = true;
            if (!n.dropped)
                measure(g->v.text.text, &n.totalText, &n.commas);
            nodes.push_back(n);
            continue;
        }
        const GumboTag tag = g->v.element.tag;
        n.tag = tag;
        bool inSvg = item.inSvg || g->v.element.tag_namespace != GUMBO_NAMESPACE_HTML;
        switch (tag) {
        case GUMBO_TAG_HTML:
            if (htmlLang.isEmpty())
                htmlLang = attr(g, "lang");
            if (htmlLang.isEmpty())
                htmlLang = attr(g, "xml:lang");
            break;
        case GUMBO_TAG_TITLE:
            if (titleText.isEmpty() && !inSvg)
                titleText = textOf(g);
            continue;
        case GUMBO_TAG_BASE:
            if (baseHref.isEmpty())
                baseHref = attr(g, "href");
            continue;
        case GUMBO_TAG_META: {
            const QString content = attr(g, "content");
            for (const char *key : {"property", "name", "itemprop", "http-equiv"}) {
                const QString k = attr(g, key).trimmed().toLower();
                if (!k.isEmpty() && !content.trimmed().isEmpty() && !meta.contains(k))
                    meta.insert(k, content);
            }
            continue;
        }
        case GUMBO_TAG_LINK: {
            const QString rel = attr(g, "rel").simplified().toLower();
            const QString href = attr(g, "href");
            if (rel.split(QLatin1Char(' ')).contains(QLatin1String("icon")) || rel.contains(QLatin1String("apple-touch-icon")))
                icons.append({rel, href});
            else if (rel == QLatin1String("image_src") && imageSrcLink.isEmpty())
                imageSrcLink = href;
            continue;
        }
        case GUMBO_TAG_SCRIPT:
            if (attr(g, "type").trimmed().toLower().contains(QLatin1String("ld+json")) && jsonLdBlocks.size() < 20)
                jsonLdBlocks.append(childText(g));
            continue;
        case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
            continue;
        case GUMBO_TAG_TIME:
            if (timeDatetime.isEmpty())
                timeDatetime = attr(g, "datetime");
            break;
        case GUMBO_TAG_A:
            if (relAuthor.isEmpty() && attr(g, "rel").toLower().split(QLatin1Char(' ')).contains(QLatin1String("author")))
                relAuthor = textOf(g);
            break;
        case GUMBO_TAG_H1:
            if (firstH1.isEmpty() && !n.dropped)
                firstH1 = textOf(g);
            if (headings.size() < 5 && !n.dropped)
                headings.append(squash(textOf(g)));
            break;
        default:
            break;
        }
        if (!n.dropped) {
            if (isDroppedTag(tag) || isHidden(g)) {
                n.dropped = true;
            } else {
                const QString cls = attr(g, "class").toLower();
                const QString id = attr(g, "id").toLower();
                if (bylineClass.isEmpty()) {
                    // Readability's byline hints: "byline" anywhere, an "author" class (hCard, microformats), itemprop.
                    bool byline = cls.contains(QLatin1String("byline")) || id.contains(QLatin1String("byline")) ||
                                  attr(g, "itemprop").trimmed().toLower() == QLatin1String("author");
                    for (const QString &c : cls.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                        byline = byline || c == QLatin1String("author") || c == QLatin1String("p-author") ||
                                 c == QLatin1String("entry-author") || c == QLatin1String("post-author");
                    if (byline) {
                        const QString text = textOf(g).simplified();
                        if (!text.isEmpty() && text.size() < 100)
                            bylineClass = text;
                    }
                }
                const QString role = attr(g, "role").toLower();
                if (role == QLatin1String("navigation") || role == QLatin1String("complementary") ||
                    role == QLatin1String("dialog") || role == QLatin1String("menu"))
                    n.dropped = true;
                else if ((!cls.isEmpty() || !id.isEmpty()) && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML &&
                         tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_MAIN && tag != GUMBO_TAG_A &&
                         unlikelyCandidate(cls + QLatin1Char(' ') + id))
                    n.dropped = true;
                n.weight = weightOf(cls) + weightOf(id);
            }
        }
        const int index = int(nodes.size());
        nodes.push_back(n);
        const GumboVector &children = g->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back({static_cast<const GumboNode *>(children.data[i - 1]), index, n.dropped, inSvg});
    }

    // ---- bottom-up totals (descendants come after their ancestors in pre-order) ----
    const int count = int(nodes.size());
    std::vector<int> size(size_t(count), 1);
    for (int i = count - 1; i >= 0; --i) {
        Node &n = nodes[size_t(i)];
        n.end = i + size[size_t(i)];
        if (!n.text && n.tag == GUMBO_TAG_A)
            n.linkText = n.totalText;
        if (n.parent >= 0) {
            size[size_t(n.parent)] += size[size_t(i)];
            Node &parent = nodes[size_t(n.parent)];
            if (!n.dropped) {
                parent.totalText += n.totalText;
                parent.linkText += n.linkText;
                parent.commas += n.commas;
                if (n.text) {
                    parent.ownText += n.totalText;
                    parent.ownCommas += n.commas;
                }
                if (!n.text && isBlock(n.tag))
                    parent.blockChild = true;
            }
        }
    }

    // ---- reader-mode scoring ----
    auto initCandidate = [&](Node &c) {
        if (!c.candidate) {
            c.candidate = true;
            c.score = tagBaseScore(c.tag) + c.weight;
        }
    };
    for (int i = 0; i < count; ++i) {
        const Node &n = nodes[size_t(i)];
        if (n.text || n.dropped || n.totalText < 25)
            continue;
        const bool paragraph = n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_PRE ||
                               ((n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_TD || n.tag == GUMBO_TAG_SECTION || n.tag == GUMBO_TAG_UNKNOWN) && !n.blockChild);
        // Text set straight into a container between <br>s (old layouts, some CMSs) counts as a paragraph too.
        const bool textRun = !paragraph && n.ownText >= 100;
        if (!paragraph && !textRun)
            continue;
        const qint64 length = paragraph ? n.totalText : n.ownText;
        const int commas = paragraph ? n.commas : n.ownCommas;
        const double score = 1.0 + commas + std::min<double>(double(length / 100), 3.0);
        int a = n.parent;
        for (int level = 0; a >= 0 && level < 5; ++level, a = nodes[size_t(a)].parent) {
            Node &ancestor = nodes[size_t(a)];
            if (ancestor.tag == GUMBO_TAG_HTML)
                break;
            initCandidate(ancestor);
            ancestor.score += level == 0 ? score : level == 1 ? score / 2.0 : score / (level * 3.0);
        }
    }
    int top = -1;
    double topScore = 0;
    for (int i = 0; i < count; ++i) {
        Node &n = nodes[size_t(i)];
        if (!n.candidate)
            continue;
        const double density = n.totalText > 0 ? double(n.linkText) / double(n.totalText) : 0.0;
        n.score *= (1.0 - density);
        if (top < 0 || n.score > topScore) {
            top = i;
            topScore = n.score;
        }
    }
    if (top < 0) {
        for (int i = 0; i < count; ++i) {
            if (!nodes[size_t(i)].text && nodes[size_t(i)].tag == GUMBO_TAG_BODY) {
                top = i;
                break;
            }
        }
    }

    // Repeated blocks (forum posts, answers): when the top candidate or one of its nearest ancestors has siblings
    // with the same tag and class, the node at the same place in each of them (same tags and classes on the way
    // down) is part of the text too.
    std::vector<int> parts;
    if (top >= 0 && nodes[size_t(top)].tag != GUMBO_TAG_BODY) {
        std::vector<int> path{top};
        while (path.size() < 5) {
            const int up = nodes[size_t(path.back())].parent;
            if (up < 0 || nodes[size_t(up)].tag == GUMBO_TAG_BODY || nodes[size_t(up)].tag == GUMBO_TAG_HTML)
                break;
            path.push_back(up);
        }
        auto sameKind = [&](int a, int b) {
            return !nodes[size_t(a)].text && !nodes[size_t(b)].text && nodes[size_t(a)].tag == nodes[size_t(b)].tag &&
                   attr(nodes[size_t(a)].g, "class") == attr(nodes[size_t(b)].g, "class");
        };
        for (size_t k = 0; k < std::min<size_t>(path.size(), 4) && parts.empty(); ++k) {
            const int b = path[k];
            const int up = nodes[size_t(b)].parent;
            if (up < 0 || attr(nodes[size_t(b)].g, "class").trimmed().isEmpty())
                continue;
            std::vector<int> matches;
            for (int s = up + 1; s < nodes[size_t(up)].end; s = nodes[size_t(s)].end) {
                if (nodes[size_t(s)].dropped || !sameKind(s, b))
                    continue;
                int cur = s;
                for (int d = int(k) - 1; d >= 0 && cur >= 0; --d) {
                    int found = -1;
                    for (int c = cur + 1; c < nodes[size_t(cur)].end; c = nodes[size_t(c)].end) {
                        if (sameKind(c, path[size_t(d)])) {
                            found = c;
                            break;
                        }
                    }
                    cur = found;
                }
                if (cur < 0)
                    continue;
                const Node &m = nodes[size_t(cur)];
                if (cur == top || (!m.dropped && m.totalText >= 25 && m.linkText * 2 < m.totalText))
                    matches.push_back(cur);
            }
            if (matches.size() >= 2)
                parts = matches;
        }
        // Posts whose containers differ (a question and its answers): the nodes with the top candidate's own tag and
        // class under one of its nearest ancestors; the ancestor that holds the most of them.
        const QString topClass = attr(nodes[size_t(top)].g, "class");
        for (size_t k = 1; k < path.size() && !topClass.trimmed().isEmpty(); ++k) {
            const int a = path[k];
            std::vector<int> matches;
            for (int j = a + 1; j < nodes[size_t(a)].end;) {
                const Node &m = nodes[size_t(j)];
                if (m.dropped || m.text) {
                    j = m.end;
                    continue;
                }
                if (m.tag == nodes[size_t(top)].tag && attr(m.g, "class") == topClass) {
                    if (j == top || (m.totalText >= 25 && m.linkText * 2 < m.totalText))
                        matches.push_back(j);
                    j = m.end;
                    continue;
                }
                ++j;
            }
            if (matches.size() >= 2 && matches.size() > parts.size())
                parts = matches;
        }
    }

    // Otherwise the top candidate and its siblings that look like part of the same article.
    if (top >= 0 && parts.empty()) {
        const int parentIndex = nodes[size_t(top)].parent;
        if (parentIndex < 0 || nodes[size_t(top)].tag == GUMBO_TAG_BODY) {
            parts.push_back(top);
        } else {
            const double threshold = std::max(10.0, topScore * 0.2);
            const Node &parent = nodes[size_t(parentIndex)];
            for (int s = parentIndex + 1; s < parent.end; s = nodes[size_t(s)].end) {
                const Node &sib = nodes[size_t(s)];
                if (sib.dropped || sib.text)
                    continue;
                bool include = s == top;
                if (!include && sib.candidate && sib.score >= threshold)
                    include = true;
                if (!include && sib.tag == GUMBO_TAG_P && sib.totalText > 0) {
                    const double density = double(sib.linkText) / double(sib.totalText);
                    if (sib.totalText > 80 && density < 0.25)
                        include = true;
                    else if (density == 0 && textOf(sib.g).contains(QLatin1String(". ")))
                        include = true;
                }
                if (include)
                    parts.push_back(s);
            }
        }
    }

    // ---- main text: block elements make paragraphs ----
    QStringList paragraphs;
    qint64 mainChars = 0;
    QByteArray current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        const QString para = collapse(QString::fromUtf8(current));
        current.clear();
        if (!para.isEmpty()) {
            paragraphs.append(para);
            mainChars += para.size() + 2;
        }
    };
    for (int root : parts) {
        std::vector<int> open;
        const int rootEnd = nodes[size_t(root)].end;
        for (int j = root; j < rootEnd;) {
            while (!open.empty() && j >= open.back()) {
                open.pop_back();
                flush();
            }
            const Node &n = nodes[size_t(j)];
            if (n.dropped) {
                j = n.end;
                continue;
            }
            if (n.text) {
                current += n.g->v.text.text;
                ++j;
                continue;
            }
            if (j != root && (n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL ||
                              n.tag == GUMBO_TAG_TABLE || n.tag == GUMBO_TAG_SECTION) &&
                n.totalText < 200 && n.linkText * 2 > n.totalText) {
                j = n.end;  // a block of links inside the article: related links, tags, share bars
                continue;
            }
            if (isBlock(n.tag)) {
                flush();
                open.push_back(n.end);
            }
            ++j;
        }
        while (!open.empty()) {
            open.pop_back();
            flush();
        }
        flush();
    }
    gumbo_destroy_output(&gumboOptions, output);

    // ---- metadata ----
    const JsonLd ld = readJsonLd(jsonLdBlocks);
    auto m = [&](const char *key) { return collapse(meta.value(QLatin1String(key))); };
    auto firstOf = [](std::initializer_list<QString> values) {
        for (const QString &v : values)
            if (!v.trimmed().isEmpty())
                return v;
        return QString();
    };

    const QString host = hostName(pageUrl);
    p.siteName = collapse(firstOf({m("og:site_name"), ld.publisher, m("application-name"), host}), kMaxTitleChars);
    QString title = collapse(firstOf({m("og:title"), m("twitter:title"), ld.headline, titleText, m("title"), firstH1}), kMaxTitleChars);
    p.title = HtmlExtractor::cleanTitle(title, p.siteName == host ? QString() : p.siteName, host);
    // "Headline - Some Site" where the site is named differently from og:site_name or the host: the part of the
    // title that the page's own heading repeats is the headline.
    if (!headings.isEmpty() && !headings.contains(squash(p.title)))
        p.title = titlePartNamedByHeading(p.title, headings, {squash(p.siteName), squash(host.section(QLatin1Char('.'), 0, 0))});
    p.description = collapse(firstOf({m("og:description"), m("twitter:description"), m("description"), ld.description}),
                             kMaxFieldChars);

    QString articleAuthor = m("article:author");
    if (articleAuthor.startsWith(QLatin1String("http")))
        articleAuthor.clear();
    QString byline = collapse(firstOf({m("author"), articleAuthor, ld.author, relAuthor, m("byl"), m("dc.creator"),
                                       bylineClass.size() < 100 ? bylineClass : QString()}), 200);
    if (byline.startsWith(QLatin1String("By "), Qt::CaseInsensitive))
        byline = byline.mid(3).trimmed();
    p.byline = byline;

    // The article's own heading and byline line repeat the title and byline: not part of the text.
    const QString squashedTitle = squash(p.title);
    const QString squashedFullTitle = squash(title);
    const QString squashedByline = squash(p.byline);
    for (int i = 0, checked = 0; i < paragraphs.size() && checked < 4; ++checked) {
        const QString sq = squash(paragraphs.at(i));
        const bool isTitle = !sq.isEmpty() && (sq == squashedTitle || sq == squashedFullTitle);
        const bool isByline = paragraphs.at(i).size() < 120 && !squashedByline.isEmpty() && sq.contains(squashedByline) &&
                              (paragraphs.at(i).startsWith(QLatin1String("By "), Qt::CaseInsensitive) || sq.size() < squashedByline.size() + 40);
        if (isTitle || isByline)
            paragraphs.removeAt(i);
        else
            ++i;
    }
    QString mainText = paragraphs.join(QStringLiteral("\n\n"));
    p.readingMinutes = readingMinutes(mainText);
    if (mainText.size() > options.maxMainTextChars) {
        qsizetype cut = mainText.lastIndexOf(QLatin1Char(' '), options.maxMainTextChars);
        if (cut < options.maxMainTextChars / 2)
            cut = options.maxMainTextChars;
        mainText.truncate(cut);
    }
    p.mainText = mainText;

    if (p.description.isEmpty())
        p.description = excerpt(p.mainText, options.excerptChars);
    p.published = collapse(firstOf({m("article:published_time"), m("og:published_time"), m("datepublished"),
                                    m("date"), m("pubdate"), m("publishdate"), m("dc.date"), m("dcterms.created"),
                                    ld.datePublished, timeDatetime}), 100);
    p.lang = cleanLang(firstOf({htmlLang, m("content-language"), ld.lang, m("og:locale")}));

    QUrl base = pageUrl;
    if (const QUrl b = resolveHttp(pageUrl, baseHref); b.isValid() && !b.isEmpty())
        base = b;
    QUrl favicon;
    for (const auto &[rel, href] : std::as_const(icons)) {
        if (rel.split(QLatin1Char(' ')).contains(QLatin1String("icon"))) {
            favicon = resolveHttp(base, href);
            if (!favicon.isEmpty())
                break;
        }
    }
    if (favicon.isEmpty()) {
        for (const auto &[rel, href] : std::as_const(icons)) {
            favicon = resolveHttp(base, href);
            if (!favicon.isEmpty())
                break;
        }
    }
    if (favicon.isEmpty() && pageUrl.isValid() && !pageUrl.host().isEmpty()) {
        favicon = pageUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        favicon.setPath(QStringLiteral("/favicon.ico"));
    }
    p.favicon = favicon;
    for (const QString &candidate : {meta.value(QStringLiteral("og:image:secure_url")), meta.value(QStringLiteral("og:image")),
                                     meta.value(QStringLiteral("og:image:url")), meta.value(QStringLiteral("twitter:image")),
                                     meta.value(QStringLiteral("twitter:image:src")), ld.image, imageSrcLink}) {
        const QUrl u = resolveHttp(base, candidate);
        if (!u.isEmpty()) {
            p.image = u;
            break;
        }
    }
    p.summary = Summarizer::summarize(p.mainText.left(100000), p.title, options.summarySentences);
    return p;
}

} // namespace ttc::preview

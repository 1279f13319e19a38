#include "SafeTextDocument.h"

#include <QQuickTextDocument>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace ttc::chat {

namespace {

constexpr QChar kOpen = QChar(0x0002);
constexpr QChar kClose = QChar(0x0003);

struct Edit
{
    int position = 0;
    int length = 0;
    bool image = false;
    QString replacement;
};

// Quiet table lines that suit light and dark themes alike.
const QColor kRule(128, 128, 128, 140);

// Tables with single ruled lines and padded cells (the header row is bold already), instead of the default double
// lines with cramped cells.
void styleTables(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat f = table->format();
            f.setBorderCollapse(true);
            f.setBorder(1);
            f.setBorderBrush(kRule);
            f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            f.setCellSpacing(0);
            f.setCellPadding(5);
            table->setFormat(f);
        }
        styleTables(child);
    }
}

// Headings one step smaller than a document's (a reply is not a page: "##" should not dwarf the text), and block
// quotes set apart in italics.
void styleBlocks(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat bf = block.blockFormat();
        QTextCharFormat change;
        if (bf.headingLevel() > 0)
            change.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - bf.headingLevel()));
        else if (bf.hasProperty(QTextFormat::BlockQuoteLevel))
            change.setFontItalic(true);
        else
            continue;
        QTextCursor c(block);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.mergeCharFormat(change);
    }
}

} // namespace

SafeTextDocument::SafeTextDocument(QObject *parent) : QObject(parent) {}

void SafeTextDocument::setDocument(QQuickTextDocument *document)
{
    if (m_document == document)
        return;
    m_document = document;
    Q_EMIT documentChanged();
    render();
}

void SafeTextDocument::setMarkdown(const QString &markdown)
{
    if (m_mode == Mode::Markdown && m_markdown == markdown && !markdown.isEmpty())
        return;
    if (markdown.isEmpty() && m_mode != Mode::Markdown)
        return;  // another mode is in use
    m_markdown = markdown;
    m_mode = Mode::Markdown;
    Q_EMIT markdownChanged();
    render();
}

void SafeTextDocument::setMarked(const QString &marked)
{
    if (m_mode == Mode::Marked && m_marked == marked)
        return;
    m_marked = marked;
    m_mode = Mode::Marked;
    Q_EMIT markedChanged();
    render();
}

void SafeTextDocument::setPlainText(const QString &text)
{
    if (m_mode == Mode::Plain && m_plain == text)
        return;
    if (text.isEmpty() && m_mode != Mode::Plain)
        return;
    m_plain = text;
    m_mode = Mode::Plain;
    Q_EMIT plainTextChanged();
    render();
}

void SafeTextDocument::setLinkColor(const QColor &color)
{
    if (m_linkColor == color)
        return;
    m_linkColor = color;
    Q_EMIT linkColorChanged();
    render();
}

void SafeTextDocument::setHighlightColor(const QColor &color)
{
    if (m_highlightColor == color)
        return;
    m_highlightColor = color;
    Q_EMIT highlightColorChanged();
    render();
}

void SafeTextDocument::render()
{
    if (!m_document || !m_document->textDocument())
        return;
    QTextDocument &doc = *m_document->textDocument();
    switch (m_mode) {
    case Mode::Marked: renderMarked(doc, m_marked, m_highlightColor); break;
    case Mode::Plain: doc.setPlainText(m_plain); break;
    case Mode::Markdown: renderMarkdown(doc, m_markdown, m_linkColor); break;
    }
}

bool SafeTextDocument::isSafeLink(const QString &href)
{
    const QUrl url(href.trimmed());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

void SafeTextDocument::sanitize(QTextDocument &document, const QColor &linkColor)
{
    // Collect first, edit afterwards (from the end), so positions stay valid.
    QList<Edit> edits;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid())
                continue;
            const QTextCharFormat cf = f.charFormat();
            if (cf.isImageFormat()) {
                const QTextImageFormat img = cf.toImageFormat();
                QString alt = img.property(QTextFormat::ImageAltText).toString();
                if (alt.isEmpty())
                    alt = img.property(QTextFormat::ImageTitle).toString();
                if (alt.isEmpty())
                    alt = QObject::tr("[image]");
                // One fragment may hold several adjacent object characters.
                for (int i = 0; i < f.length(); ++i)
                    edits.append(Edit{f.position() + i, 1, true, alt});
            } else if (cf.isAnchor() && !isSafeLink(cf.anchorHref())) {
                edits.append(Edit{f.position(), f.length(), false, {}});
            } else if (cf.isAnchor() && linkColor.isValid()) {
                QTextCursor c(&document);
                c.setPosition(f.position());
                c.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
                QTextCharFormat color;
                color.setForeground(linkColor);
                c.mergeCharFormat(color);
            }
        }
    }
    for (auto e = edits.crbegin(); e != edits.crend(); ++e) {
        QTextCursor c(&document);
        c.setPosition(e->position);
        c.setPosition(e->position + e->length, QTextCursor::KeepAnchor);
        QTextCharFormat plain = c.charFormat();
        if (e->image) {
            QTextCharFormat text;
            text.setFontItalic(true);
            c.insertText(e->replacement, text);
        } else {
            plain.setAnchor(false);
            plain.setAnchorHref(QString());
            plain.setAnchorNames({});
            plain.clearForeground();
            plain.setFontUnderline(false);
            c.setCharFormat(plain);
        }
    }
}

void SafeTextDocument::renderMarkdown(QTextDocument &target, const QString &markdown, const QColor &linkColor)
{
    // Parse into a private document: it has no resource loader, so an image URL is never fetched, and the visible
    // document only ever receives sanitized content.
    QTextDocument scratch;
    scratch.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                  QTextDocument::MarkdownNoHTML));
    sanitize(scratch, linkColor);
    target.clear();
    QTextCursor cursor(&target);
    cursor.insertFragment(QTextDocumentFragment(&scratch));
    styleTables(target.rootFrame());
    styleBlocks(target);
}

void SafeTextDocument::renderMarked(QTextDocument &target, const QString &marked, const QColor &highlight)
{
    target.clear();
    QTextCursor cursor(&target);
    QTextCharFormat normal;
    QTextCharFormat hit;
    hit.setFontWeight(QFont::Bold);
    hit.setBackground(highlight);
    bool on = false;
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            cursor.insertText(run, on ? hit : normal);
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == kOpen || c == kClose) {
            flush();
            on = c == kOpen;
        } else if (c == QChar::LineFeed || c == QChar::CarriageReturn) {
            run += QLatin1Char(' ');  // snippets are one line
        } else {
            run += c;
        }
    }
    flush();
}

} // namespace ttc::chat

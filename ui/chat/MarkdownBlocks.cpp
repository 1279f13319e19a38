#include "MarkdownBlocks.h"

#include <QStringView>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

namespace ttc::chat {

namespace {

struct Fence
{
    QChar ch;
    qsizetype length = 0;
    QString info;
};

// CommonMark: up to three spaces of indentation, then at least three backticks or tildes; a backtick fence's info
// string has no backticks.
bool openingFence(QStringView line, Fence *fence)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line[i] == QLatin1Char(' '))
        ++i;
    if (i > 3 || i >= line.size())
        return false;
    const QChar ch = line[i];
    if (ch != QLatin1Char('`') && ch != QLatin1Char('~'))
        return false;
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == ch)
        ++n;
    if (n < 3)
        return false;
    const QStringView info = line.mid(i + n).trimmed();
    if (ch == QLatin1Char('`') && info.contains(QLatin1Char('`')))
        return false;
    fence->ch = ch;
    fence->length = n;
    fence->info = info.toString();
    return true;
}

bool closingFence(QStringView line, const Fence &fence)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line[i] == QLatin1Char(' '))
        ++i;
    if (i > 3)
        return false;
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == fence.ch)
        ++n;
    return n >= fence.length && line.mid(i + n).trimmed().isEmpty();
}

bool isListOrIndented(QStringView line)
{
    if (line.isEmpty())
        return false;
    if (line.front().isSpace() || line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1Char('>')))
        return true;
    if ((line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('*')) || line.startsWith(QLatin1Char('+'))) &&
        line.size() > 1 && line[1] == QLatin1Char(' '))
        return true;
    qsizetype i = 0;
    while (i < line.size() && line[i].isDigit())
        ++i;
    return i > 0 && i + 1 < line.size() && (line[i] == QLatin1Char('.') || line[i] == QLatin1Char(')')) &&
           line[i + 1] == QLatin1Char(' ');
}

// Long prose is cut into chunks at paragraph breaks, so a streaming reply re-renders only its last chunk. A cut is
// made only where it cannot change the rendering: at a blank line between two lines that are neither list items,
// indented, quotes nor table rows.
constexpr qsizetype kChunkChars = 1200;

void appendText(QList<MarkdownBlock> &out, QString &text)
{
    if (text.trimmed().isEmpty()) {
        text.clear();
        return;
    }
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    QString chunk;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QStringView line = lines[n];
        const bool canCut = chunk.size() >= kChunkChars && line.trimmed().isEmpty() && n > 0 && n + 1 < lines.size() &&
                            !lines[n + 1].trimmed().isEmpty() && !isListOrIndented(lines[n + 1]) &&
                            !isListOrIndented(lines[n - 1]);
        if (canCut) {
            out.append(MarkdownBlock{MarkdownBlock::Text, chunk, {}, true});
            chunk.clear();
            continue;
        }
        chunk += line;
        if (n + 1 < lines.size())
            chunk += QLatin1Char('\n');
    }
    if (!chunk.trimmed().isEmpty())
        out.append(MarkdownBlock{MarkdownBlock::Text, chunk, {}, true});
    text.clear();
}

} // namespace

QList<MarkdownBlock> splitMarkdownBlocks(const QString &markdown)
{
    QList<MarkdownBlock> out;
    QString text;
    QString code;
    Fence fence;
    bool inCode = false;
    const QList<QStringView> lines = QStringView(markdown).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const bool last = n == lines.size() - 1;
        if (!inCode) {
            if (openingFence(line, &fence)) {
                appendText(out, text);
                inCode = true;
                code.clear();
                continue;
            }
            text += line;
            if (!last)
                text += QLatin1Char('\n');
        } else if (closingFence(line, fence)) {
            if (code.endsWith(QLatin1Char('\n')))
                code.chop(1);
            out.append(MarkdownBlock{MarkdownBlock::Code, code, fence.info.section(QLatin1Char(' '), 0, 0), true});
            inCode = false;
        } else {
            code += line;
            code += QLatin1Char('\n');
        }
    }
    if (inCode) {
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        out.append(MarkdownBlock{MarkdownBlock::Code, code, fence.info.section(QLatin1Char(' '), 0, 0), false});
    } else {
        appendText(out, text);
    }
    return out;
}

QVariantList blocksToVariant(const QList<MarkdownBlock> &blocks)
{
    QVariantList list;
    list.reserve(blocks.size());
    for (const MarkdownBlock &b : blocks) {
        list.append(QVariantMap{{QStringLiteral("kind"), b.kind == MarkdownBlock::Code ? QStringLiteral("code")
                                                                                       : QStringLiteral("text")},
                                {QStringLiteral("text"), b.text},
                                {QStringLiteral("language"), b.language},
                                {QStringLiteral("closed"), b.closed}});
    }
    return list;
}

int estimateTokens(const QString &text)
{
    qsizetype latin = 0;
    qsizetype wide = 0;
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0x2E80 && u <= 0xFFEF && !c.isSpace()) {
            ++wide;  // CJK and full-width forms: roughly one token each
            inWord = false;
            continue;
        }
        ++latin;
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    const double byChars = double(latin) / 4.0;
    const double byWords = double(words) / 0.75;
    return int(std::ceil(std::max(byChars, byWords))) + int(wide);
}

} // namespace ttc::chat

#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace ttc::chat {

// A reply split for display: prose goes to a sanitizing Markdown view, fenced code blocks to a code view with a
// Copy button. A fence still open at the end (a reply that is streaming) is a code block that is not closed yet.
struct MarkdownBlock
{
    enum Kind { Text, Code };
    Kind kind = Text;
    QString text;
    QString language;   // info string of the fence (first word), code blocks only
    bool closed = true;

    bool operator==(const MarkdownBlock &) const = default;
};

QList<MarkdownBlock> splitMarkdownBlocks(const QString &markdown);

// [{kind: "text"|"code", text, language, closed}] for QML delegates.
QVariantList blocksToVariant(const QList<MarkdownBlock> &blocks);

// A rough token count for the composer (about 4 characters or 0.75 words per token for English text, CJK one per
// character). It is an estimate shown to people, not a billing figure.
int estimateTokens(const QString &text);

} // namespace ttc::chat

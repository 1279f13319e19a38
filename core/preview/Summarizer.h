#pragma once

#include <QString>
#include <QStringList>

namespace ttc::preview {

// An extractive summary that needs no network and no model: the text is split into sentences (., !, ?, …, and
// the CJK 。！？ too), each sentence is scored by the document frequency of its content words (stop words and
// very short words ignored; CJK text counted by character bigrams), favoured when it comes early or shares words
// with the title, and the best 2-3 are returned in their original order.
class Summarizer
{
public:
    // Sentences of text, in order, whitespace collapsed. Paragraph breaks always end a sentence.
    static QStringList sentences(const QString &text);

    // At most maxSentences sentences (2 when the text is short), joined by a space; empty for empty text.
    static QString summarize(const QString &text, const QString &title = {}, int maxSentences = 3);
};

} // namespace ttc::preview

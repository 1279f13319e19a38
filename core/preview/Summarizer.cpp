#include "preview/Summarizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ttc::preview {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

bool isFullStop(QChar c)
{
    // CJK and other scripts' sentence ends need no space after them.
    return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QChar(0xFF0E) || c == QChar(0x0964) ||
           c == QChar(0x06D4) || c == QChar(0x061F);
}

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026) || isFullStop(c);
}

bool isCloser(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')') || c == QLatin1Char(']') ||
           c == QChar(0x201D) || c == QChar(0x2019) || c == QChar(0x00BB) || c == QChar(0x300D) || c == QChar(0x300F) ||
           c == QChar(0xFF09);
}

const QSet<QString> &abbreviations()
{
    static const QSet<QString> a = {
        QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("prof"),
        QStringLiteral("st"), QStringLiteral("vs"), QStringLiteral("etc"), QStringLiteral("e.g"), QStringLiteral("i.e"),
        QStringLiteral("inc"), QStringLiteral("ltd"), QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("no"),
        QStringLiteral("fig"), QStringLiteral("u.s"), QStringLiteral("u.k"), QStringLiteral("approx"),
        QStringLiteral("dept"), QStringLiteral("est"), QStringLiteral("gen"), QStringLiteral("gov"), QStringLiteral("sen"),
        QStringLiteral("rep"), QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("sept"),
        QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"), QStringLiteral("z.b"), QStringLiteral("bzw"),
        QStringLiteral("usw"), QStringLiteral("ca"), QStringLiteral("vgl"), QStringLiteral("mme"), QStringLiteral("cf")};
    return a;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        const char *words =
            "the and for are but not you all any can had her was one our out has have him his how its may new now old "
            "see two way who did get let say she too use that with this from they will would there their what about "
            "which when make like time just know take into year your some could them than then look only come over "
            "also back after first well even want because these give most been were said each more other such very "
            "much many where while here those being does should between through under again still before same both "
            "der die das und ist nicht ein eine mit von den dem des auf für sich auch als wie aus bei nach oder wird "
            "les des est une pour que qui dans par sur pas plus avec sont aux ces son ses mais ont été "
            "los las del una por con para que como pero sus más fue han este esta";
        for (const QString &w : QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return s;
}

QStringList tokens(const QString &sentence)
{
    QStringList out;
    QString word;
    QString cjkRun;
    auto endWord = [&] {
        if (word.size() >= 3 && !stopWords().contains(word))
            out.append(word);
        word.clear();
    };
    auto endCjk = [&] {
        if (cjkRun.size() == 1)
            out.append(cjkRun);
        for (qsizetype i = 0; i + 1 < cjkRun.size(); ++i)
            out.append(cjkRun.mid(i, 2));
        cjkRun.clear();
    };
    for (QChar c : sentence) {
        if (isCjk(c.unicode())) {
            endWord();
            cjkRun += c;
        } else if (c.isLetterOrNumber()) {
            endCjk();
            word += c.toLower();
        } else {
            endWord();
            endCjk();
        }
    }
    endWord();
    endCjk();
    return out;
}

// True when the '.' at position dot ends an abbreviation or an initial rather than a sentence.
bool abbreviationBefore(const QString &p, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && (p.at(start - 1).isLetter() || p.at(start - 1) == QLatin1Char('.')))
        --start;
    const QString word = p.mid(start, dot - start).toLower();
    if (word.isEmpty())
        return false;
    if (word.size() == 1 && word.at(0).isLetter())
        return true;  // an initial: "J. Smith"
    return abbreviations().contains(word);
}

} // namespace

QStringList Summarizer::sentences(const QString &text)
{
    QStringList out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString p = paragraph.simplified();
        qsizetype start = 0;
        const qsizetype n = p.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = p.at(i);
            if (!isTerminator(c))
                continue;
            qsizetype j = i + 1;
            bool fullStop = isFullStop(c);
            while (j < n && (isTerminator(p.at(j)) || isCloser(p.at(j)))) {
                fullStop = fullStop || isFullStop(p.at(j));
                ++j;
            }
            bool boundary = false;
            if (j >= n) {
                boundary = true;
            } else if (fullStop) {
                boundary = true;
            } else if (p.at(j).isSpace()) {
                boundary = true;
                if (c == QLatin1Char('.') && j == i + 1) {
                    const QChar next = j + 1 < n ? p.at(j + 1) : QChar();
                    if (abbreviationBefore(p, i) || next.isLower() || next.isDigit())
                        boundary = false;
                }
            }
            if (!boundary) {
                i = j - 1;
                continue;
            }
            const QString s = p.mid(start, j - start).trimmed();
            if (!s.isEmpty())
                out.append(s);
            start = j;
            i = j - 1;
        }
        const QString rest = p.mid(start).trimmed();
        if (!rest.isEmpty())
            out.append(rest);
    }
    return out;
}

QString Summarizer::summarize(const QString &text, const QString &title, int maxSentences)
{
    QStringList all = sentences(text);
    if (all.size() > 400)
        all = all.mid(0, 400);
    if (all.isEmpty() || maxSentences <= 0)
        return {};
    const int want = (all.size() <= 6 || text.size() < 1000) ? std::min(2, maxSentences) : maxSentences;

    std::vector<QStringList> toks;
    toks.reserve(size_t(all.size()));
    QHash<QString, int> freq;
    for (const QString &s : std::as_const(all)) {
        toks.push_back(tokens(s));
        for (const QString &t : toks.back())
            ++freq[t];
    }
    int maxFreq = 1;
    for (int f : std::as_const(freq))
        maxFreq = std::max(maxFreq, f);
    const QStringList titleTokens = tokens(title);
    const QSet<QString> titleSet(titleTokens.cbegin(), titleTokens.cend());

    struct Scored { int index; double score; };
    std::vector<Scored> scored;
    const double n = double(all.size());
    for (int i = 0; i < all.size(); ++i) {
        const QStringList &t = toks[size_t(i)];
        const QSet<QString> unique(t.cbegin(), t.cend());
        if (unique.size() < 3) {
            scored.push_back({i, 0.0});
            continue;
        }
        double sum = 0;
        int overlap = 0;
        for (const QString &w : unique) {
            sum += double(freq.value(w)) / maxFreq;
            if (titleSet.contains(w))
                ++overlap;
        }
        double score = sum / std::sqrt(double(unique.size()));
        score *= 1.0 + 0.6 * (1.0 - double(i) / n);  // earlier is better
        if (i == 0)
            score *= 1.25;
        if (!titleSet.isEmpty())
            score *= 1.0 + 0.5 * double(overlap) / double(titleSet.size());
        const QString &s = all.at(i);
        if (!isTerminator(s.back()) && !isCloser(s.back()))
            score *= 0.5;  // headings, captions, list items
        if (s.size() > 400)
            score *= 0.5;
        if (s.endsWith(QLatin1Char('?')))
            score *= 0.8;
        scored.push_back({i, score});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    std::vector<int> chosen;
    for (const Scored &s : scored) {
        if (int(chosen.size()) >= want)
            break;
        if (s.score <= 0 && !chosen.empty())
            break;
        chosen.push_back(s.index);
    }
    std::sort(chosen.begin(), chosen.end());
    QStringList out;
    for (int i : chosen)
        out.append(all.at(i));
    return out.join(QLatin1Char(' '));
}

} // namespace ttc::preview

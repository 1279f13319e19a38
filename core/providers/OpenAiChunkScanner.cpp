#include "providers/OpenAiChunkScanner.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace ttc::providers {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView s) : p(s.data()), end(s.data() + s.size()) {}

    bool chunk(QList<OpenAiChunkChoice> &choices)
    {
        ws();
        if (!object([&](QByteArrayView key) {
                if (key == "choices")
                    return choiceArray(choices);
                if (key == "error")
                    return nullOrFalse();        // a real error takes the full path
                if (key == "usage")
                    return null();               // the usage chunk too (it comes once)
                return skipValue(0);
            }))
            return false;
        ws();
        return p == end;
    }

private:
    const char *p;
    const char *end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    }

    bool consume(char c)
    {
        ws();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }

    bool literal(const char *word)
    {
        ws();
        const char *q = p;
        for (; *word; ++word, ++q) {
            if (q >= end || *q != *word)
                return false;
        }
        p = q;
        return true;
    }

    bool null() { return literal("null"); }
    bool nullOrFalse() { return literal("null") || literal("false"); }

    // { "key": value, ... } with onMember(key) reading the value.
    template<typename F>
    bool object(F &&onMember)
    {
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        for (;;) {
            ws();
            QByteArrayView key;
            if (!rawString(key))
                return false;
            if (!consume(':'))
                return false;
            ws();
            if (!onMember(key))
                return false;
            if (consume(','))
                continue;
            return consume('}');
        }
    }

    template<typename F>
    bool array(F &&onElement)
    {
        if (!consume('['))
            return false;
        if (consume(']'))
            return true;
        for (;;) {
            ws();
            if (!onElement())
                return false;
            if (consume(','))
                continue;
            return consume(']');
        }
    }

    bool choiceArray(QList<OpenAiChunkChoice> &choices)
    {
        return array([&] {
            OpenAiChunkChoice c;
            const bool ok = object([&](QByteArrayView key) {
                if (key == "index")
                    return integer(c.index);
                if (key == "delta")
                    return delta(c);
                if (key == "finish_reason")
                    return null() || string(c.finishReason);
                return skipValue(0);
            });
            if (ok)
                choices.append(std::move(c));
            return ok;
        });
    }

    bool delta(OpenAiChunkChoice &c)
    {
        return object([&](QByteArrayView key) {
            if (key == "content")
                return null() || string(c.content);
            if (key == "reasoning")
                return null() || string(c.reasoning);
            if (key == "reasoning_content")
                return null() || string(c.reasoningContent);
            if (key == "refusal")
                return null() || string(c.refusal);
            if (key == "tool_calls")
                return null();  // tool calls take the full path
            return skipValue(0);
        });
    }

    bool integer(int &out)
    {
        ws();
        const char *start = p;
        if (!number())
            return false;
        qint64 v = 0;
        for (const char *q = start; q < p; ++q) {
            if (*q < '0' || *q > '9')
                return false;  // negative, fractional or exponent: not an index we trust here
            v = v * 10 + (*q - '0');
            if (v > 1'000'000)
                return false;
        }
        out = int(v);
        return true;
    }

    bool number()
    {
        ws();
        const char *start = p;
        if (!numberSyntax())
            return false;
        // QJsonDocument refuses a number that overflows a double (1e999): so does this reader. Short plain integers
        // (ids, timestamps, indexes: nearly all of them) cannot.
        const qsizetype n = p - start;
        if (n <= 18 && std::all_of(start, p, [](char c) { return (c >= '0' && c <= '9') || c == '-'; }))
            return true;
        char buffer[64];
        if (n >= qsizetype(sizeof buffer))
            return false;
        std::memcpy(buffer, start, size_t(n));
        buffer[n] = '\0';
        return std::isfinite(std::strtod(buffer, nullptr));
    }

    bool numberSyntax()
    {
        if (p < end && *p == '-')
            ++p;
        if (p >= end)
            return false;
        if (*p == '0') {
            ++p;
        } else if (*p >= '1' && *p <= '9') {
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        } else {
            return false;
        }
        if (p < end && *p == '.') {
            ++p;
            if (p >= end || *p < '0' || *p > '9')
                return false;
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (p >= end || *p < '0' || *p > '9')
                return false;
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        }
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > 32)
            return false;
        ws();
        if (p >= end)
            return false;
        switch (*p) {
        case '{': return object([&](QByteArrayView) { return skipValue(depth + 1); });
        case '[': return array([&] { return skipValue(depth + 1); });
        case '"': {
            QByteArrayView ignored;
            return rawString(ignored);
        }
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    // A string's raw bytes between the quotes, checked: valid escapes, no control characters, valid UTF-8.
    bool rawString(QByteArrayView &out)
    {
        if (p >= end || *p != '"')
            return false;
        const char *start = ++p;
        while (p < end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                out = QByteArrayView(start, p - start);
                ++p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (++p >= end)
                    return false;
                switch (*p) {
                case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': ++p; break;
                case 'u':
                    for (int i = 1; i <= 4; ++i) {
                        if (p + i >= end || !isHex(p[i]))
                            return false;
                    }
                    p += 5;
                    break;
                default: return false;
                }
                continue;
            }
            if (c < 0x80) {
                ++p;
                continue;
            }
            if (!utf8Sequence())
                return false;
        }
        return false;
    }

    static bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    // One multi-byte UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
    bool utf8Sequence()
    {
        const auto b0 = static_cast<unsigned char>(*p);
        int n = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2;
            if (b0 == 0xE0)
                lo = 0xA0;
            else if (b0 == 0xED)
                hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3;
            if (b0 == 0xF0)
                lo = 0x90;
            else if (b0 == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (end - p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            const auto b = static_cast<unsigned char>(p[i]);
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
                return false;
        }
        p += n + 1;
        return true;
    }

    bool string(QString &out)
    {
        ws();
        QByteArrayView raw;
        if (!rawString(raw))
            return false;
        if (!raw.contains('\\')) {
            out = QString::fromUtf8(raw);
            return true;
        }
        return unescape(raw, out);
    }

    static bool unescape(QByteArrayView raw, QString &out)
    {
        QString s;
        s.reserve(raw.size());
        const char *q = raw.data();
        const char *e = q + raw.size();
        while (q < e) {
            const char *run = q;
            while (q < e && *q != '\\')
                ++q;
            if (q > run)
                s += QString::fromUtf8(run, q - run);
            if (q >= e)
                break;
            ++q;  // the backslash; rawString checked what follows
            switch (*q++) {
            case '"': s += u'"'; break;
            case '\\': s += u'\\'; break;
            case '/': s += u'/'; break;
            case 'b': s += u'\b'; break;
            case 'f': s += u'\f'; break;
            case 'n': s += u'\n'; break;
            case 'r': s += u'\r'; break;
            case 't': s += u'\t'; break;
            case 'u': {
                const char16_t unit = char16_t(QByteArrayView(q, 4).toUShort(nullptr, 16));
                q += 4;
                // Lone surrogates: QJsonDocument has its own rules for them; let it decide.
                if (QChar::isHighSurrogate(unit)) {
                    if (e - q < 6 || q[0] != '\\' || q[1] != 'u')
                        return false;
                    const char16_t low = char16_t(QByteArrayView(q + 2, 4).toUShort(nullptr, 16));
                    if (!QChar::isLowSurrogate(low))
                        return false;
                    q += 6;
                    s += QChar(unit);
                    s += QChar(low);
                } else if (QChar::isLowSurrogate(unit)) {
                    return false;
                } else {
                    s += QChar(unit);
                }
                break;
            }
            default: return false;
            }
        }
        out = std::move(s);
        return true;
    }
};

} // namespace

bool scanOpenAiChunk(QByteArrayView json, QList<OpenAiChunkChoice> &choices)
{
    choices.clear();
    Scanner s(json);
    if (s.chunk(choices))
        return true;
    choices.clear();
    return false;
}

} // namespace ttc::providers

#include "net/SseParser.h"

namespace ttc::net {

namespace {
constexpr qsizetype kMaxUnframed = 64 * 1024;
}

void SseParser::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    if (!m_started && n > 0) {
        // A UTF-8 byte order mark at the very start of the stream is ignored (spec). It may itself be split.
        static constexpr char bom[] = "\xEF\xBB\xBF";
        if (!m_sawBom) {
            const qsizetype have = m_line.size();
            QByteArray probe = m_line + bytes.first(std::min<qsizetype>(n, 3 - have)).toByteArray();
            if (QByteArrayView(bom, probe.size()) == QByteArrayView(probe)) {
                if (probe.size() < 3) {
                    m_line = probe;
                    return;
                }
                i = 3 - have;
                m_line.clear();
            }
            m_sawBom = true;
        }
        m_started = true;
    }
    const char *p = bytes.data();
    if (m_pendingCr && i < n) {
        if (p[i] == '\n')
            ++i;
        m_pendingCr = false;
    }
    while (i < n) {
        // Find the next line terminator.
        qsizetype j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            ++j;
        if (j == n) {
            m_line.append(p + i, n - i);
            return;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p + i, j - i));
        } else {
            m_line.append(p + i, j - i);
            processLine(m_line);
            m_line.clear();
        }
        if (p[j] == '\r') {
            if (j + 1 < n) {
                if (p[j + 1] == '\n')
                    ++j;
            } else {
                m_pendingCr = true;
            }
        }
        i = j + 1;
    }
}

void SseParser::finish()
{
    if (!m_line.isEmpty()) {
        const QByteArray line = std::exchange(m_line, {});
        processLine(line);
    }
    if (m_hasData)
        dispatch();
    m_event.clear();
    m_pendingCr = false;
}

void SseParser::reset()
{
    m_line.clear();
    m_data.clear();
    m_event.clear();
    m_lastId.clear();
    m_unframed.clear();
    m_retryMs = -1;
    m_hasData = false;
    m_pendingCr = false;
    m_sawBom = false;
    m_started = false;
}

void SseParser::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.front() == ':')
        return;  // comment / keep-alive
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    } else if (field == "retry") {
        bool ok = false;
        const qint64 ms = value.toByteArray().toLongLong(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    } else if (m_unframed.size() < kMaxUnframed) {
        // Unknown fields are ignored by the spec; they are also kept here so adapters can recognise a raw JSON body
        // appended without "data:" (Gemini's mid-stream errors).
        if (!m_unframed.isEmpty())
            m_unframed.append('\n');
        m_unframed.append(line.data(), std::min<qsizetype>(line.size(), kMaxUnframed));
    }
}

void SseParser::dispatch()
{
    if (!m_hasData && m_event.isEmpty()) {
        return;
    }
    // Following the OpenAI SDK, an "event:" with no data is still delivered (with empty data); the WHATWG algorithm
    // would drop it. Adapters ignore what they do not know either way.
    SseEvent e{std::exchange(m_event, {}), std::exchange(m_data, {}), m_lastId};
    m_hasData = false;
    if (m_handler)
        m_handler(e);
}

} // namespace ttc::net

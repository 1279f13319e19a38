#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace ttc::net {

struct SseEvent
{
    QByteArray event;   // empty when the stream sent no "event:" field
    QByteArray data;    // UTF-8; multiple data: lines joined with '\n'
    QByteArray id;
};

// The WHATWG server-sent-events line parser over raw bytes. Lines end in LF, CR or CRLF (a CRLF split across two
// feeds is one line break). Works on bytes, so UTF-8 sequences split across reads and U+2028 inside JSON need no
// special care: line terminators are ASCII and never occur inside a multi-byte sequence.
//
// Deviation from the spec, on purpose: finish() dispatches a last event that has data but no blank line after it,
// since real provider streams (Anthropic, Gemini) end like that.
// Lines that are neither fields nor comments nor blank (a JSON error body appended without "data:") are kept in
// unframed() so adapters can report them.
class SseParser
{
public:
    using Handler = std::function<void(const SseEvent &)>;

    explicit SseParser(Handler handler) : m_handler(std::move(handler)) {}

    void feed(QByteArrayView bytes);
    // End of body: processes an unterminated last line and dispatches a pending event.
    void finish();
    void reset();

    // Lines that were not SSE fields (capped), joined with '\n'.
    const QByteArray &unframed() const { return m_unframed; }
    QByteArray lastEventId() const { return m_lastId; }
    qint64 retryMs() const { return m_retryMs; }

private:
    void processLine(QByteArrayView line);
    void dispatch();

    Handler m_handler;
    QByteArray m_line;          // an incomplete line carried over from the previous feed
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_lastId;
    QByteArray m_unframed;
    qint64 m_retryMs = -1;
    bool m_hasData = false;
    bool m_pendingCr = false;   // the last feed ended in CR: a leading LF in the next one belongs to it
    bool m_sawBom = false;
    bool m_started = false;
};

} // namespace ttc::net

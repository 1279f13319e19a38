#include "util/Uuid.h"

#include "util/Clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace ttc {

UuidV7Generator::UuidV7Generator(const Clock &clock) : m_clock(clock) {}

QString UuidV7Generator::next()
{
    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same millisecond, or the wall clock went back: stay monotonic by counting on from the last id.
        ms = m_lastMs;
        if (++m_counter > 0x0fff) {
            ++ms;
            m_counter = quint16(QRandomGenerator::system()->bounded(0x0800));
        }
    } else {
        m_counter = quint16(QRandomGenerator::system()->bounded(0x0800));  // leave headroom for counting
    }
    m_lastMs = ms;

    quint8 b[16];
    const quint64 t = quint64(ms) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(t >> (8 * (5 - i)));
    b[6] = quint8(0x70 | ((m_counter >> 8) & 0x0f));
    b[7] = quint8(m_counter & 0xff);
    const quint64 r = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = quint8(r >> (8 * i));
    b[8] = quint8(0x80 | (b[8] & 0x3f));

    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0f]);
    }
    return out;
}

bool UuidV7Generator::isValid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

qint64 UuidV7Generator::timestampMs(const QString &uuid)
{
    if (!isValid(uuid))
        return -1;
    QString hex = uuid.left(13);
    hex.remove(QLatin1Char('-'));
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace ttc

#pragma once

#include <QString>
#include <QtGlobal>

namespace ttc {

class Clock;

// RFC 9562 UUID version 7: time-ordered, so ids sort by creation and index well.
// Ids made by one generator are strictly increasing even within one millisecond.
class UuidV7Generator
{
public:
    explicit UuidV7Generator(const Clock &clock);

    QString next();

    static bool isValid(const QString &text);
    static qint64 timestampMs(const QString &uuid);  // -1 when not a v7 UUID

private:
    const Clock &m_clock;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;  // the 12-bit rand_a field, used as a counter within one millisecond
};

} // namespace ttc

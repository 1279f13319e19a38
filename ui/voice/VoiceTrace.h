#pragma once

#include <QDateTime>
#include <QFile>
#include <QString>

namespace ttc::voice {

// Test and benchmark hook: with TTC_VOICE_TRACE=FILE, each voice event is appended as "<epoch ms> <event> [detail]".
// External drivers (xdotool tests, the latency benchmark) read it; without the variable it costs one getenv.
inline void trace(const char *event, const QString &detail = {})
{
    static const QString path = qEnvironmentVariable("TTC_VOICE_TRACE");
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly))
        return;
    QByteArray line = QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ' ' + event;
    if (!detail.isEmpty())
        line += ' ' + detail.toUtf8();
    f.write(line + '\n');
}

} // namespace ttc::voice

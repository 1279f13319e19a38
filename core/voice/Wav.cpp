#include "voice/Wav.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ttc::voice {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc::voice", text);
}

Error bad(const QString &why)
{
    return Error{QStringLiteral("bad_wav"), tr("Not a usable WAV file: %1").arg(why)};
}

quint16 u16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 u32(const char *p) { return qFromLittleEndian<quint32>(p); }

} // namespace

PcmAudio resampled(const PcmAudio &in, int rate)
{
    if (in.sampleRate == rate || in.samples.isEmpty() || rate <= 0) {
        PcmAudio same = in;
        same.sampleRate = rate > 0 ? rate : in.sampleRate;
        return same;
    }
    PcmAudio out;
    out.sampleRate = rate;
    const double step = double(in.sampleRate) / rate;
    const qsizetype n = qsizetype(std::floor(double(in.samples.size()) / step));
    out.samples.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double pos = i * step;
        const qsizetype a = qsizetype(pos);
        const qsizetype b = std::min(a + 1, in.samples.size() - 1);
        const double f = pos - double(a);
        out.samples[i] = qint16(std::lround(in.samples[a] * (1.0 - f) + in.samples[b] * f));
    }
    return out;
}

double rmsLevel(const qint16 *samples, qsizetype count)
{
    if (count <= 0)
        return 0.0;
    double sum = 0;
    for (qsizetype i = 0; i < count; ++i)
        sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / double(count)) / 32768.0;
}

Result<PcmAudio> parseWav(const QByteArray &bytes)
{
    const char *d = bytes.constData();
    if (bytes.size() < 12 || std::memcmp(d, "RIFF", 4) != 0 || std::memcmp(d + 8, "WAVE", 4) != 0)
        return bad(tr("no RIFF/WAVE header"));
    int format = 0, channels = 0, rate = 0, bits = 0;
    const char *data = nullptr;
    qsizetype dataLen = 0;
    for (qsizetype pos = 12; pos + 8 <= bytes.size();) {
        const quint32 len = u32(d + pos + 4);
        const qsizetype body = pos + 8;
        const qsizetype avail = std::min<qsizetype>(len, bytes.size() - body);
        if (std::memcmp(d + pos, "fmt ", 4) == 0 && avail >= 16) {
            format = u16(d + body);
            channels = u16(d + body + 2);
            rate = int(u32(d + body + 4));
            bits = u16(d + body + 14);
            if (format == 0xFFFE && avail >= 26)  // WAVE_FORMAT_EXTENSIBLE: the sub-format GUID starts with the tag
                format = u16(d + body + 24);
        } else if (std::memcmp(d + pos, "data", 4) == 0) {
            data = d + body;
            // Streaming writers leave 0 or 0xFFFFFFFF as the length: take what is there.
            dataLen = (len == 0 || len == 0xFFFFFFFFu) ? bytes.size() - body : avail;
            break;
        }
        pos = body + qsizetype(len) + (len & 1);
    }
    if (!format)
        return bad(tr("no fmt chunk"));
    if (!data)
        return bad(tr("no data chunk"));
    if (channels < 1 || rate < 1000 || rate > 384000)
        return bad(tr("%1 channels at %2 Hz").arg(channels).arg(rate));
    const bool isFloat = format == 3 && bits == 32;
    if (!(format == 1 && (bits == 8 || bits == 16 || bits == 24 || bits == 32)) && !isFloat)
        return bad(tr("format %1 with %2 bits is not PCM").arg(format).arg(bits));

    const int bytesPerSample = bits / 8;
    const qsizetype frames = dataLen / (bytesPerSample * channels);
    PcmAudio out;
    out.sampleRate = rate;
    out.samples.resize(frames);
    for (qsizetype f = 0; f < frames; ++f) {
        double sum = 0;
        for (int c = 0; c < channels; ++c) {
            const char *p = data + (f * channels + c) * bytesPerSample;
            double v = 0;
            if (isFloat) {
                float x;
                std::memcpy(&x, p, 4);
                v = double(x);
            } else if (bits == 8) {
                v = (double(quint8(*p)) - 128.0) / 128.0;
            } else if (bits == 16) {
                v = double(qint16(u16(p))) / 32768.0;
            } else if (bits == 24) {
                const qint32 x = qint32(quint32(quint8(p[0])) << 8 | quint32(quint8(p[1])) << 16 |
                                        quint32(quint8(p[2])) << 24) >> 8;
                v = double(x) / 8388608.0;
            } else {
                v = double(qint32(u32(p))) / 2147483648.0;
            }
            sum += v;
        }
        out.samples[f] = qint16(std::clamp(std::lround(sum / channels * 32768.0), -32768L, 32767L));
    }
    return out;
}

Result<PcmAudio> readWav(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io"), tr("Cannot read %1: %2").arg(path, f.errorString())};
    return parseWav(f.readAll());
}

QByteArray wavHeader(int sampleRate, quint32 dataBytes)
{
    QByteArray h(44, '\0');
    char *p = h.data();
    std::memcpy(p, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, p + 4);
    std::memcpy(p + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(1, p + 20);  // PCM
    qToLittleEndian<quint16>(1, p + 22);  // mono
    qToLittleEndian<quint32>(quint32(sampleRate), p + 24);
    qToLittleEndian<quint32>(quint32(sampleRate) * 2, p + 28);
    qToLittleEndian<quint16>(2, p + 32);
    qToLittleEndian<quint16>(16, p + 34);
    std::memcpy(p + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, p + 40);
    return h;
}

QByteArray toWav(const PcmAudio &audio)
{
    const quint32 dataBytes = quint32(audio.samples.size() * 2);
    QByteArray out = wavHeader(audio.sampleRate, dataBytes);
    out.reserve(44 + qsizetype(dataBytes));
    for (qint16 s : audio.samples) {
        char b[2];
        qToLittleEndian<qint16>(s, b);
        out.append(b, 2);
    }
    return out;
}

Result<void> writeWav(const QString &path, const PcmAudio &audio)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toWav(audio)) < 0 || !f.commit())
        return Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

} // namespace ttc::voice

#pragma once

#include "Result.h"
#include "voice/Audio.h"

#include <QByteArray>
#include <QString>

namespace ttc::voice {

// RIFF/WAVE for the project's own files: reads 8/16/24/32-bit integer and 32-bit float PCM with any channel count
// (mixed down to mono), writes 16-bit mono.
Result<PcmAudio> parseWav(const QByteArray &bytes);
Result<PcmAudio> readWav(const QString &path);
QByteArray toWav(const PcmAudio &audio);
Result<void> writeWav(const QString &path, const PcmAudio &audio);

// A header for 16-bit mono PCM of dataBytes length, for writers that stream and patch it at the end.
QByteArray wavHeader(int sampleRate, quint32 dataBytes);

} // namespace ttc::voice

#pragma once

#include "Result.h"
#include "voice/Audio.h"

#include <QString>
#include <QStringList>

namespace ttc::voice {

// Offline synthesis to samples with libflite (Qt 6.4's QTextToSpeech cannot write a file). Thread-safe: flite's
// global state is guarded internally.
class FliteSynthesizer
{
public:
    static QStringList voices();            // "slt", "kal16", "awb", "rms", "kal"
    static QString defaultVoice() { return QStringLiteral("slt"); }
    // rate: 1.0 normal, 2.0 twice as fast; volume 0..1.
    static Result<PcmAudio> synthesize(const QString &text, const QString &voice = {}, double rate = 1.0,
                                       double volume = 1.0);
};

} // namespace ttc::voice

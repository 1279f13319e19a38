#pragma once

#include "Result.h"
#include "voice/Audio.h"
#include "voice/SpeechEngines.h"

#include <QString>

#include <memory>

struct ps_decoder_s;
struct cmd_ln_s;

namespace ttc::voice {

// Offline recognition with pocketsphinx (bookworm's 5prealpha API: cmd_ln_init/ps_init). Synchronous and not
// thread-safe: one instance lives on one worker thread. Loading the model takes a moment; decoding is faster
// than real time.
class PocketSphinxDecoder
{
public:
    struct Config
    {
        QString modelDir;  // empty: TTC_POCKETSPHINX_MODELDIR, else the build's pocketsphinx model folder
    };

    static Result<std::unique_ptr<PocketSphinxDecoder>> create(const Config &config);
    ~PocketSphinxDecoder();

    // Commands: the command grammar only (an out-of-grammar utterance comes back with no command).
    // Dictation: the general language model. Auto: commands first, dictation when it is not a command.
    Result<Transcript> decode(const PcmAudio &audio, SttOptions::Mode mode);

    static QString defaultModelDir();

private:
    struct Pass
    {
        QString text;
        qint64 endOfPrefixSample = -1;  // where "search history for" ended, for the query pass
    };
    PocketSphinxDecoder() = default;
    Result<Pass> run(const char *search, const qint16 *samples, qsizetype count);

    ps_decoder_s *m_ps = nullptr;
    cmd_ln_s *m_config = nullptr;
};

} // namespace ttc::voice

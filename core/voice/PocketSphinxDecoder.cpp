#include "voice/PocketSphinxDecoder.h"

#include "voice/VoiceLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <pocketsphinx.h>
#include <sphinxbase/err.h>

#ifndef TTC_POCKETSPHINX_MODELDIR
#define TTC_POCKETSPHINX_MODELDIR "/usr/share/pocketsphinx/model"
#endif

namespace ttc::voice {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc::voice::PocketSphinxDecoder", text);
}

constexpr char kCommands[] = "commands";
constexpr char kDictation[] = "dictation";
constexpr int kSamplesPerFrame = kRecognizerRate / 100;  // pocketsphinx's default 100 frames per second

// The grammar pass sometimes puts one short filler word in front of a command where the clip starts with a click
// or breath; a single such word before an exact command still counts as the command.
VoiceCommand parseGrammarResult(const QString &text)
{
    VoiceCommand c = parseCommand(text);
    if (c.isCommand())
        return c;
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0 && space <= 3 && fillerWords().contains(text.left(space)))
        return parseCommand(text.mid(space + 1));
    return c;
}

} // namespace

QString PocketSphinxDecoder::defaultModelDir()
{
    const QString env = qEnvironmentVariable("TTC_POCKETSPHINX_MODELDIR");
    return env.isEmpty() ? QStringLiteral(TTC_POCKETSPHINX_MODELDIR) : env;
}

Result<std::unique_ptr<PocketSphinxDecoder>> PocketSphinxDecoder::create(const Config &config)
{
    const QString dir = config.modelDir.isEmpty() ? defaultModelDir() : config.modelDir;
    const QByteArray hmm = QFile::encodeName(dir + QStringLiteral("/en-us/en-us"));
    const QByteArray dict = QFile::encodeName(dir + QStringLiteral("/en-us/cmudict-en-us.dict"));
    const QByteArray lm = QFile::encodeName(dir + QStringLiteral("/en-us/en-us.lm.bin"));
    for (const QByteArray &p : {hmm, dict, lm}) {
        if (!QFileInfo::exists(QFile::decodeName(p)))
            return Error{QStringLiteral("stt_model_missing"),
                         tr("The offline speech model is missing (%1). Install the package pocketsphinx-en-us.")
                             .arg(QFile::decodeName(p))};
    }
    // pocketsphinx logs a lot to stderr by default; our own log says what matters.
    err_set_logfp(nullptr);
    cmd_ln_t *cfg = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-dict", dict.constData(), "-lm",
                                lm.constData(), "-logfn", "/dev/null", nullptr);
    if (!cfg)
        return Error{QStringLiteral("stt_init"), tr("The offline speech recognizer could not read its settings.")};
    ps_decoder_t *ps = ps_init(cfg);
    if (!ps) {
        cmd_ln_free_r(cfg);
        return Error{QStringLiteral("stt_init"), tr("The offline speech recognizer could not load its model.")};
    }
    std::unique_ptr<PocketSphinxDecoder> d(new PocketSphinxDecoder);
    d->m_ps = ps;
    d->m_config = cfg;
    if (ps_set_lm_file(ps, kDictation, lm.constData()) < 0 ||
        ps_set_jsgf_string(ps, kCommands, commandGrammar().toUtf8().constData()) < 0)
        return Error{QStringLiteral("stt_init"), tr("The offline speech recognizer rejected the command grammar.")};
    return d;
}

PocketSphinxDecoder::~PocketSphinxDecoder()
{
    if (m_ps)
        ps_free(m_ps);
    if (m_config)
        cmd_ln_free_r(m_config);
}

Result<PocketSphinxDecoder::Pass> PocketSphinxDecoder::run(const char *search, const qint16 *samples, qsizetype count)
{
    if (ps_set_search(m_ps, search) < 0 || ps_start_utt(m_ps) < 0)
        return Error{QStringLiteral("stt_decode"), tr("The offline speech recognizer could not start.")};
    // Whole-utterance decoding: the recorder has already cut the utterance.
    ps_process_raw(m_ps, samples, size_t(count), FALSE, TRUE);
    ps_end_utt(m_ps);
    Pass pass;
    int32 score = 0;
    const char *hyp = ps_get_hyp(m_ps, &score);
    pass.text = hyp ? QString::fromUtf8(hyp).simplified() : QString();
    if (qstrcmp(search, kCommands) == 0) {
        // Where the word "for" of "search history for" ends, so that the query can be decoded with the language model.
        QStringList words;
        for (ps_seg_t *seg = ps_seg_iter(m_ps); seg; seg = ps_seg_next(seg)) {
            const QString w = QString::fromUtf8(ps_seg_word(seg));
            if (w.startsWith(QLatin1Char('<')) || w.startsWith(QLatin1Char('[')))
                continue;
            words.append(w);
            if (words.size() >= 3 && words.mid(words.size() - 3) ==
                    QStringList{QStringLiteral("search"), QStringLiteral("history"), QStringLiteral("for")}) {
                int sf = 0, ef = 0;
                ps_seg_frames(seg, &sf, &ef);
                pass.endOfPrefixSample = qint64(ef + 6) * kSamplesPerFrame;  // past the tail of "for"
                ps_seg_free(seg);
                break;
            }
        }
    }
    return pass;
}

Result<Transcript> PocketSphinxDecoder::decode(const PcmAudio &input, SttOptions::Mode mode)
{
    QElapsedTimer timer;
    timer.start();
    PcmAudio audio = resampled(input, kRecognizerRate);
    // A little silence on both sides: clips cut right at the first sound otherwise start with a phantom word.
    if (!audio.isEmpty()) {
        const QList<qint16> pad(kRecognizerRate / 4, 0);
        audio.samples = pad + audio.samples + pad;
    }
    Transcript t;
    t.engine = QStringLiteral("local");
    t.model = QStringLiteral("pocketsphinx-en-us");
    t.audioSeconds = audio.seconds();
    if (audio.isEmpty()) {
        t.elapsedMs = timer.elapsed();
        return t;
    }

    if (mode != SttOptions::Mode::Dictation) {
        Result<Pass> g = run(kCommands, audio.samples.constData(), audio.samples.size());
        if (!g)
            return g.error();
        const VoiceCommand c = parseGrammarResult(g->text);
        if (c.kind == CommandKind::SearchHistory && g->endOfPrefixSample > 0 &&
            g->endOfPrefixSample < audio.samples.size()) {
            // The grammar only knows a few filler words; the query itself needs the language model.
            Result<Pass> q = run(kDictation, audio.samples.constData() + g->endOfPrefixSample,
                                 audio.samples.size() - g->endOfPrefixSample);
            if (!q)
                return q.error();
            QString query = q->text;
            // The tail sometimes still holds the end of "for".
            static const QRegularExpression forTail(QStringLiteral("^(for|four|fore|or|our)\\s+"));
            query.remove(forTail);
            if (query.isEmpty())
                query = c.argument;
            t.text = commandPhrase(CommandKind::SearchHistory) + QLatin1Char(' ') + query;
            t.command = {CommandKind::SearchHistory, query};
        } else if (c.isCommand()) {
            t.text = commandPhrase(c.kind);
            t.command = c;
        } else if (mode == SttOptions::Mode::Commands) {
            t.text = g->text;
        }
        if (t.command.isCommand() || mode == SttOptions::Mode::Commands) {
            t.elapsedMs = timer.elapsed();
            qCDebug(lcVoice) << "grammar pass:" << g->text << "->" << commandId(t.command.kind);
            return t;
        }
    }
    Result<Pass> d = run(kDictation, audio.samples.constData(), audio.samples.size());
    if (!d)
        return d.error();
    t.text = d->text;
    if (mode == SttOptions::Mode::Auto)
        t.command = parseCommand(d->text);
    t.elapsedMs = timer.elapsed();
    return t;
}

} // namespace ttc::voice

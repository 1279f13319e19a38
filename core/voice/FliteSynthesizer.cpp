#include "voice/FliteSynthesizer.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <mutex>

extern "C" {
#include <flite/flite.h>
#ifndef TTC_FLITE_DLOPEN
cst_voice *register_cmu_us_slt(const char *voxdir);
cst_voice *register_cmu_us_kal16(const char *voxdir);
cst_voice *register_cmu_us_kal(const char *voxdir);
cst_voice *register_cmu_us_awb(const char *voxdir);
cst_voice *register_cmu_us_rms(const char *voxdir);
#endif
}

#ifdef TTC_FLITE_DLOPEN
#include <dlfcn.h>
#endif

namespace ttc::voice {

namespace {

std::mutex &fliteMutex()
{
    static std::mutex m;
    return m;
}

cst_voice *voiceFor(const QString &name)
{
    static QHash<QString, cst_voice *> voices;
    static bool initialized = false;
    if (!initialized) {
        flite_init();
        initialized = true;
    }
    if (cst_voice *v = voices.value(name))
        return v;
    cst_voice *v = nullptr;
#ifdef TTC_FLITE_DLOPEN
    // Each voice library is megabytes of data with ~45,000 relocations that the loader would touch at start-up of
    // every program linking it: they are opened when a voice is first used instead (and never closed).
    if (FliteSynthesizer::voices().contains(name)) {
        const QByteArray lib = "libflite_cmu_us_" + name.toLatin1() + ".so.1";
        const QByteArray symbol = "register_cmu_us_" + name.toLatin1();
        if (void *handle = dlopen(lib.constData(), RTLD_NOW | RTLD_LOCAL)) {
            using Register = cst_voice *(*)(const char *);
            if (auto fn = reinterpret_cast<Register>(dlsym(handle, symbol.constData())))
                v = fn(nullptr);
        }
    }
#else
    if (name == QLatin1String("slt"))
        v = register_cmu_us_slt(nullptr);
    else if (name == QLatin1String("kal16"))
        v = register_cmu_us_kal16(nullptr);
    else if (name == QLatin1String("kal"))
        v = register_cmu_us_kal(nullptr);
    else if (name == QLatin1String("awb"))
        v = register_cmu_us_awb(nullptr);
    else if (name == QLatin1String("rms"))
        v = register_cmu_us_rms(nullptr);
#endif
    if (v)
        voices.insert(name, v);
    return v;
}

} // namespace

QStringList FliteSynthesizer::voices()
{
    return {QStringLiteral("slt"), QStringLiteral("kal16"), QStringLiteral("awb"), QStringLiteral("rms"),
            QStringLiteral("kal")};
}

Result<PcmAudio> FliteSynthesizer::synthesize(const QString &text, const QString &voiceName, double rate,
                                              double volume)
{
    const QString name = voiceName.isEmpty() ? defaultVoice() : voiceName;
    if (text.trimmed().isEmpty())
        return Error{QStringLiteral("tts_empty"), QCoreApplication::translate("ttc::voice::Flite", "Nothing to say.")};
    std::lock_guard lock(fliteMutex());
    cst_voice *voice = voiceFor(name);
    if (!voice)
        return Error{QStringLiteral("tts_voice"),
                     QCoreApplication::translate("ttc::voice::Flite", "Unknown offline voice \"%1\"; voices: %2.")
                         .arg(name, voices().join(QStringLiteral(", ")))};
    feat_set_float(voice->features, "duration_stretch", float(1.0 / std::clamp(rate, 0.25, 4.0)));
    cst_wave *w = flite_text_to_wave(text.toUtf8().constData(), voice);
    if (!w)
        return Error{QStringLiteral("tts_failed"),
                     QCoreApplication::translate("ttc::voice::Flite", "The offline voice could not say that.")};
    PcmAudio out;
    out.sampleRate = cst_wave_sample_rate(w);
    const int n = cst_wave_num_samples(w) * std::max(1, cst_wave_num_channels(w));
    out.samples.resize(n);
    const double gain = std::clamp(volume, 0.0, 1.0);
    for (int i = 0; i < n; ++i)
        out.samples[i] = qint16(std::lround(w->samples[i] * gain));
    delete_wave(w);
    return out;
}

} // namespace ttc::voice

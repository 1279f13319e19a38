// ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation] [--json]
// ttc speak TEXT [--engine local|openai|elevenlabs] [--voice V] [--rate R] [--out FILE]
#include "Cli.h"

#include "account/AccountQuotaGuard.h"
#include "keys/KeyRing.h"
#include "keys/SecretStore.h"
#include "providers/ProviderTypes.h"
#include "settings/Settings.h"
#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Uuid.h"
#include "voice/CloudEngines.h"
#include "voice/LocalEngines.h"
#include "voice/SpeechEngines.h"
#include "voice/Wav.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <cstdio>

namespace ttc::cli {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc::cli", text);
}

// The CLI has no other work to do while an engine runs; a local loop is the simplest honest wait here.
template<typename Job>
void waitFor(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int exitFor(const Error &e)
{
    using providers::ErrorKind;
    for (int k = int(ErrorKind::MissingKey); k <= int(ErrorKind::Other); ++k)
        if (e.code == providers::errorCode(ErrorKind(k)))
            return providers::exitCodeFor(ErrorKind(k));
    return Failure;
}

int transcribe(Context &ctx, const QStringList &args, const voice::EngineRegistry &registry)
{
    QCommandLineParser p;
    const QCommandLineOption engine{QStringLiteral("engine"), tr("local or openai."), QStringLiteral("ENGINE"),
                                    QStringLiteral("local")};
    const QCommandLineOption mode{QStringLiteral("mode"), tr("auto, commands or dictation."), QStringLiteral("MODE"),
                                  QStringLiteral("auto")};
    const QCommandLineOption model{QStringLiteral("model"), tr("Cloud model."), QStringLiteral("MODEL")};
    const QCommandLineOption json{QStringLiteral("json"), tr("Print JSON.")};
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    p.addOptions({engine, mode, model, json, help});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("A WAV file."));
    const QString usage = tr("Usage: ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation]"
                             " [--json]\n");
    if (!p.parse(QStringList{QStringLiteral("ttc")} + args))
        return ctx.fail(Usage, p.errorText() + QLatin1Char('\n') + usage);
    if (p.isSet(help)) {
        ctx.out() << usage;
        return Ok;
    }
    if (p.positionalArguments().size() != 1)
        return ctx.fail(Usage, usage.trimmed());
    voice::SttOptions options;
    const QString m = p.value(mode);
    if (m == QLatin1String("commands"))
        options.mode = voice::SttOptions::Mode::Commands;
    else if (m == QLatin1String("dictation"))
        options.mode = voice::SttOptions::Mode::Dictation;
    else if (m != QLatin1String("auto"))
        return ctx.fail(Usage, tr("--mode expects auto, commands or dictation"));
    options.model = p.value(model);

    std::unique_ptr<voice::SpeechToText> stt = registry.createSpeechToText(p.value(engine));
    if (!stt)
        return ctx.fail(Usage, tr("Unknown speech-to-text engine \"%1\".").arg(p.value(engine)));
    Result<voice::PcmAudio> audio = voice::readWav(p.positionalArguments().first());
    if (!audio)
        return ctx.fail(Failure, audio.error());

    voice::SttJob *job = stt->transcribe(*audio, options, nullptr);
    waitFor(job);
    const Result<voice::Transcript> r = job->result();
    delete job;
    if (!r)
        return ctx.fail(exitFor(r.error()), r.error());
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("text"), r->text},
                      {QStringLiteral("engine"), r->engine},
                      {QStringLiteral("model"), r->model},
                      {QStringLiteral("audio_seconds"), r->audioSeconds},
                      {QStringLiteral("elapsed_ms"), r->elapsedMs}};
        if (r->command.isCommand()) {
            o.insert(QStringLiteral("command"), voice::commandId(r->command.kind));
            if (!r->command.argument.isEmpty())
                o.insert(QStringLiteral("argument"), r->command.argument);
        }
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        ctx.out() << r->text << '\n';
    }
    return Ok;
}

int speak(Context &ctx, const QStringList &args, const voice::EngineRegistry &registry)
{
    QCommandLineParser p;
    const QCommandLineOption engine{QStringLiteral("engine"), tr("local, openai or elevenlabs."),
                                    QStringLiteral("ENGINE"), QStringLiteral("local")};
    const QCommandLineOption voiceOpt{QStringLiteral("voice"), tr("Voice name or id."), QStringLiteral("VOICE")};
    const QCommandLineOption model{QStringLiteral("model"), tr("Cloud model."), QStringLiteral("MODEL")};
    const QCommandLineOption rate{QStringLiteral("rate"), tr("Speed, 1.0 is normal."), QStringLiteral("RATE"),
                                  QStringLiteral("1.0")};
    const QCommandLineOption out{{QStringLiteral("o"), QStringLiteral("out")}, tr("Write the audio to FILE."),
                                 QStringLiteral("FILE")};
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
    p.addOptions({engine, voiceOpt, model, rate, out, help});
    const QString usage = tr("Usage: ttc speak TEXT|- [--engine local|openai|elevenlabs] [--voice V] [--rate R]"
                             " [--out FILE]\nWithout --out the audio goes to stdout.\n");
    if (!p.parse(QStringList{QStringLiteral("ttc")} + args))
        return ctx.fail(Usage, p.errorText() + QLatin1Char('\n') + usage);
    if (p.isSet(help)) {
        ctx.out() << usage;
        return Ok;
    }
    if (p.positionalArguments().isEmpty())
        return ctx.fail(Usage, usage.trimmed());
    QString text = p.positionalArguments().join(QLatin1Char(' '));
    if (text == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(Failure, tr("Cannot read standard input."));
        text = QString::fromUtf8(in.readAll());
    }
    bool ok = false;
    voice::TtsOptions options;
    options.voice = p.value(voiceOpt);
    options.model = p.value(model);
    options.rate = p.value(rate).toDouble(&ok);
    if (!ok || options.rate <= 0)
        return ctx.fail(Usage, tr("--rate expects a positive number"));
    if (!p.isSet(out) && ctx.stdoutIsTerminal())
        return ctx.fail(Usage, tr("Refusing to write audio to a terminal: use --out FILE or a pipe."));

    std::unique_ptr<voice::TextToSpeech> tts = registry.createTextToSpeech(p.value(engine));
    if (!tts)
        return ctx.fail(Usage, tr("Unknown text-to-speech engine \"%1\".").arg(p.value(engine)));

    voice::TtsJob *job = tts->synthesize(text, options, nullptr);
    waitFor(job);
    const Result<voice::SpeechAudio> r = job->result();
    delete job;
    if (!r)
        return ctx.fail(exitFor(r.error()), r.error());
    if (p.isSet(out)) {
        QSaveFile f(p.value(out));
        if (!f.open(QIODevice::WriteOnly) || f.write(r->bytes) < 0 || !f.commit())
            return ctx.fail(Failure, tr("Cannot write %1: %2").arg(p.value(out), f.errorString()));
    } else {
        ctx.out().flush();
        std::fwrite(r->bytes.constData(), 1, size_t(r->bytes.size()), stdout);
        std::fflush(stdout);
    }
    return Ok;
}

voice::EngineRegistry makeRegistry(Context &ctx)
{
    voice::EngineRegistry registry;
    voice::registerOfflineEngines(registry);
    registerCloudVoiceEngines(ctx, registry);
    return registry;
}

} // namespace

Command transcribeCommand()
{
    return {QStringLiteral("transcribe"), tr("speech to text from a WAV file (offline or OpenAI)"),
            [](Context &ctx, const QStringList &args) {
                const voice::EngineRegistry registry = makeRegistry(ctx);
                return transcribe(ctx, args, registry);
            }};
}

Command speakCommand()
{
    return {QStringLiteral("speak"), tr("text to speech into a file (offline, OpenAI or ElevenLabs)"),
            [](Context &ctx, const QStringList &args) {
                const voice::EngineRegistry registry = makeRegistry(ctx);
                return speak(ctx, args, registry);
            }};
}

// The plan comes from the signed-in account (its lease, or the last entitlement within grace); a profile without an
// account uses the local plan setting. On the free plan cloud voice is refused before any request is made.
static QString currentTier(Context &ctx)
{
    if (Result<QSqlDatabase> db = ctx.database()) {
        if (const std::optional<account::Allowance> a = account::accountAllowance(*db, ctx.clock().nowMs()))
            return a->tier;
    }
    Settings settings(ctx.profile().settingsPath());
    return chat::LocalQuotaGuard::tierFrom(&settings);
}

void registerCloudVoiceEngines(Context &ctx, voice::EngineRegistry &registry)
{
    static QNetworkAccessManager *network = new QNetworkAccessManager(QCoreApplication::instance());
    voice::CloudAccess access;
    access.network = network;
    access.clock = &ctx.clock();
    // Keychain first, then the environment, as for chat; the keychain is read only when a cloud engine asks.
    access.apiKey = [](const QString &provider) {
        static keys::KeychainSecretStore *store = new keys::KeychainSecretStore(keys::KeychainSecretStore::defaultServiceName(), QCoreApplication::instance());
        static keys::KeyRing *ring = new keys::KeyRing(*store, QCoreApplication::instance());
        if (!ring->isLoaded()) {
            QEventLoop loop;
            QObject::connect(ring, &keys::KeyRing::loaded, &loop, &QEventLoop::quit);
            ring->load();
            if (!ring->isLoaded())
                loop.exec();
        }
        return ring->key(provider);
    };
    access.baseUrl = [](const QString &provider) { return voice::defaultVoiceBaseUrl(provider); };
    access.entitlement = [&ctx](const QString &) { return voice::cloudVoiceEntitlement(currentTier(ctx)); };
    access.recordUsage = [&ctx](const voice::VoiceUsage &u) {
        // Like a chat request: one pending usage event, synced later.
        Result<QSqlDatabase> db = ctx.database();
        if (!db)
            return;
        if (!voice::insertVoiceUsage(*db, ctx.ids().next(), ctx.clock().nowMs(), u))
            ctx.err() << tr("ttc: the usage of this request could not be recorded\n");
    };
    voice::registerCloudEngines(registry, access);
}

} // namespace ttc::cli

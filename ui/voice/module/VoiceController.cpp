#include "VoiceController.h"

#include "PortalGlobalHotkey.h"
#include "VoiceOverlay.h"
#include "ai/AiServices.h"
#include "app/CompanionApp.h"
#include "chat/QuotaGuard.h"
#include "keys/KeyRing.h"
#include "app/FeatureModule.h"
#include "settings/Settings.h"
#include "tray/TrayController.h"
#include "util/Clock.h"
#include "util/Uuid.h"
#include "voice/CloudEngines.h"
#include "voice/LocalEngines.h"
#include "voice/VoiceLogging.h"
#include "voice/VoiceShortcut.h"
#include "voice/VoiceTrace.h"
#include "voice/Wav.h"

#include <QDir>
#include <QMetaMethod>

namespace ttc {

VoiceController::VoiceController(CompanionApp &app, QObject *parent)
    : QObject(parent), m_app(app), m_recorder(new VoiceRecorder(this)), m_player(new SpeechPlayer(this)),
      m_ids(SystemClock::instance())
{
    voice::registerOfflineEngines(m_engines);
    voice::CloudAccess cloud;
    cloud.network = &app.network();
    cloud.clock = &SystemClock::instance();
    // The key ring of the chat (keychain first, then a session key, then the documented environment variables).
    cloud.apiKey = [this](const QString &provider) {
        if (m_app.hasAi() && m_app.ai().keys().isLoaded())
            return m_app.ai().keys().key(provider);
        return voice::voiceKeyFromEnvironment(provider);
    };
    cloud.baseUrl = [](const QString &provider) { return voice::defaultVoiceBaseUrl(provider); };
    // The plan of the account (or of the local settings without one); on the free plan cloud voice is refused with
    // the reason before any request. Asked right before a cloud request: one short query on the store's thread.
    cloud.entitlement = [this](const QString &) {
        QString tier = QStringLiteral("free");
        if (m_app.hasAi()) {
            QFuture<chat::QuotaStatus> status = m_app.ai().quota().status();
            status.waitForFinished();
            if (!status.isCanceled() && status.resultCount() > 0)
                tier = status.result().tier;
        }
        return voice::cloudVoiceEntitlement(tier);
    };
    cloud.recordUsage = [this](const voice::VoiceUsage &usage) {
        const QString id = m_ids.next();
        const qint64 now = SystemClock::instance().nowMs();
        (void)m_app.database().run([id, now, usage](QSqlDatabase &db) {
            if (Result<void> r = voice::insertVoiceUsage(db, id, now, usage); !r)
                qCWarning(lcVoice) << "usage not recorded:" << r.error().message;
        });
    };
    voice::registerCloudEngines(m_engines, cloud);
    connect(m_recorder, &VoiceRecorder::levelChanged, this, [this](double level) {
        if (m_overlay)
            m_overlay->setLevel(level);
        Q_EMIT levelChanged(level);
    });
    connect(m_recorder, &VoiceRecorder::finished, this, &VoiceController::onRecorded);
    connect(m_player, &SpeechPlayer::finished, this, [this] {
        voice::trace("speaking-finished");
        if (m_state == State::Speaking)
            setState(State::Idle);
    });
    connect(m_player, &SpeechPlayer::errorOccurred, this, &VoiceController::fail);
    connect(&m_app, &CompanionApp::featureLoaded, this, [this](const QString &feature) {
        if (feature == QLatin1String("chat"))
            connectChat();
    });
    connectChat();
}

VoiceController::~VoiceController()
{
    delete m_overlay;
}

void VoiceController::warm()
{
    (void)VoiceRecorder::inputDevices();  // the first enumeration connects to the sound server
    if (m_app.settings().voiceSttEngine() == QLatin1String("local")) {
        if (!m_stt || m_sttId != QLatin1String("local")) {
            m_stt = m_engines.createSpeechToText(QStringLiteral("local"));
            m_sttId = QStringLiteral("local");
        }
        static_cast<voice::LocalSpeechToText *>(m_stt.get())->preload();
    }
    voice::trace("warm");
}

void VoiceController::registerPortalShortcut(const QString &shortcut)
{
    const Result<HotkeySpec> spec = parseHotkey(shortcut);
    if (!spec)
        return;
    if (!m_portal) {
        m_portal = std::make_unique<PortalGlobalHotkey>();
        connect(m_portal.get(), &GlobalHotkey::activated, this, &VoiceController::toggle);
    }
    const Result<void> r = m_portal->setShortcut(*spec);
    if (!r)
        m_app.tray().showMessage(tr("Voice shortcut"), r.error().message, QSystemTrayIcon::Information, 20000);
}

void VoiceController::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void VoiceController::toggle()
{
    switch (m_state) {
    case State::Recording:
        stopRecording();
        break;
    case State::Speaking:
        stopSpeaking();
        startRecording();
        break;
    case State::Idle:
    case State::Transcribing:
        startRecording();
        break;
    }
}

void VoiceController::startRecording()
{
    if (m_state == State::Recording)
        return;
    if (m_sttJob)
        m_sttJob->cancel();
    VoiceRecorder::Options options;
    options.deviceId = m_app.settings().voiceInputDevice();
    options.maxSeconds = std::max(1, m_app.settings().voiceMaxSeconds());
    options.silenceMs = m_app.settings().voiceSilenceMs();
    const Result<void> r = m_recorder->start(options);
    if (!r) {
        fail(r.error().message);
        return;
    }
    voice::trace("recording-started", m_recorder->deviceDescription());
    setState(State::Recording);
    Q_EMIT recordingStarted();
    if (!m_overlay) {
        m_overlay = new VoiceOverlay;
        connect(m_overlay, &VoiceOverlay::stopRequested, this, &VoiceController::stopRecording);
    }
    const QString shortcut = m_app.voiceShortcut() ? m_app.voiceShortcut()->activeShortcut() : QString();
    m_overlay->showListening(m_recorder->deviceDescription(), shortcut);
    // The chat window comes up next to the recording; the microphone is already open.
    if (m_app.isFeatureAvailable(QStringLiteral("chat")))
        m_app.requestFeature(QStringLiteral("chat"), QStringLiteral("open"));
}

void VoiceController::stopRecording()
{
    m_recorder->stop();
}

void VoiceController::keepRecording(const voice::PcmAudio &audio)
{
    // The last utterance stays on disk until the next one, so an engine failure never loses what was said.
    const QString dir = m_app.profile().cacheDir() + QStringLiteral("/voice");
    QDir().mkpath(dir);
    const Result<void> r = voice::writeWav(dir + QStringLiteral("/last-recording.wav"), audio);
    if (!r)
        qCWarning(lcVoice) << "cannot keep the recording:" << r.error().message;
}

void VoiceController::onRecorded(const voice::PcmAudio &audio, VoiceRecorder::StopReason reason, const QString &error)
{
    voice::trace("recording-stopped", QStringLiteral("%1 %2").arg(int(reason)).arg(audio.seconds(), 0, 'f', 2));
    keepRecording(audio);
    if (!error.isEmpty())
        m_app.tray().showMessage(tr("Voice"), error, QSystemTrayIcon::Warning);
    if (audio.seconds() < 0.2) {
        setState(State::Idle);
        if (m_overlay)
            m_overlay->hide();
        return;
    }
    const QString engine = m_app.settings().voiceSttEngine();
    if (!m_stt || m_sttId != engine) {
        m_stt = m_engines.createSpeechToText(engine);
        m_sttId = engine;
    }
    if (!m_stt) {
        fail(tr("The speech recognizer \"%1\" is not available; choose another one in the voice settings.").arg(engine));
        return;
    }
    setState(State::Transcribing);
    if (m_overlay)
        m_overlay->showStatus(tr("Transcribing…"));
    m_sttJob = m_stt->transcribe(audio, {}, this);
    connect(m_sttJob, &voice::SttJob::finished, this, [this, job = m_sttJob] {
        job->deleteLater();
        if (!job->result()) {
            if (job->result().error().code != QLatin1String("cancelled"))
                fail(job->result().error().message);
            return;
        }
        onTranscript(*job->result());
    });
}

void VoiceController::onTranscript(const voice::Transcript &t)
{
    voice::trace("transcript", voice::commandId(t.command.kind) + QLatin1Char('|') + t.text);
    setState(State::Idle);
    Q_EMIT transcriptReady(t.text, voice::commandId(t.command.kind));
    if (t.text.isEmpty()) {
        if (m_overlay)
            m_overlay->showStatus(tr("Nothing was heard. Check the microphone and its level."), 4000);
        return;
    }
    if (m_overlay)
        m_overlay->showStatus(t.text, 2500);
    if (t.command.isCommand()) {
        runCommand(t.command);
        return;
    }
    if (!m_app.isFeatureAvailable(QStringLiteral("chat"))) {
        m_app.tray().showMessage(tr("Voice"), t.text);
        return;
    }
    m_app.requestFeature(QStringLiteral("chat"), QStringLiteral("setComposer"),
                         {{QStringLiteral("text"), t.text}, {QStringLiteral("send"), m_app.settings().voiceAutoSend()}});
}

void VoiceController::runCommand(const voice::VoiceCommand &c)
{
    switch (c.kind) {
    case voice::CommandKind::NewChat:
        m_app.requestFeature(QStringLiteral("chat"), QStringLiteral("newChat"));
        break;
    case voice::CommandKind::OpenBrowser:
        m_app.requestFeature(QStringLiteral("browser"), QStringLiteral("open"));
        break;
    case voice::CommandKind::ReadAgain:
        if (m_lastAnswer.isEmpty())
            m_app.tray().showMessage(tr("Voice"), tr("There is no answer to read yet."));
        else
            speak(m_lastAnswer);
        break;
    case voice::CommandKind::Stop:
        stopSpeaking();
        if (m_app.loadedFeature(QStringLiteral("chat")))
            m_app.requestFeature(QStringLiteral("chat"), QStringLiteral("stop"));
        break;
    case voice::CommandKind::SearchHistory:
        m_app.requestFeature(QStringLiteral("chat"), QStringLiteral("searchHistory"),
                             {{QStringLiteral("query"), c.argument}});
        break;
    case voice::CommandKind::None:
        break;
    }
}

void VoiceController::speak(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_lastAnswer = text;
    const QString engine = m_app.settings().voiceTtsEngine();
    if (!m_tts || m_ttsId != engine) {
        m_tts = m_engines.createTextToSpeech(engine);
        m_ttsId = engine;
    }
    if (!m_tts) {
        fail(tr("The voice \"%1\" is not available; choose another one in the voice settings.").arg(engine));
        return;
    }
    if (m_ttsJob)
        m_ttsJob->cancel();
    voice::TtsOptions options;
    options.voice = m_app.settings().voiceTtsVoice();
    options.rate = m_app.settings().voiceTtsRate();  // at synthesis: keeps the pitch
    m_player->setVolume(m_app.settings().voiceTtsVolume());
    voice::TtsJob *job = m_tts->synthesize(text, options, this);
    m_ttsJob = job;
    setState(State::Speaking);
    const bool streaming = job->mimeType() == QLatin1String("audio/mpeg");
    if (streaming)
        m_player->beginStream(job->mimeType());
    connect(job, &voice::TtsJob::audioData, this, [this, job, streaming](const QByteArray &chunk) {
        if (m_ttsJob != job)
            return;
        if (streaming)
            m_player->appendStream(chunk);
    });
    connect(job, &voice::TtsJob::finished, this, [this, job, streaming] {
        job->deleteLater();
        if (m_ttsJob != job)
            return;
        if (!job->result()) {
            if (job->result().error().code != QLatin1String("cancelled"))
                fail(job->result().error().message);
            return;
        }
        voice::trace("speaking-started");
        if (streaming)
            m_player->finishStream();
        else
            m_player->play(job->result()->bytes, job->result()->mimeType);
    });
}

void VoiceController::stopSpeaking()
{
    if (m_ttsJob)
        m_ttsJob->cancel();
    m_player->stop();
    if (m_state == State::Speaking)
        setState(State::Idle);
}

void VoiceController::pauseSpeaking()
{
    m_player->pause();
}

void VoiceController::resumeSpeaking()
{
    m_player->resume();
}

void VoiceController::connectChat()
{
    FeatureModule *chat = m_app.loadedFeature(QStringLiteral("chat"));
    QObject *api = chat ? chat->api() : nullptr;
    if (!api || api == m_chatApi)
        return;
    m_chatApi = api;
    const int index = api->metaObject()->indexOfSignal("answerFinished(QString)");
    if (index < 0) {
        qCInfo(lcVoice) << "the chat module has no answerFinished(QString) signal; answers are not spoken";
        return;
    }
    const int slot = metaObject()->indexOfMethod("onAnswerFinished(QString)");
    QMetaObject::connect(api, index, this, slot);
}

void VoiceController::onAnswerFinished(const QString &text)
{
    m_lastAnswer = text;
    if (m_app.settings().voiceAutoSpeak())
        speak(text);
}

void VoiceController::fail(const QString &message)
{
    qCWarning(lcVoice).noquote() << message;
    voice::trace("error", message);
    if (m_state != State::Recording)
        setState(State::Idle);
    if (m_overlay)
        m_overlay->showStatus(message, 6000);
    m_app.tray().showMessage(tr("Voice"), message, QSystemTrayIcon::Warning);
    Q_EMIT errorOccurred(message);
}

} // namespace ttc

// The voice feature module (plugin ttc-voice): recorder, player, speech engines and the voice query flow.
// Actions for CompanionApp::requestFeature("voice", action, args):
//   "open" / "toggle"  start a voice query, or stop the recording in progress (the shortcut and --voice)
//   "start", "stop"    start or stop recording
//   "speak" {text}     say text with the chosen voice;  "stopSpeaking", "pauseSpeaking", "resumeSpeaking"
//   "answer" {text}    a finished chat answer: remembered for "read that again", spoken when auto-speak is on
//   "warm"             load the speech model and audio devices ahead of the first query
//   "registerPortalShortcut" {shortcut}   Wayland: ask the desktop portal for the global shortcut
// api(): the VoiceController (signals stateChanged, levelChanged, recordingStarted, transcriptReady, errorOccurred).
#include "VoiceController.h"
#include "app/CompanionApp.h"
#include "app/FeatureModule.h"
#include "voice/VoiceLogging.h"

#include <QObject>

namespace {

class VoiceModule final : public QObject, public ttc::FeatureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TTC_FEATURE_MODULE_IID)
    Q_INTERFACES(ttc::FeatureModule)

public:
    void initialize(ttc::CompanionApp &app) override { m_controller = new ttc::VoiceController(app, this); }

    void handle(const QString &action, const QVariantMap &arguments) override
    {
        const QString text = arguments.value(QStringLiteral("text")).toString();
        if (action == QLatin1String("open") || action == QLatin1String("toggle"))
            m_controller->toggle();
        else if (action == QLatin1String("start"))
            m_controller->startRecording();
        else if (action == QLatin1String("stop"))
            m_controller->stopRecording();
        else if (action == QLatin1String("speak"))
            m_controller->speak(text);
        else if (action == QLatin1String("answer"))
            QMetaObject::invokeMethod(m_controller, "onAnswerFinished", Q_ARG(QString, text));
        else if (action == QLatin1String("stopSpeaking"))
            m_controller->stopSpeaking();
        else if (action == QLatin1String("pauseSpeaking"))
            m_controller->pauseSpeaking();
        else if (action == QLatin1String("resumeSpeaking"))
            m_controller->resumeSpeaking();
        else if (action == QLatin1String("warm"))
            m_controller->warm();
        else if (action == QLatin1String("registerPortalShortcut"))
            m_controller->registerPortalShortcut(arguments.value(QStringLiteral("shortcut")).toString());
        else
            qCWarning(lcVoice) << "unknown voice action" << action;
    }

    QObject *api() override { return m_controller; }

    void shutdown() override
    {
        m_controller->stopRecording();
        m_controller->stopSpeaking();
    }

private:
    ttc::VoiceController *m_controller = nullptr;
};

} // namespace

#include "VoiceModule.moc"

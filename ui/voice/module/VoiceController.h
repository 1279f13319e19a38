#pragma once

#include "SpeechPlayer.h"
#include "VoiceRecorder.h"
#include "util/Uuid.h"
#include "voice/SpeechEngines.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ttc {

class CompanionApp;
class GlobalHotkey;
class VoiceOverlay;

// The voice query: shortcut → chat window shown and recording → second press or trailing silence stops →
// transcript: an app command is carried out offline, anything else goes to the chat composer (sent when
// voice/autoSend) → the answer is spoken when voice/autoSpeak. This object is the voice module's api():
// other features use its signals and invokables.
//
// What it asks of the chat module (CompanionApp::requestFeature("chat", action, args)):
//   "open"; "newChat"; "stop"; "searchHistory" {query}; "setComposer" {text, send: bool}.
// What it listens to on the chat module's api(), when present: signal answerFinished(QString text) (speaks it when
// auto-speak is on, and remembers it for "read that again").
class VoiceController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(double level READ level NOTIFY levelChanged)

public:
    enum class State { Idle, Recording, Transcribing, Speaking };
    Q_ENUM(State)

    explicit VoiceController(CompanionApp &app, QObject *parent = nullptr);
    ~VoiceController() override;

    State state() const { return m_state; }
    double level() const { return m_recorder->level(); }

    // Loads the speech model and lists devices ahead of the first query.
    void warm();
    void registerPortalShortcut(const QString &shortcut);

    Q_INVOKABLE void toggle();
    Q_INVOKABLE void startRecording();
    Q_INVOKABLE void stopRecording();
    Q_INVOKABLE void speak(const QString &text);
    Q_INVOKABLE void stopSpeaking();
    Q_INVOKABLE void pauseSpeaking();
    Q_INVOKABLE void resumeSpeaking();
    Q_INVOKABLE void setLastAnswer(const QString &text) { m_lastAnswer = text; }

Q_SIGNALS:
    void stateChanged(ttc::VoiceController::State state);
    void levelChanged(double level);
    void recordingStarted();
    // The utterance as text; command is a commandId() ("" for dictation).
    void transcriptReady(const QString &text, const QString &command);
    void errorOccurred(const QString &message);

private Q_SLOTS:
    void onAnswerFinished(const QString &text);

private:
    void setState(State s);
    void onRecorded(const voice::PcmAudio &audio, VoiceRecorder::StopReason reason, const QString &error);
    void onTranscript(const voice::Transcript &t);
    void runCommand(const voice::VoiceCommand &c);
    void connectChat();
    void fail(const QString &message);
    void keepRecording(const voice::PcmAudio &audio);

    CompanionApp &m_app;
    VoiceRecorder *m_recorder;
    SpeechPlayer *m_player;
    VoiceOverlay *m_overlay = nullptr;
    UuidV7Generator m_ids;
    voice::EngineRegistry m_engines;
    std::unique_ptr<voice::SpeechToText> m_stt;
    QString m_sttId;
    std::unique_ptr<voice::TextToSpeech> m_tts;
    QString m_ttsId;
    QPointer<voice::SttJob> m_sttJob;
    QPointer<voice::TtsJob> m_ttsJob;
    std::unique_ptr<GlobalHotkey> m_portal;
    QPointer<QObject> m_chatApi;
    QString m_lastAnswer;
    State m_state = State::Idle;
};

} // namespace ttc

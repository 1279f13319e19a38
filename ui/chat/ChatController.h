#pragma once

#include "MessageListModel.h"
#include "SearchModel.h"
#include "SessionListModel.h"
#include "Theme.h"
#include "TurnRunner.h"
#include "store/ChatTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace ttc {
class Settings;
}

namespace ttc::chat {

class ChatStore;

// What the chat window asks of the app around it (CompanionApp in the tray app, lambdas in tests).
struct ChatHost
{
    std::function<void(const QString &name)> openWindow;       // "keys", "account"
    std::function<void(const QUrl &url)> openLink;             // built-in browser if present, else the system's
    std::function<void(const QString &text)> copyToClipboard;
};

// The chat window's brain, given to Main.qml: current session, composer and drafts, sending and streaming through
// a TurnRunner (ChatService), provider picker and usage meter, settings. Everything the store does runs on the
// database thread; this object only reacts to answers.
class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the chat module")
    Q_PROPERTY(ttc::chat::SessionListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(ttc::chat::MessageListModel *messages READ messages CONSTANT)
    Q_PROPERTY(ttc::chat::SearchModel *search READ search CONSTANT)
    Q_PROPERTY(ttc::chat::Theme *theme READ theme CONSTANT)
    Q_PROPERTY(QString currentSessionId READ currentSessionId NOTIFY currentSessionChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentSessionChanged)
    Q_PROPERTY(QString composerText READ composerText WRITE setComposerText NOTIFY composerTextChanged)
    Q_PROPERTY(int tokenEstimate READ tokenEstimate NOTIFY composerTextChanged)
    Q_PROPERTY(bool streaming READ isStreaming NOTIFY streamingChanged)
    Q_PROPERTY(bool aiAvailable READ isAiAvailable NOTIFY providersChanged)
    Q_PROPERTY(QVariantList providers READ providers NOTIFY providersChanged)
    Q_PROPERTY(QString provider READ provider WRITE setProvider NOTIFY providerChanged)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY providerChanged)
    Q_PROPERTY(QStringList models READ models NOTIFY providerChanged)
    Q_PROPERTY(QVariantMap usage READ usage NOTIFY usageChanged)
    Q_PROPERTY(bool alwaysOnTop READ alwaysOnTop WRITE setAlwaysOnTop NOTIFY alwaysOnTopChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    ChatController(ChatStore &store, Settings &settings, ChatHost host, QObject *parent = nullptr);
    ~ChatController() override;

    // The AI layer; nullptr until one is available (then sending explains that it is not).
    void setRunner(TurnRunner *runner);
    TurnRunner *runner() const { return m_runner; }

    SessionListModel *sessions() const { return m_sessions.get(); }
    MessageListModel *messages() const { return m_messages.get(); }
    SearchModel *search() const { return m_search.get(); }
    Theme *theme() const { return m_theme.get(); }

    QString currentSessionId() const { return m_sessionId; }
    QString currentTitle() const;
    QString composerText() const { return m_composer; }
    void setComposerText(const QString &text);
    int tokenEstimate() const;
    bool isStreaming() const { return !m_turns.isEmpty(); }
    bool isAiAvailable() const { return m_runner != nullptr; }
    QVariantList providers() const;
    QString provider() const { return m_provider; }
    void setProvider(const QString &provider);
    QString model() const { return m_model; }
    void setModel(const QString &model);
    QStringList models() const;
    QVariantMap usage() const;
    bool alwaysOnTop() const;
    void setAlwaysOnTop(bool on);
    QString notice() const { return m_notice; }

    // Loads the last session (or none) and the session list; called when the window is first shown.
    void start();
    // Saves the draft and finishes pending deletions (before quitting).
    void shutdown();

    Q_INVOKABLE void newChat();
    Q_INVOKABLE void selectSession(const QString &sessionId);
    // A search hit: opens its session with the window centred on the message.
    Q_INVOKABLE void openMessage(const QString &sessionId, const QString &messageId);
    Q_INVOKABLE void renameSession(const QString &sessionId, const QString &title);
    Q_INVOKABLE void deleteSession(const QString &sessionId);
    Q_INVOKABLE void undoDelete();
    // Sends the composer's text. Returns false (with a notice) when it cannot.
    Q_INVOKABLE bool send();
    Q_INVOKABLE void stop();
    // Esc: stops a running reply and returns true; false when nothing was running (the window then hides).
    Q_INVOKABLE bool stopIfStreaming();
    // Asks again for the reply `assistantMessageId` (which is replaced), or the last one when empty.
    Q_INVOKABLE void regenerate(const QString &assistantMessageId = {});
    // Retry of a failed or interrupted reply: same as regenerate.
    Q_INVOKABLE void retry(const QString &assistantMessageId);
    // Replaces a user message (and everything after it) by new text and sends it.
    Q_INVOKABLE void editAndResend(const QString &userMessageId, const QString &text);
    Q_INVOKABLE void fixKey();
    Q_INVOKABLE void openLink(const QString &url);
    Q_INVOKABLE void copyText(const QString &text);
    // Writes the session as Markdown ("md") or JSON ("json") to a local file URL (from a file dialog).
    Q_INVOKABLE void exportSession(const QString &sessionId, const QString &format, const QUrl &file);
    Q_INVOKABLE QString suggestedExportName(const QString &sessionId, const QString &format) const;
    // Where the export dialog opens: the folder of the last export in this run, else Documents (or home).
    Q_INVOKABLE QUrl exportFolder() const;
    Q_INVOKABLE void setAppearance(const QString &appearance);
    Q_INVOKABLE void dismissNotice();
    Q_INVOKABLE void refreshProviders();

    // For other features (ChatApi): the text of the newest finished answer in the current session.
    QString lastAnswer() const;

Q_SIGNALS:
    void currentSessionChanged();
    void composerTextChanged();
    void streamingChanged();
    void providersChanged();
    void providerChanged();
    void usageChanged();
    void alwaysOnTopChanged();
    void noticeChanged();
    void focusComposerRequested();
    // An answer finished streaming (complete); text is the whole answer.
    void answerFinished(const QString &sessionId, const QString &messageId, const QString &text);
    // A reply failed or was stopped.
    void answerFailed(const QString &sessionId, const QString &messageId, const QString &reason);
    void exported(const QString &path);

private:
    struct Stream
    {
        store::Message message;
        bool dirty = false;
        bool keyProblem = false;
    };

    void setSession(const QString &sessionId, const QString &draft);
    void setNotice(const QString &text);
    void saveDraftNow();
    void startTurn(const QString &sessionId, const QString &text);
    void onTurnStarted(const QString &turnId, const QString &sessionId, const QString &userMessageId);
    void onDelta(const QString &turnId, const QString &text, bool reasoning);
    void onFinished(const QString &turnId, const QString &provider, const QString &model, int tokensIn,
                    int tokensOut);
    void onFailed(const QString &turnId, const QString &code, const QString &message, bool keyProblem,
                  bool quotaProblem);
    void flushStreams();
    void reloadMessage(const QString &messageId, std::function<void(const store::Message &)> then = {});
    // Deletes `fromMessageId` and every later message of the session, then starts a turn with text.
    void truncateAndSend(const QString &fromMessageId, const QString &text);
    void pickDefaultProvider();

    ChatStore &m_store;
    Settings &m_settings;
    ChatHost m_host;
    std::unique_ptr<Theme> m_theme;
    QString m_exportFolder;
    std::unique_ptr<SessionListModel> m_sessions;
    std::unique_ptr<MessageListModel> m_messages;
    std::unique_ptr<SearchModel> m_search;
    QPointer<TurnRunner> m_runner;
    QString m_sessionId;
    QString m_composer;
    QString m_draftSession;        // the session m_composer's draft belongs to
    QTimer m_draftTimer;
    QTimer m_streamTimer;          // coalesces deltas into one model update per frame
    QHash<QString, Stream> m_turns;
    QString m_provider;
    QString m_model;
    QString m_notice;
    bool m_started = false;
    bool m_creatingSession = false;
};

} // namespace ttc::chat

#pragma once

#include <QObject>
#include <QString>

namespace ttc::chat {

class ChatController;
class ChatWindow;

// What other features (voice, browser) use of the chat, through FeatureModule::api() of module "chat":
//   setComposerText(text)  puts text in the composer of the current chat (replacing what was there)
//   send()                 sends the composer's text; false when it cannot (empty, no provider, a reply running)
//   newChat()              starts a new, empty chat
//   stop()                 stops a running reply
//   show()                 shows and focuses the window
//   lastAnswer()           the newest complete answer of the current chat ("" if none)
//   isStreaming()          whether a reply is running
// Signals: answerFinished(text) when a reply completes; answerFailed(reason) when one fails or is stopped.
// Call them with QMetaObject::invokeMethod(api, "send") or through a QObject* and its meta-object, so the caller
// needs no header of this plugin.
class ChatApi : public QObject
{
    Q_OBJECT

public:
    ChatApi(ChatController &controller, ChatWindow &window, QObject *parent = nullptr);

    Q_INVOKABLE void setComposerText(const QString &text);
    Q_INVOKABLE bool send();
    Q_INVOKABLE void newChat();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void show();
    Q_INVOKABLE QString lastAnswer() const;
    Q_INVOKABLE bool isStreaming() const;

Q_SIGNALS:
    void answerFinished(const QString &text);
    void answerFailed(const QString &reason);

private:
    ChatController &m_controller;
    ChatWindow &m_window;
};

} // namespace ttc::chat

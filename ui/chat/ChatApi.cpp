#include "ChatApi.h"

#include "ChatController.h"
#include "ChatWindow.h"

namespace ttc::chat {

ChatApi::ChatApi(ChatController &controller, ChatWindow &window, QObject *parent)
    : QObject(parent), m_controller(controller), m_window(window)
{
    connect(&controller, &ChatController::answerFinished, this,
            [this](const QString &, const QString &, const QString &text) { Q_EMIT answerFinished(text); });
    connect(&controller, &ChatController::answerFailed, this,
            [this](const QString &, const QString &, const QString &reason) { Q_EMIT answerFailed(reason); });
}

void ChatApi::setComposerText(const QString &text)
{
    m_controller.setComposerText(text);
}

bool ChatApi::send()
{
    return m_controller.send();
}

void ChatApi::newChat()
{
    m_controller.newChat();
}

void ChatApi::stop()
{
    m_controller.stop();
}

void ChatApi::show()
{
    m_window.show();
}

QString ChatApi::lastAnswer() const
{
    return m_controller.lastAnswer();
}

bool ChatApi::isStreaming() const
{
    return m_controller.isStreaming();
}

} // namespace ttc::chat

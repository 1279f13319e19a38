#pragma once

#include "TurnRunner.h"
#include "chat/QuotaGuard.h"

#include <QPointer>

namespace ttc::ai {
class AiServices;
}

namespace ttc::chat {

// The app's TurnRunner: core/chat/ChatService for turns (it persists them), the provider registry and key ring for
// the picker, QuotaGuard for the usage meter and tier badges.
class ChatServiceRunner final : public TurnRunner
{
    Q_OBJECT

public:
    explicit ChatServiceRunner(ai::AiServices &ai, QObject *parent = nullptr);

    QString startTurn(const QString &sessionId, const QString &userText, const QString &provider,
                      const QString &model) override;
    void cancel(const QString &turnId) override;
    QList<ProviderChoice> providers() const override;
    UsageInfo usage() const override;
    void refresh() override;

private:
    ai::AiServices &m_ai;
    QuotaStatus m_status;
    bool m_statusKnown = false;
};

} // namespace ttc::chat

#include "store/ChatExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ttc::store {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString roleHeading(const Message &m)
{
    switch (m.role) {
    case Role::System: return QCoreApplication::translate("ChatExport", "System");
    case Role::User: return QCoreApplication::translate("ChatExport", "You");
    case Role::Assistant:
        return m.model.isEmpty() ? QCoreApplication::translate("ChatExport", "Assistant")
                                 : QCoreApplication::translate("ChatExport", "Assistant (%1)").arg(m.model);
    }
    return {};
}

} // namespace

QString displayTitle(const Session &session, const QString &firstMessage)
{
    if (!session.title.trimmed().isEmpty())
        return session.title.trimmed();
    QString t = (firstMessage.isEmpty() ? session.firstMessage : firstMessage).simplified();
    if (t.size() > 60)
        t = t.left(59) + QChar(0x2026);
    return t.isEmpty() ? QCoreApplication::translate("ChatExport", "New chat") : t;
}

QString exportMarkdown(const Session &session, const QList<Message> &messages)
{
    QString out;
    out += QStringLiteral("# ") + displayTitle(session, messages.isEmpty() ? QString() : messages.first().content) +
           QStringLiteral("\n\n");
    out += QStringLiteral("_") + QCoreApplication::translate("ChatExport", "Exported from %1 · session %2 · started %3")
                                     .arg(QStringLiteral(TTC_PRODUCT_NAME), session.id, isoTime(session.createdAt)) +
           QStringLiteral("_\n");
    if (!session.systemPrompt.isEmpty())
        out += QStringLiteral("\n> ") + QString(session.systemPrompt).replace(QLatin1Char('\n'), QStringLiteral("\n> ")) +
               QLatin1Char('\n');
    for (const Message &m : messages) {
        out += QStringLiteral("\n## ") + roleHeading(m) + QStringLiteral(" · ") + isoTime(m.createdAt) + QLatin1Char('\n');
        if (m.status == MessageStatus::Interrupted)
            out += QStringLiteral("_") + QCoreApplication::translate("ChatExport", "(interrupted)") + QStringLiteral("_\n");
        else if (m.status == MessageStatus::Error)
            out += QStringLiteral("_") +
                   QCoreApplication::translate("ChatExport", "(failed: %1)").arg(m.errorMessage.isEmpty() ? m.errorCode : m.errorMessage) +
                   QStringLiteral("_\n");
        out += QLatin1Char('\n') + m.content;
        if (!m.content.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    }
    return out;
}

QByteArray exportJson(const Session &session, const QList<Message> &messages)
{
    QJsonObject s{
        {QStringLiteral("id"), session.id},
        {QStringLiteral("title"), session.title},
        {QStringLiteral("provider"), session.provider},
        {QStringLiteral("model"), session.model},
        {QStringLiteral("system_prompt"), session.systemPrompt},
        {QStringLiteral("created_at"), isoTime(session.createdAt)},
        {QStringLiteral("updated_at"), isoTime(session.updatedAt)},
    };
    QJsonArray list;
    for (const Message &m : messages) {
        QJsonObject o{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("role"), toString(m.role)},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("status"), toString(m.status)},
            {QStringLiteral("created_at"), isoTime(m.createdAt)},
        };
        if (!m.reasoning.isEmpty())
            o.insert(QStringLiteral("reasoning"), m.reasoning);
        if (!m.provider.isEmpty())
            o.insert(QStringLiteral("provider"), m.provider);
        if (!m.model.isEmpty())
            o.insert(QStringLiteral("model"), m.model);
        if (m.tokensIn >= 0)
            o.insert(QStringLiteral("tokens_in"), m.tokensIn);
        if (m.tokensOut >= 0)
            o.insert(QStringLiteral("tokens_out"), m.tokensOut);
        if (!m.errorCode.isEmpty())
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), m.errorCode},
                                                          {QStringLiteral("message"), m.errorMessage}});
        list.append(o);
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tooltip-companion.session")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("session"), s},
        {QStringLiteral("messages"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ttc::store

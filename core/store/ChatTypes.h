#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace ttc::store {

struct Session
{
    QString id;             // UUIDv7
    QString title;
    QString provider;
    QString model;
    QString systemPrompt;
    QString draft;
    qint64 createdAt = 0;   // ms since the epoch, UTC
    qint64 updatedAt = 0;
    int messageCount = 0;   // filled by queries that count
    QString firstMessage;   // start of the first message (up to 200 characters), to name untitled sessions
};

enum class Role { System, User, Assistant };
enum class MessageStatus { Streaming, Complete, Interrupted, Error };

QString toString(Role role);
QString toString(MessageStatus status);
Role roleFromString(const QString &text, bool *ok = nullptr);
MessageStatus statusFromString(const QString &text, bool *ok = nullptr);

struct Message
{
    QString id;             // UUIDv7
    QString sessionId;
    Role role = Role::User;
    QString content;
    QString reasoning;      // model "thinking" kept apart from the answer
    MessageStatus status = MessageStatus::Complete;
    QString errorCode;
    QString errorMessage;
    QString provider;
    QString model;
    int tokensIn = -1;      // -1 = unknown
    int tokensOut = -1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A position in a session's message order (created_at, id), for keyset paging.
struct MessageCursor
{
    qint64 createdAt = 0;
    QString id;
};

struct SearchHit
{
    QString messageId;
    QString sessionId;
    QString sessionTitle;
    Role role = Role::User;
    QString snippet;        // plain text with kSnippetOpen/kSnippetClose around matched terms
    qint64 createdAt = 0;
    double rank = 0;        // lower is better (bm25)
};

// Markers around matched terms in SearchHit::snippet. Control characters never occur in stored text,
// so a view can turn them into highlighting without parsing anything the user or a model wrote.
inline constexpr QChar kSnippetOpen = QChar(0x0002);
inline constexpr QChar kSnippetClose = QChar(0x0003);

} // namespace ttc::store

Q_DECLARE_METATYPE(ttc::store::Session)
Q_DECLARE_METATYPE(ttc::store::Message)
Q_DECLARE_METATYPE(ttc::store::SearchHit)

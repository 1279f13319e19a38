#pragma once

#include "Result.h"
#include "store/ChatTypes.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace ttc {
class Clock;
class UuidV7Generator;
} // namespace ttc

namespace ttc::store {

// Sessions and messages on one connection. Synchronous: use it on the thread that owns the connection
// (the database thread in the app, the main thread in ttc).
class ChatRepository
{
public:
    ChatRepository(QSqlDatabase db, const Clock &clock, UuidV7Generator &ids);

    Result<Session> createSession(const QString &title = {}, const QString &provider = {}, const QString &model = {},
                                  const QString &systemPrompt = {});
    Result<std::optional<Session>> session(const QString &id);
    // Newest first (by last activity). offset/limit page through them.
    Result<QList<Session>> sessions(int offset = 0, int limit = 100);
    Result<int> sessionCount();
    // Full ids, or unique prefixes of at least 4 characters as people type them from `ttc history list`.
    Result<QString> resolveSessionId(const QString &idOrPrefix);
    Result<void> renameSession(const QString &id, const QString &title);
    Result<void> setDraft(const QString &id, const QString &draft);
    Result<void> setSessionModel(const QString &id, const QString &provider, const QString &model);
    Result<void> deleteSession(const QString &id);

    // Inserts a message (id and timestamps are assigned when empty) and marks its session active.
    Result<Message> addMessage(Message message);
    // Rewrites content, reasoning, status, error, token counts of an existing message.
    Result<void> updateMessage(const Message &message);
    Result<std::optional<Message>> message(const QString &id);
    // Oldest first. offset/limit page through a session; limit < 0 returns all.
    Result<QList<Message>> messages(const QString &sessionId, int offset = 0, int limit = -1);
    Result<int> messageCount(const QString &sessionId);
    // Keyset pages for views that keep a window of a long session: up to `limit` messages strictly before (or after)
    // the cursor, oldest first. An empty cursor id means "from the end" (before) or "from the start" (after). Cost
    // does not grow with the session's length, unlike offsets.
    Result<QList<Message>> messagesBefore(const QString &sessionId, const MessageCursor &cursor, int limit);
    Result<QList<Message>> messagesAfter(const QString &sessionId, const MessageCursor &cursor, int limit);
    Result<void> deleteMessage(const QString &id);
    // Messages left `streaming` by a process that died become `interrupted`. Returns how many.
    Result<int> markStaleStreamingInterrupted();

    // Full-text search over every message, best matches first.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50);

    // Turns what a person typed into a safe FTS5 query: every term quoted, the last one a prefix.
    static QString toFtsQuery(const QString &userQuery);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    UuidV7Generator &m_ids;
};

} // namespace ttc::store

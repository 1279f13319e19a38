#include "store/ChatRepository.h"

#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ttc::store {

QString toString(Role role)
{
    switch (role) {
    case Role::System: return QStringLiteral("system");
    case Role::User: return QStringLiteral("user");
    case Role::Assistant: return QStringLiteral("assistant");
    }
    return {};
}

QString toString(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Streaming: return QStringLiteral("streaming");
    case MessageStatus::Complete: return QStringLiteral("complete");
    case MessageStatus::Interrupted: return QStringLiteral("interrupted");
    case MessageStatus::Error: return QStringLiteral("error");
    }
    return {};
}

Role roleFromString(const QString &text, bool *ok)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("system"))
        return Role::System;
    if (text == QLatin1String("assistant"))
        return Role::Assistant;
    if (ok)
        *ok = text == QLatin1String("user");
    return Role::User;
}

MessageStatus statusFromString(const QString &text, bool *ok)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("streaming"))
        return MessageStatus::Streaming;
    if (text == QLatin1String("interrupted"))
        return MessageStatus::Interrupted;
    if (text == QLatin1String("error"))
        return MessageStatus::Error;
    if (ok)
        *ok = text == QLatin1String("complete");
    return MessageStatus::Complete;
}

namespace {

const QString kSessionColumns = QStringLiteral(
    "s.id, s.title, s.provider, s.model, s.system_prompt, s.draft, s.created_at, s.updated_at,"
    " (SELECT count(*) FROM messages m WHERE m.session_id = s.id),"
    " (SELECT substr(m.content, 1, 200) FROM messages m WHERE m.session_id = s.id ORDER BY m.created_at, m.id LIMIT 1)");

const QString kMessageColumns =
    QStringLiteral("id, session_id, role, content, reasoning, status, error_code, error_message, provider, model,"
                   " tokens_in, tokens_out, created_at, updated_at");

Session readSession(const QSqlQuery &q)
{
    Session s;
    s.id = q.value(0).toString();
    s.title = q.value(1).toString().simplified();  // one line, also when another device synced it otherwise
    s.provider = q.value(2).toString();
    s.model = q.value(3).toString();
    s.systemPrompt = q.value(4).toString();
    s.draft = q.value(5).toString();
    s.createdAt = q.value(6).toLongLong();
    s.updatedAt = q.value(7).toLongLong();
    s.messageCount = q.value(8).toInt();
    s.firstMessage = q.value(9).toString();
    return s;
}

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toString();
    m.sessionId = q.value(1).toString();
    m.role = roleFromString(q.value(2).toString());
    m.content = q.value(3).toString();
    m.reasoning = q.value(4).toString();
    m.status = statusFromString(q.value(5).toString());
    m.errorCode = q.value(6).toString();
    m.errorMessage = q.value(7).toString();
    m.provider = q.value(8).toString();
    m.model = q.value(9).toString();
    m.tokensIn = q.value(10).isNull() ? -1 : q.value(10).toInt();
    m.tokensOut = q.value(11).isNull() ? -1 : q.value(11).toInt();
    m.createdAt = q.value(12).toLongLong();
    m.updatedAt = q.value(13).toLongLong();
    return m;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullableCount(int n)
{
    return n < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(n);
}

Error notFound(const QString &what, const QString &id)
{
    return Error{QStringLiteral("not_found"),
                 QCoreApplication::translate("ChatRepository", "No %1 with id %2.").arg(what, id)};
}

} // namespace

ChatRepository::ChatRepository(QSqlDatabase db, const Clock &clock, UuidV7Generator &ids)
    : m_db(std::move(db)), m_clock(clock), m_ids(ids)
{
}

Result<Session> ChatRepository::createSession(const QString &title, const QString &provider, const QString &model,
                                              const QString &systemPrompt)
{
    Session s;
    s.id = m_ids.next();
    s.title = title.simplified();
    s.provider = provider;
    s.model = model;
    s.systemPrompt = systemPrompt;
    s.createdAt = s.updatedAt = m_clock.nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sessions(id, title, provider, model, system_prompt, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.id);
    q.addBindValue(text(s.title));
    q.addBindValue(nullable(s.provider));
    q.addBindValue(nullable(s.model));
    q.addBindValue(nullable(s.systemPrompt));
    q.addBindValue(s.createdAt);
    q.addBindValue(s.updatedAt);
    if (!q.exec())
        return sqlError(q, "create session");
    return s;
}

Result<std::optional<Session>> ChatRepository::session(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kSessionColumns + QStringLiteral(" FROM sessions s WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "read session");
    if (!q.next())
        return std::optional<Session>();
    return std::optional<Session>(readSession(q));
}

Result<QList<Session>> ChatRepository::sessions(int offset, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSessionColumns +
              QStringLiteral(" FROM sessions s ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q, "list sessions");
    QList<Session> out;
    while (q.next())
        out.append(readSession(q));
    return out;
}

Result<int> ChatRepository::sessionCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sessions")) || !q.next())
        return sqlError(q, "count sessions");
    return q.value(0).toInt();
}

Result<QString> ChatRepository::resolveSessionId(const QString &idOrPrefix)
{
    const QString needle = idOrPrefix.trimmed().toLower();
    static const QRegularExpression hexish(QStringLiteral("^[0-9a-f-]{4,36}$"));
    if (!hexish.match(needle).hasMatch())
        return Error{QStringLiteral("bad_id"),
                     QCoreApplication::translate("ChatRepository",
                                                 "\"%1\" is not a session id (give the id or at least its first "
                                                 "4 characters).")
                         .arg(idOrPrefix)};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM sessions WHERE id >= ? AND id < ? ORDER BY id LIMIT 2"));
    q.addBindValue(needle);
    q.addBindValue(QString(needle + QChar(0xffff)));
    if (!q.exec())
        return sqlError(q, "resolve session id");
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    if (found.isEmpty())
        return notFound(QCoreApplication::translate("ChatRepository", "session"), idOrPrefix);
    if (found.size() > 1)
        return Error{QStringLiteral("ambiguous_id"),
                     QCoreApplication::translate("ChatRepository",
                                                 "\"%1\" matches more than one session; give more characters.")
                         .arg(idOrPrefix)};
    return found.first();
}

Result<void> ChatRepository::renameSession(const QString &id, const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET title = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(text(title.simplified()));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "rename session");
    if (q.numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("ChatRepository", "session"), id);
    return {};
}

Result<void> ChatRepository::setDraft(const QString &id, const QString &draft)
{
    // A draft is not activity: updated_at stays, so typing does not reorder the session list.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET draft = ? WHERE id = ?"));
    q.addBindValue(text(draft));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "save draft");
    if (q.numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("ChatRepository", "session"), id);
    return {};
}

Result<void> ChatRepository::setSessionModel(const QString &id, const QString &provider, const QString &model)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET provider = ?, model = ? WHERE id = ?"));
    q.addBindValue(nullable(provider));
    q.addBindValue(nullable(model));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "set session model");
    if (q.numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("ChatRepository", "session"), id);
    return {};
}

Result<void> ChatRepository::deleteSession(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));  // messages follow by ON DELETE CASCADE
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "delete session");
    if (q.numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("ChatRepository", "session"), id);
    return {};
}

Result<Message> ChatRepository::addMessage(Message m)
{
    if (m.id.isEmpty())
        m.id = m_ids.next();
    const qint64 now = m_clock.nowMs();
    if (m.createdAt == 0)
        m.createdAt = now;
    if (m.updatedAt == 0)
        m.updatedAt = m.createdAt;

    Transaction tx(m_db);
    if (!tx.begin())
        return sqlError(m_db, "add message");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO messages(") + kMessageColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.id);
    q.addBindValue(m.sessionId);
    q.addBindValue(toString(m.role));
    q.addBindValue(text(m.content));
    q.addBindValue(text(m.reasoning));
    q.addBindValue(toString(m.status));
    q.addBindValue(nullable(m.errorCode));
    q.addBindValue(nullable(m.errorMessage));
    q.addBindValue(nullable(m.provider));
    q.addBindValue(nullable(m.model));
    q.addBindValue(nullableCount(m.tokensIn));
    q.addBindValue(nullableCount(m.tokensOut));
    q.addBindValue(m.createdAt);
    q.addBindValue(m.updatedAt);
    if (!q.exec())
        return sqlError(q, "add message");
    QSqlQuery touch(m_db);
    touch.prepare(QStringLiteral("UPDATE sessions SET updated_at = max(updated_at, ?) WHERE id = ?"));
    touch.addBindValue(m.createdAt);
    touch.addBindValue(m.sessionId);
    if (!touch.exec())
        return sqlError(touch, "add message");
    if (!tx.commit())
        return sqlError(m_db, "add message");
    return m;
}

Result<void> ChatRepository::updateMessage(const Message &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, status = ?, error_code = ?,"
                             " error_message = ?, provider = ?, model = ?, tokens_in = ?, tokens_out = ?,"
                             " updated_at = ? WHERE id = ?"));
    q.addBindValue(text(m.content));
    q.addBindValue(text(m.reasoning));
    q.addBindValue(toString(m.status));
    q.addBindValue(nullable(m.errorCode));
    q.addBindValue(nullable(m.errorMessage));
    q.addBindValue(nullable(m.provider));
    q.addBindValue(nullable(m.model));
    q.addBindValue(nullableCount(m.tokensIn));
    q.addBindValue(nullableCount(m.tokensOut));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(m.id);
    if (!q.exec())
        return sqlError(q, "update message");
    if (q.numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("ChatRepository", "message"), m.id);
    return {};
}

Result<std::optional<Message>> ChatRepository::message(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kMessageColumns + QStringLiteral(" FROM messages WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "read message");
    if (!q.next())
        return std::optional<Message>();
    return std::optional<Message>(readMessage(q));
}

Result<QList<Message>> ChatRepository::messages(const QString &sessionId, int offset, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kMessageColumns +
              QStringLiteral(" FROM messages WHERE session_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?"));
    q.addBindValue(sessionId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q, "list messages");
    QList<Message> out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

Result<QList<Message>> ChatRepository::messagesBefore(const QString &sessionId, const MessageCursor &cursor,
                                                      int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (cursor.id.isEmpty()) {
        q.prepare(QStringLiteral("SELECT ") + kMessageColumns +
                  QStringLiteral(" FROM messages WHERE session_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"));
        q.addBindValue(sessionId);
    } else {
        q.prepare(QStringLiteral("SELECT ") + kMessageColumns +
                  QStringLiteral(" FROM messages WHERE session_id = ? AND (created_at, id) < (?, ?)"
                                 " ORDER BY created_at DESC, id DESC LIMIT ?"));
        q.addBindValue(sessionId);
        q.addBindValue(cursor.createdAt);
        q.addBindValue(cursor.id);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "list messages");
    QList<Message> out;
    while (q.next())
        out.prepend(readMessage(q));
    return out;
}

Result<QList<Message>> ChatRepository::messagesAfter(const QString &sessionId, const MessageCursor &cursor, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (cursor.id.isEmpty()) {
        q.prepare(QStringLiteral("SELECT ") + kMessageColumns +
                  QStringLiteral(" FROM messages WHERE session_id = ? ORDER BY created_at, id LIMIT ?"));
        q.addBindValue(sessionId);
    } else {
        q.prepare(QStringLiteral("SELECT ") + kMessageColumns +
                  QStringLiteral(" FROM messages WHERE session_id = ? AND (created_at, id) > (?, ?)"
                                 " ORDER BY created_at, id LIMIT ?"));
        q.addBindValue(sessionId);
        q.addBindValue(cursor.createdAt);
        q.addBindValue(cursor.id);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "list messages");
    QList<Message> out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

Result<int> ChatRepository::messageCount(const QString &sessionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return sqlError(q, "count messages");
    return q.value(0).toInt();
}

Result<void> ChatRepository::deleteMessage(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "delete message");
    if (q.numRowsAffected() == 0)
        return notFound(QCoreApplication::translate("ChatRepository", "message"), id);
    return {};
}

Result<int> ChatRepository::markStaleStreamingInterrupted()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE messages SET status = 'interrupted', updated_at = ? WHERE status = 'streaming'"));
    q.addBindValue(m_clock.nowMs());
    if (!q.exec())
        return sqlError(q, "recover streaming messages");
    return q.numRowsAffected();
}

QString ChatRepository::toFtsQuery(const QString &userQuery)
{
    // Every run of letters/digits becomes a quoted term, so FTS5 operators and quotes typed by a person are
    // searched for as text instead of failing as syntax.
    static const QRegularExpression term(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = term.globalMatch(userQuery);
    while (it.hasNext())
        terms << QLatin1Char('"') + it.next().captured(0) + QLatin1Char('"');
    if (terms.isEmpty())
        return {};
    const bool endsInWord = !userQuery.isEmpty() && (userQuery.back().isLetterOrNumber());
    if (endsInWord)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> ChatRepository::search(const QString &query, int limit)
{
    const QString fts = toFtsQuery(query);
    if (fts.isEmpty())
        return QList<SearchHit>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.session_id, s.title, m.role, m.created_at, bm25(messages_fts) AS rank,"
        " snippet(messages_fts, 0, char(2), char(3), '…', 16)"
        " FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid"
        " JOIN sessions s ON s.id = m.session_id"
        " WHERE messages_fts MATCH ? ORDER BY rank, m.created_at DESC LIMIT ?"));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "search");
    QList<SearchHit> out;
    while (q.next()) {
        SearchHit h;
        h.messageId = q.value(0).toString();
        h.sessionId = q.value(1).toString();
        h.sessionTitle = q.value(2).toString();
        h.role = roleFromString(q.value(3).toString());
        h.createdAt = q.value(4).toLongLong();
        h.rank = q.value(5).toDouble();
        h.snippet = q.value(6).toString();
        out.append(h);
    }
    return out;
}

} // namespace ttc::store

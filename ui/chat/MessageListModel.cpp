#include "MessageListModel.h"

#include "ChatStore.h"
#include "MarkdownBlocks.h"
#include "util/Future.h"

#include <QDateTime>

namespace ttc::chat {

namespace {

store::MessageCursor cursorOf(const store::Message &m)
{
    return {m.createdAt, m.id};
}

bool before(const store::Message &a, const store::Message &b)
{
    return a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id);
}

} // namespace

MessageListModel::MessageListModel(ChatStore &store, QObject *parent) : QAbstractListModel(parent), m_store(store) {}

MessageListModel::~MessageListModel() = default;

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const store::Message &m = row.message;
    switch (role) {
    case IdRole: return m.id;
    case RoleRole: return store::toString(m.role);
    case Qt::DisplayRole:
    case ContentRole: return m.content;
    case ReasoningRole: return m.reasoning;
    case StatusRole: return store::toString(m.status);
    case ErrorCodeRole: return m.errorCode;
    case ErrorMessageRole: return m.errorMessage;
    case ProviderRole: return m.provider;
    case ModelRole: return m.model;
    case TokensInRole: return m.tokensIn;
    case TokensOutRole: return m.tokensOut;
    case CreatedAtRole: return QDateTime::fromMSecsSinceEpoch(m.createdAt);
    case StreamingRole: return m.status == store::MessageStatus::Streaming;
    case BlocksRole:
        if (!row.blocksValid) {
            row.blocks = blocksToVariant(splitMarkdownBlocks(m.content));
            row.blocksValid = true;
        }
        return row.blocks;
    default: return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{IdRole, "messageId"},       {RoleRole, "role"},         {ContentRole, "content"},
            {ReasoningRole, "reasoning"}, {StatusRole, "status"},     {ErrorCodeRole, "errorCode"},
            {ErrorMessageRole, "errorMessage"}, {ProviderRole, "provider"}, {ModelRole, "model"},
            {TokensInRole, "tokensIn"},   {TokensOutRole, "tokensOut"}, {CreatedAtRole, "createdAt"},
            {BlocksRole, "blocks"},       {StreamingRole, "streaming"}};
}

void MessageListModel::beginLoad()
{
    if (m_loading++ == 0)
        Q_EMIT loadingChanged();
}

void MessageListModel::endLoad()
{
    if (--m_loading == 0)
        Q_EMIT loadingChanged();
}

void MessageListModel::replaceAll(QList<store::Message> messages, bool hasOlder, bool hasNewer)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(messages.size());
    for (store::Message &m : messages)
        m_rows.append(Row{std::move(m), {}, false});
    m_hasOlder = hasOlder;
    m_hasNewer = hasNewer;
    endResetModel();
    Q_EMIT windowChanged();
}

void MessageListModel::openSession(const QString &sessionId)
{
    const quint64 generation = ++m_generation;
    m_fetchingOlder = m_fetchingNewer = false;
    if (sessionId != m_sessionId) {
        m_sessionId = sessionId;
        Q_EMIT sessionChanged();
    }
    if (sessionId.isEmpty()) {
        replaceAll({}, false, false);
        Q_EMIT opened();
        return;
    }
    beginLoad();
    m_store.run([sessionId](store::ChatRepository &repo) { return repo.messagesBefore(sessionId, {}, kFirstPage); })
        | ttc::then(this, [this, generation](Result<QList<store::Message>> r) {
            endLoad();
            if (generation != m_generation)
                return;
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            const bool more = r->size() == kFirstPage;
            replaceAll(std::move(*r), more, false);
            Q_EMIT opened();
        });
}

void MessageListModel::jumpToLatest()
{
    if (m_hasNewer)
        openSession(m_sessionId);
}

void MessageListModel::loadOlder()
{
    if (!m_hasOlder || m_fetchingOlder || m_rows.isEmpty())
        return;
    m_fetchingOlder = true;
    const quint64 generation = m_generation;
    const QString sessionId = m_sessionId;
    const store::MessageCursor cursor = cursorOf(m_rows.first().message);
    beginLoad();
    m_store.run([=](store::ChatRepository &repo) { return repo.messagesBefore(sessionId, cursor, kPage); })
        | ttc::then(this, [this, generation](Result<QList<store::Message>> r) {
            endLoad();
            if (generation != m_generation)
                return;
            m_fetchingOlder = false;
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            m_hasOlder = r->size() == kPage;
            if (!r->isEmpty()) {
                beginInsertRows({}, 0, int(r->size()) - 1);
                QList<Row> rows;
                rows.reserve(r->size() + m_rows.size());
                for (store::Message &m : *r)
                    rows.append(Row{std::move(m), {}, false});
                rows += std::move(m_rows);
                m_rows = std::move(rows);
                endInsertRows();
                if (m_rows.size() > kMaxRows)
                    trimBack(int(m_rows.size()) - kMaxRows);
            }
            Q_EMIT windowChanged();
        });
}

void MessageListModel::loadNewer()
{
    if (!m_hasNewer || m_fetchingNewer || m_rows.isEmpty())
        return;
    m_fetchingNewer = true;
    const quint64 generation = m_generation;
    const QString sessionId = m_sessionId;
    const store::MessageCursor cursor = cursorOf(m_rows.last().message);
    beginLoad();
    m_store.run([=](store::ChatRepository &repo) { return repo.messagesAfter(sessionId, cursor, kPage); })
        | ttc::then(this, [this, generation](Result<QList<store::Message>> r) {
            endLoad();
            if (generation != m_generation)
                return;
            m_fetchingNewer = false;
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            m_hasNewer = r->size() == kPage;
            if (!r->isEmpty()) {
                // Rows may have arrived by upsert meanwhile; append only what is new.
                QList<store::Message> fresh;
                for (store::Message &m : *r)
                    if (rowOf(m.id) < 0)
                        fresh.append(std::move(m));
                if (!fresh.isEmpty()) {
                    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
                    for (store::Message &m : fresh)
                        m_rows.append(Row{std::move(m), {}, false});
                    endInsertRows();
                }
                if (m_rows.size() > kMaxRows)
                    trimFront(int(m_rows.size()) - kMaxRows);
            }
            Q_EMIT windowChanged();
        });
}

void MessageListModel::trimFront(int count)
{
    beginRemoveRows({}, 0, count - 1);
    m_rows.remove(0, count);
    endRemoveRows();
    m_hasOlder = true;
}

void MessageListModel::trimBack(int count)
{
    const int n = int(m_rows.size());
    beginRemoveRows({}, n - count, n - 1);
    m_rows.remove(n - count, count);
    endRemoveRows();
    m_hasNewer = true;
}

void MessageListModel::jumpTo(const QString &messageId)
{
    if (const int row = rowOf(messageId); row >= 0) {
        Q_EMIT positionRequested(row);
        return;
    }
    const quint64 generation = ++m_generation;
    m_fetchingOlder = m_fetchingNewer = false;
    const QString sessionId = m_sessionId;
    struct Around
    {
        QList<store::Message> messages;
        int row = -1;
        bool hasOlder = false;
        bool hasNewer = false;
    };
    beginLoad();
    m_store
        .run([=](store::ChatRepository &repo) -> Result<Around> {
            const auto target = repo.message(messageId);
            if (!target)
                return target.error();
            if (!*target || (*target)->sessionId != sessionId)
                return Error{QStringLiteral("not_found"), tr("That message is no longer in this chat.")};
            const store::Message &m = **target;
            auto older = repo.messagesBefore(sessionId, cursorOf(m), kPage / 2);
            if (!older)
                return older.error();
            auto newer = repo.messagesAfter(sessionId, cursorOf(m), kPage / 2);
            if (!newer)
                return newer.error();
            Around a;
            a.hasOlder = older->size() == kPage / 2;
            a.hasNewer = newer->size() == kPage / 2;
            a.messages = std::move(*older);
            a.row = int(a.messages.size());
            a.messages.append(m);
            a.messages += std::move(*newer);
            return a;
        })
        | ttc::then(this, [this, generation](Result<Around> r) {
            endLoad();
            if (generation != m_generation)
                return;
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            replaceAll(std::move(r->messages), r->hasOlder, r->hasNewer);
            Q_EMIT positionRequested(r->row);
        });
}

int MessageListModel::rowOf(const QString &messageId) const
{
    // Newest first: streaming updates hit the last rows.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        if (m_rows.at(i).message.id == messageId)
            return int(i);
    return -1;
}

const store::Message *MessageListModel::find(const QString &messageId) const
{
    const int row = rowOf(messageId);
    return row < 0 ? nullptr : &m_rows.at(row).message;
}

const store::Message *MessageListModel::lastAssistant() const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        if (m_rows.at(i).message.role == store::Role::Assistant)
            return &m_rows.at(i).message;
    return nullptr;
}

void MessageListModel::upsert(const store::Message &message)
{
    if (message.sessionId != m_sessionId || m_sessionId.isEmpty())
        return;
    if (const int row = rowOf(message.id); row >= 0) {
        Row &r = m_rows[row];
        const bool contentChanged = r.message.content != message.content;
        r.message = message;
        if (contentChanged)
            r.blocksValid = false;
        Q_EMIT dataChanged(index(row), index(row));
        // The stored timestamp may differ from the one shown while streaming: keep the order.
        int to = row;
        while (to > 0 && before(message, m_rows.at(to - 1).message))
            --to;
        while (to < m_rows.size() - 1 && before(m_rows.at(to + 1).message, message))
            ++to;
        if (to != row) {
            beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
            m_rows.move(row, to);
            endMoveRows();
        }
        return;
    }
    if (m_hasNewer)
        return;  // the end of the session is not shown; it loads when the view gets there
    // Usually the newest; keep the order if not.
    int row = int(m_rows.size());
    while (row > 0 && before(message, m_rows.at(row - 1).message))
        --row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{message, {}, false});
    endInsertRows();
    if (m_rows.size() > kMaxRows)
        trimFront(int(m_rows.size()) - kMaxRows);
    Q_EMIT windowChanged();
}

void MessageListModel::removeMessages(const QStringList &ids)
{
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    Q_EMIT windowChanged();
}

} // namespace ttc::chat

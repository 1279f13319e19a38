#include "SessionListModel.h"

#include "ChatStore.h"
#include "store/ChatExport.h"
#include "util/Future.h"

#include <QDateTime>

namespace ttc::chat {

SessionListModel::SessionListModel(ChatStore &store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    m_undo.setSingleShot(true);
    m_undo.setInterval(kUndoMs);
    connect(&m_undo, &QTimer::timeout, this, &SessionListModel::commitPendingRemoval);
}

SessionListModel::~SessionListModel() = default;

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Session &s = m_rows.at(index.row());
    switch (role) {
    case IdRole: return s.id;
    case Qt::DisplayRole:
    case TitleRole: return store::displayTitle(s);
    case UpdatedAtRole: return QDateTime::fromMSecsSinceEpoch(s.updatedAt);
    case MessageCountRole: return s.messageCount;
    case ProviderRole: return s.provider;
    case ModelRole: return s.model;
    default: return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{IdRole, "sessionId"},         {TitleRole, "title"},      {UpdatedAtRole, "updatedAt"},
            {MessageCountRole, "messageCount"}, {ProviderRole, "provider"}, {ModelRole, "model"}};
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    load(int(m_rows.size()) + (m_pendingDelete ? 1 : 0), kPageSize, false);
}

void SessionListModel::refresh()
{
    load(0, std::max<int>(kPageSize, int(m_rows.size())) + (m_pendingDelete ? 1 : 0), true);
}

void SessionListModel::setLoading(bool on)
{
    if (m_loading == on)
        return;
    m_loading = on;
    Q_EMIT loadingChanged();
}

void SessionListModel::load(int offset, int limit, bool replace)
{
    setLoading(true);
    const quint64 generation = replace ? ++m_generation : m_generation;
    m_store.run([offset, limit](store::ChatRepository &repo) { return repo.sessions(offset, limit); })
        | ttc::then(this, [this, generation, limit, replace](Result<QList<store::Session>> result) {
            if (generation != m_generation)
                return;  // a newer reload superseded this page
            setLoading(false);
            if (!result) {
                Q_EMIT errorOccurred(result.error().message);
                return;
            }
            QList<store::Session> page = std::move(*result);
            m_atEnd = page.size() < limit;
            if (m_pendingDelete) {
                page.removeIf([&](const store::Session &s) { return s.id == m_pendingDelete->id; });
            }
            if (replace) {
                bool same = page.size() == m_rows.size();
                for (qsizetype i = 0; same && i < page.size(); ++i)
                    same = page.at(i).id == m_rows.at(i).id;
                if (same) {
                    m_rows = std::move(page);
                    if (!m_rows.isEmpty())
                        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
                    return;
                }
                beginResetModel();
                m_rows = std::move(page);
                endResetModel();
            } else {
                // Drop anything already shown (a session may have moved between pages).
                page.removeIf([&](const store::Session &s) { return indexOf(s.id) >= 0; });
                if (page.isEmpty())
                    return;
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
                m_rows += page;
                endInsertRows();
            }
            Q_EMIT countChanged();
        });
}

int SessionListModel::indexOf(const QString &sessionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == sessionId)
            return int(i);
    return -1;
}

QString SessionListModel::titleOf(const QString &sessionId) const
{
    const int row = indexOf(sessionId);
    return row < 0 ? QString() : store::displayTitle(m_rows.at(row));
}

void SessionListModel::touch(const store::Session &session)
{
    const int row = indexOf(session.id);
    if (row == 0) {
        m_rows[0] = session;
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    if (row > 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_rows.move(row, 0);
        endMoveRows();
        m_rows[0] = session;
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(session);
    endInsertRows();
    Q_EMIT countChanged();
}

void SessionListModel::rename(const QString &sessionId, const QString &title)
{
    const QString clean = title.simplified().left(200);
    const int row = indexOf(sessionId);
    if (row >= 0) {
        m_rows[row].title = clean;
        Q_EMIT dataChanged(index(row), index(row), {TitleRole});
    }
    m_store.run([sessionId, clean](store::ChatRepository &repo) { return repo.renameSession(sessionId, clean); })
        | ttc::then(this, [this](Result<void> r) {
            if (!r)
                Q_EMIT errorOccurred(r.error().message);
        });
}

QString SessionListModel::pendingDeleteTitle() const
{
    return m_pendingDelete ? store::displayTitle(*m_pendingDelete) : QString();
}

void SessionListModel::remove(const QString &sessionId)
{
    commitPendingRemoval();  // one undo at a time, like a mail client
    const int row = indexOf(sessionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_pendingDelete = m_rows.takeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    Q_EMIT pendingDeleteChanged();
    Q_EMIT removed(sessionId);
    m_undo.start();
}

void SessionListModel::undoRemove()
{
    if (!m_pendingDelete)
        return;
    m_undo.stop();
    const store::Session s = *m_pendingDelete;
    m_pendingDelete.reset();
    Q_EMIT pendingDeleteChanged();
    // Back where it was in the newest-first order.
    int row = 0;
    while (row < m_rows.size() && (m_rows.at(row).updatedAt > s.updatedAt ||
                                   (m_rows.at(row).updatedAt == s.updatedAt && m_rows.at(row).id > s.id)))
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, s);
    endInsertRows();
    Q_EMIT countChanged();
}

void SessionListModel::commitPendingRemoval()
{
    m_undo.stop();
    if (!m_pendingDelete)
        return;
    const QString id = m_pendingDelete->id;
    m_pendingDelete.reset();
    Q_EMIT pendingDeleteChanged();
    m_store.run([id](store::ChatRepository &repo) { return repo.deleteSession(id); })
        | ttc::then(this, [this](Result<void> r) {
            if (!r && r.error().code != QLatin1String("not_found"))
                Q_EMIT errorOccurred(r.error().message);
        });
}

} // namespace ttc::chat

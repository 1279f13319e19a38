#include "SearchModel.h"

#include "ChatStore.h"
#include "store/ChatExport.h"
#include "util/Future.h"

#include <QDateTime>

namespace ttc::chat {

SearchModel::SearchModel(ChatStore &store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchModel::run);
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case MessageIdRole: return h.messageId;
    case SessionIdRole: return h.sessionId;
    case SessionTitleRole: return h.sessionTitle.isEmpty() ? tr("Untitled chat") : h.sessionTitle;
    case RoleRole: return store::toString(h.role);
    case Qt::DisplayRole:
    case SnippetRole: return h.snippet;
    case CreatedAtRole: return QDateTime::fromMSecsSinceEpoch(h.createdAt);
    default: return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{MessageIdRole, "messageId"}, {SessionIdRole, "sessionId"}, {SessionTitleRole, "sessionTitle"},
            {RoleRole, "role"},           {SnippetRole, "snippet"},     {CreatedAtRole, "createdAt"}};
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    m_debounce.start();
}

void SearchModel::searchNow()
{
    m_debounce.stop();
    run();
}

void SearchModel::run()
{
    const quint64 generation = ++m_generation;
    const QString query = m_query;
    if (query.trimmed().isEmpty()) {
        beginResetModel();
        m_hits.clear();
        endResetModel();
        Q_EMIT resultsChanged();
        return;
    }
    if (!m_searching) {
        m_searching = true;
        Q_EMIT searchingChanged();
    }
    m_store.run([query](store::ChatRepository &repo) { return repo.search(query, kLimit); })
        | ttc::then(this, [this, generation](Result<QList<store::SearchHit>> r) {
            if (generation != m_generation)
                return;  // the user typed on; a newer search is running
            m_searching = false;
            Q_EMIT searchingChanged();
            if (!r) {
                Q_EMIT errorOccurred(r.error().message);
                return;
            }
            beginResetModel();
            m_hits = std::move(*r);
            endResetModel();
            Q_EMIT resultsChanged();
        });
}

} // namespace ttc::chat

#pragma once

#include "store/ChatTypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimer>

namespace ttc::chat {

class ChatStore;

// Full-text search over every message as the user types (debounced). Each hit carries its snippet with the matched
// terms between U+0002 and U+0003, which SafeTextDocument highlights; choosing one jumps to the message.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the chat controller")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)

public:
    enum Roles { MessageIdRole = Qt::UserRole + 1, SessionIdRole, SessionTitleRole, RoleRole, SnippetRole, CreatedAtRole };
    static constexpr int kDebounceMs = 250;
    static constexpr int kLimit = 50;

    explicit SearchModel(ChatStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool isSearching() const { return m_searching; }
    // Runs the pending query now (Enter in the search field).
    Q_INVOKABLE void searchNow();
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

Q_SIGNALS:
    void queryChanged();
    void resultsChanged();
    void searchingChanged();
    void errorOccurred(const QString &message);

private:
    void run();

    ChatStore &m_store;
    QString m_query;
    QList<store::SearchHit> m_hits;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace ttc::chat

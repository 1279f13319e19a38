#pragma once

#include "store/ChatTypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimer>

#include <optional>

namespace ttc::chat {

class ChatStore;

// The sidebar: sessions newest first, fetched from the store in pages of 50 as the list scrolls. Deleting hides a
// session at once and removes it from the store only after an undo period (8 s), or at shutdown.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the chat controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString pendingDeleteTitle READ pendingDeleteTitle NOTIFY pendingDeleteChanged)

public:
    enum Roles { IdRole = Qt::UserRole + 1, TitleRole, UpdatedAtRole, MessageCountRole, ProviderRole, ModelRole };
    static constexpr int kPageSize = 50;
    static constexpr int kUndoMs = 8000;

    explicit SessionListModel(ChatStore &store, QObject *parent = nullptr);
    ~SessionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    QString pendingDeleteTitle() const;

    // Reloads what is shown (at least one page) after sessions changed elsewhere.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE int indexOf(const QString &sessionId) const;
    Q_INVOKABLE QString titleOf(const QString &sessionId) const;
    Q_INVOKABLE void rename(const QString &sessionId, const QString &title);
    Q_INVOKABLE void remove(const QString &sessionId);
    Q_INVOKABLE void undoRemove();
    // Deletes a pending removal now (before quitting).
    void commitPendingRemoval();
    // Moves or inserts a session at the top (it just had activity) without a reload.
    void touch(const store::Session &session);
    void setUndoInterval(int ms) { m_undo.setInterval(ms); }

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void pendingDeleteChanged();
    void removed(const QString &sessionId);
    void errorOccurred(const QString &message);

private:
    void load(int offset, int limit, bool replace);
    void setLoading(bool on);

    ChatStore &m_store;
    QList<store::Session> m_rows;
    std::optional<store::Session> m_pendingDelete;
    QTimer m_undo;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0;
};

} // namespace ttc::chat

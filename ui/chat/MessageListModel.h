#pragma once

#include "store/ChatTypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace ttc::chat {

class ChatStore;

// The messages of one session, oldest at the top. Only a window of about 60–200 rows is in memory: the view asks for
// older or newer rows as it nears an edge (keyset queries, so a 10,000-message session costs what a short one does),
// and jumpTo() re-centres the window on any message (search results). Streaming replies are upserted in place.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the chat controller")
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY sessionChanged)
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY windowChanged)
    Q_PROPERTY(bool hasNewer READ hasNewer NOTIFY windowChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY windowChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        RoleRole,
        ContentRole,
        ReasoningRole,
        StatusRole,
        ErrorCodeRole,
        ErrorMessageRole,
        ProviderRole,
        ModelRole,
        TokensInRole,
        TokensOutRole,
        CreatedAtRole,
        BlocksRole,
        StreamingRole,
    };
    static constexpr int kFirstPage = 60;
    static constexpr int kPage = 50;
    static constexpr int kMaxRows = 200;

    explicit MessageListModel(ChatStore &store, QObject *parent = nullptr);
    ~MessageListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString sessionId() const { return m_sessionId; }
    bool hasOlder() const { return m_hasOlder; }
    bool hasNewer() const { return m_hasNewer; }
    bool isLoading() const { return m_loading != 0; }

    // Shows the newest messages of a session (empty id: nothing).
    void openSession(const QString &sessionId);
    Q_INVOKABLE void loadOlder();
    Q_INVOKABLE void loadNewer();
    // Re-centres the window on a message of the current session; emits positionRequested(row) when it is there.
    Q_INVOKABLE void jumpTo(const QString &messageId);
    // Back to the newest messages (after a jump, before sending).
    Q_INVOKABLE void jumpToLatest();

    // A stored message was added or changed (streaming): updates it in place, or appends it when the window shows
    // the end of the session. Messages of other sessions are ignored.
    void upsert(const store::Message &message);
    void removeMessages(const QStringList &ids);
    Q_INVOKABLE int rowOf(const QString &messageId) const;
    store::Message messageAt(int row) const { return m_rows.value(row).message; }
    const store::Message *find(const QString &messageId) const;
    // The newest assistant message shown, or nullptr.
    const store::Message *lastAssistant() const;

Q_SIGNALS:
    void sessionChanged();
    void windowChanged();
    void loadingChanged();
    void opened();
    void positionRequested(int row);
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        store::Message message;
        mutable QVariantList blocks;   // rendered lazily, dropped when the content changes
        mutable bool blocksValid = false;
    };

    void beginLoad();
    void endLoad();
    void replaceAll(QList<store::Message> messages, bool hasOlder, bool hasNewer);
    void trimFront(int count);
    void trimBack(int count);

    ChatStore &m_store;
    QString m_sessionId;
    QList<Row> m_rows;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    bool m_fetchingOlder = false;
    bool m_fetchingNewer = false;
    int m_loading = 0;
    quint64 m_generation = 0;  // bumped on every reset; late answers of an older window are dropped
};

} // namespace ttc::chat

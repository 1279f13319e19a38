#pragma once

#include "ResourceLinks.h"
#include "chat/ChatService.h"
#include "preview/PreviewTypes.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;


namespace ttc::browser {

class BrowserTab;
class LinkPreviewController;

// The resource bot: a dockable side panel about the current page. Summary: the offline extractive summary of the
// page's own DOM (so logged-in pages work), computed off the GUI thread. Resources: the page's links, grouped as
// docs, downloads, media, references (other sites) and navigation (same site); hovering an entry shows the link
// preview overlay, double-click or Enter opens it in a new tab. Ask: a question about the page, answered by the chat
// service with the page's title, URL and main text as the system prompt (the answer quotes the passages it uses),
// streamed in as plain text; the turn is a chat session that "Continue in chat" opens. The automatic AI summary is
// an unsaved turn, stored as a session only when the user continues it in the chat. Everything shown is plain text.
class ResourcePanel : public QDockWidget
{
    Q_OBJECT

public:
    ResourcePanel(LinkPreviewController &previews, QWidget *parent = nullptr);

    // Follows `tab` (nullptr: none): refreshes on every finished load.
    void setTab(BrowserTab *tab);
    // Reads the current tab's page again.
    void refresh();

    // Where questions go: called on the first question (the AI layer is built on first use); nullptr = no AI.
    void setChatServiceProvider(std::function<chat::ChatService *()> provider) { m_chatProvider = std::move(provider); }
    // "Continue in chat": opens the chat feature with the session of the last question.
    void setContinueInChat(std::function<void(const QString &sessionId)> open) { m_continue = std::move(open); }
    // Why questions cannot be asked here (e.g. a private window); empty: they can when there is a provider.
    void setQuestionsUnavailable(const QString &reason) { m_unavailableReason = reason; }
    // With the setting browser/aiSummaries on and a usable provider, an AI summary follows the offline one.
    void setAiSummariesEnabled(bool enabled) { m_aiSummaries = enabled; }
    QString aiSummaryText() const;
    // "Continue in Chat" under the AI summary: the summary (an unsaved turn) is stored as a session and opened.
    QPushButton *summaryContinueButton() const { return m_summaryContinue; }
    void continueSummaryInChat();
    void ask(const QString &question);

    QString summaryText() const;
    QString answerText() const;
    QString askStatus() const;
    QString sessionId() const { return m_sessionId; }
    QLineEdit *questionEdit() const { return m_question; }
    // The system prompt for questions about a page (main text cut to kMaxContextChars).
    static QString systemPrompt(const QString &title, const QUrl &url, const QString &mainText);
    static constexpr int kMaxContextChars = 24000;
    QTreeWidget *resourceTree() const { return m_tree; }
    QList<ResourceLink> links() const { return m_links; }
    static QString groupName(ResourceGroup group);

Q_SIGNALS:
    void openRequested(const QUrl &url);
    // Both parts of the current page are in (tests wait on them).
    void summaryReady();
    void resourcesReady();
    void answerFinished();
    void answerFailed();
    void aiSummaryFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLinks(const QList<ResourceLink> &links);
    void hoverItem(QTreeWidgetItem *item);
    chat::ChatService *chatService();
    void cancelTurn();
    void startAiSummary(const preview::Preview &preview);
    void onFailed(const QString &turnId, const providers::ProviderError &error);
    static QString summaryRequest();

    LinkPreviewController &m_previews;
    QPointer<BrowserTab> m_tab;
    QMetaObject::Connection m_loadConnection;
    quint64 m_generation = 0;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_hovered = nullptr;
    QList<ResourceLink> m_links;
    QString m_pageTitle;
    QUrl m_pageUrl;
    QString m_mainText;
    bool m_pageRead = false;
    QLineEdit *m_question = nullptr;
    QPushButton *m_askButton = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_askStatus = nullptr;
    QPushButton *m_continueButton = nullptr;
    std::function<chat::ChatService *()> m_chatProvider;
    std::function<void(const QString &)> m_continue;
    QPointer<chat::ChatService> m_chat;
    QString m_turnId;
    QString m_sessionId;
    QString m_unavailableReason;
    bool m_aiSummaries = false;
    QString m_aiSummaryTurn;
    QLabel *m_aiSummaryHeading = nullptr;
    QPlainTextEdit *m_aiSummary = nullptr;
    QPushButton *m_summaryContinue = nullptr;
    QString m_aiSummaryPrompt;
    std::optional<chat::TurnResult> m_aiSummaryResult;
    QString m_summarySessionId;   // where the summary went once continued in the chat
};

} // namespace ttc::browser

#include "ResourcePanel.h"

#include "BrowserTab.h"
#include "LinkPreviewController.h"
#include "PreviewOverlay.h"
#include "chat/ChatService.h"
#include "preview/HtmlExtractor.h"
#include "util/Future.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtConcurrent/QtConcurrentRun>

namespace ttc::browser {

namespace {

constexpr int kUrlRole = Qt::UserRole + 1;
constexpr int kMaxHtmlChars = 4 * 1024 * 1024;

} // namespace

QString ResourcePanel::groupName(ResourceGroup group)
{
    switch (group) {
    case ResourceGroup::Docs:
        return tr("Documents");
    case ResourceGroup::Downloads:
        return tr("Downloads");
    case ResourceGroup::Media:
        return tr("Media");
    case ResourceGroup::References:
        return tr("References");
    case ResourceGroup::Navigation:
        return tr("Navigation");
    }
    return {};
}

ResourcePanel::ResourcePanel(LinkPreviewController &previews, QWidget *parent)
    : QDockWidget(tr("Resource Bot"), parent), m_previews(previews)
{
    setObjectName(QStringLiteral("resourcePanel"));
    setAccessibleName(tr("Resource bot"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 8);
    body->setMinimumWidth(300);

    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("resourcePageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *summaryHeading = new QLabel(tr("Summary"), body);
    layout->addWidget(summaryHeading);
    m_summary = new QPlainTextEdit(body);
    m_summary->setObjectName(QStringLiteral("resourceSummary"));
    m_summary->setAccessibleName(tr("Page summary"));
    m_summary->setReadOnly(true);
    m_summary->setMaximumHeight(120);
    summaryHeading->setBuddy(m_summary);
    layout->addWidget(m_summary);
    m_aiSummaryHeading = new QLabel(tr("AI summary"), body);
    m_aiSummaryHeading->hide();
    layout->addWidget(m_aiSummaryHeading);
    m_aiSummary = new QPlainTextEdit(body);
    m_aiSummary->setObjectName(QStringLiteral("resourceAiSummary"));
    m_aiSummary->setAccessibleName(tr("AI summary of the page"));
    m_aiSummary->setReadOnly(true);
    m_aiSummary->setMaximumHeight(120);
    m_aiSummary->hide();
    m_aiSummaryHeading->setBuddy(m_aiSummary);
    layout->addWidget(m_aiSummary);
    m_summaryContinue = new QPushButton(tr("Continue Summary in Chat"), body);
    m_summaryContinue->setObjectName(QStringLiteral("resourceSummaryContinueButton"));
    m_summaryContinue->setAccessibleName(tr("Continue the AI summary in the chat"));
    m_summaryContinue->hide();
    connect(m_summaryContinue, &QPushButton::clicked, this, &ResourcePanel::continueSummaryInChat);
    layout->addWidget(m_summaryContinue);

    auto *resourcesHeading = new QLabel(tr("Resources"), body);
    layout->addWidget(resourcesHeading);
    m_tree = new QTreeWidget(body);
    m_tree->setObjectName(QStringLiteral("resourceTree"));
    m_tree->setAccessibleName(tr("Page resources"));
    m_tree->setHeaderHidden(true);
    m_tree->setMouseTracking(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->installEventFilter(this);
    resourcesHeading->setBuddy(m_tree);
    connect(m_tree, &QTreeWidget::itemEntered, this, &ResourcePanel::hoverItem);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUrl url = item ? item->data(0, kUrlRole).toUrl() : QUrl();
        if (url.isValid()) {
            m_previews.dismiss();
            Q_EMIT openRequested(url);
        }
    });
    layout->addWidget(m_tree, 1);

    auto *askHeading = new QLabel(tr("Ask about this page"), body);
    layout->addWidget(askHeading);
    auto *askRow = new QHBoxLayout;
    m_question = new QLineEdit(body);
    m_question->setObjectName(QStringLiteral("resourceQuestion"));
    m_question->setAccessibleName(tr("Question about the page"));
    m_question->setPlaceholderText(tr("Ask a question about this page"));
    askHeading->setBuddy(m_question);
    m_askButton = new QPushButton(tr("Ask"), body);
    m_askButton->setObjectName(QStringLiteral("resourceAskButton"));
    askRow->addWidget(m_question, 1);
    askRow->addWidget(m_askButton);
    layout->addLayout(askRow);
    connect(m_question, &QLineEdit::returnPressed, this, [this] { ask(m_question->text()); });
    connect(m_askButton, &QPushButton::clicked, this, [this] { ask(m_question->text()); });
    m_askStatus = new QLabel(body);
    m_askStatus->setObjectName(QStringLiteral("resourceAskStatus"));
    m_askStatus->setTextFormat(Qt::PlainText);
    m_askStatus->setWordWrap(true);
    m_askStatus->hide();
    layout->addWidget(m_askStatus);
    m_answer = new QPlainTextEdit(body);
    m_answer->setObjectName(QStringLiteral("resourceAnswer"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setReadOnly(true);
    m_answer->setMaximumHeight(140);
    m_answer->hide();
    layout->addWidget(m_answer);
    m_continueButton = new QPushButton(tr("Continue in Chat"), body);
    m_continueButton->setObjectName(QStringLiteral("resourceContinueButton"));
    m_continueButton->setEnabled(false);
    m_continueButton->hide();
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (m_continue && !m_sessionId.isEmpty())
            m_continue(m_sessionId);
    });
    layout->addWidget(m_continueButton);
    setWidget(body);
}

QString ResourcePanel::systemPrompt(const QString &title, const QUrl &url, const QString &mainText)
{
    // For the model, not the user: not translated.
    QString text = mainText;
    if (text.size() > kMaxContextChars)
        text = text.left(kMaxContextChars) + QStringLiteral("\n[…the rest of the page is cut off]");
    return QStringLiteral(
               "You answer questions about one web page the user is reading. Answer from the page text below; "
               "quote the passages you use verbatim, in quotation marks. If the page does not say, tell the user "
               "so. Answer in the language of the question, in plain text.\n\nPage title: %1\nPage URL: %2\n\n"
               "Page text:\n<<<\n%3\n>>>")
        .arg(title.simplified(), url.toString(QUrl::RemoveUserInfo), text);
}

chat::ChatService *ResourcePanel::chatService()
{
    if (m_chat)
        return m_chat;
    chat::ChatService *service = m_chatProvider ? m_chatProvider() : nullptr;
    if (!service)
        return nullptr;
    m_chat = service;
    connect(service, &chat::ChatService::turnStarted, this,
            [this](const QString &turnId, const QString &sessionId, const QString &) {
                if (turnId != m_turnId)
                    return;
                m_sessionId = sessionId;
                m_continueButton->setEnabled(bool(m_continue));
            });
    connect(service, &chat::ChatService::delta, this, [this](const QString &turnId, const QString &text) {
        if (!m_aiSummaryTurn.isEmpty() && turnId == m_aiSummaryTurn) {
            m_aiSummary->moveCursor(QTextCursor::End);
            m_aiSummary->insertPlainText(text);
            return;
        }
        if (turnId != m_turnId)
            return;
        m_askStatus->hide();
        m_answer->moveCursor(QTextCursor::End);
        m_answer->insertPlainText(text);
    });
    connect(service, &chat::ChatService::finished, this,
            [this](const QString &turnId, const chat::TurnResult &result) {
                if (!m_aiSummaryTurn.isEmpty() && turnId == m_aiSummaryTurn) {
                    m_aiSummaryTurn.clear();
                    if (m_aiSummary->toPlainText().isEmpty())
                        m_aiSummary->setPlainText(result.text);
                    m_aiSummaryResult = result;
                    m_summaryContinue->setVisible(bool(m_continue) && !result.text.isEmpty());
                    m_summaryContinue->setEnabled(true);
                    Q_EMIT aiSummaryFinished();
                    return;
                }
                if (turnId != m_turnId)
                    return;
                m_turnId.clear();
                m_sessionId = result.sessionId;
                m_askStatus->hide();
                if (m_answer->toPlainText().isEmpty())
                    m_answer->setPlainText(result.text);
                m_askButton->setEnabled(true);
                m_continueButton->setEnabled(bool(m_continue));
                Q_EMIT answerFinished();
            });
    connect(service, &chat::ChatService::failed, this, &ResourcePanel::onFailed);
    return service;
}

void ResourcePanel::onFailed(const QString &turnId, const providers::ProviderError &error)
{
    if (!m_aiSummaryTurn.isEmpty() && turnId == m_aiSummaryTurn) {
        // No key, the tier refuses, the provider failed: the offline summary is what there is.
        m_aiSummaryTurn.clear();
        m_aiSummaryHeading->hide();
        m_aiSummary->hide();
        return;
    }
    if (turnId != m_turnId)
        return;
    m_turnId.clear();
    m_askStatus->setText(error.message.isEmpty() ? tr("The question could not be answered.") : error.message);
    m_askStatus->show();
    m_askButton->setEnabled(true);
    Q_EMIT answerFailed();
}

void ResourcePanel::ask(const QString &question)
{
    const QString q = question.trimmed();
    if (q.isEmpty() || !m_tab)
        return;
    if (!m_pageRead) {
        m_askStatus->setText(tr("The page is still being read; ask again in a moment."));
        m_askStatus->show();
        return;
    }
    cancelTurn();
    m_answer->clear();
    m_answer->show();
    m_continueButton->show();
    m_continueButton->setEnabled(false);
    m_sessionId.clear();
    chat::ChatService *service = m_unavailableReason.isEmpty() ? chatService() : nullptr;
    if (!service) {
        m_askStatus->setText(!m_unavailableReason.isEmpty()
                                 ? m_unavailableReason
                                 : tr("Questions need an AI provider; the summary and resources work without one."));
        m_askStatus->show();
        Q_EMIT answerFailed();
        return;
    }
    m_askStatus->setText(tr("Asking…"));
    m_askStatus->show();
    m_askButton->setEnabled(false);
    chat::TurnOptions options;
    options.system = systemPrompt(m_pageTitle, m_pageUrl, m_mainText);
    // The id is known before any signal of the turn can arrive (they are queued to this thread).
    m_turnId = service->startTurn({}, q, options);
}

void ResourcePanel::startAiSummary(const preview::Preview &p)
{
    if (!m_aiSummaries || !m_unavailableReason.isEmpty() || (p.mainText.isEmpty() && p.summary.isEmpty()))
        return;
    chat::ChatService *service = chatService();
    if (!service)
        return;
    m_aiSummary->clear();
    m_aiSummaryHeading->show();
    m_aiSummary->show();
    chat::TurnOptions options;
    options.system = LinkPreviewController::aiSummaryPrompt(p);
    // Unsaved: every page read would otherwise add a session to the chat history. "Continue Summary in Chat"
    // stores it when the user wants it.
    options.unsaved = true;
    m_aiSummaryPrompt = options.system;
    m_aiSummaryResult.reset();
    m_aiSummaryTurn = service->startTurn({}, summaryRequest(), options);
}

QString ResourcePanel::summaryRequest()
{
    return tr("Summarize this page.");
}

void ResourcePanel::continueSummaryInChat()
{
    if (!m_continue)
        return;
    if (!m_summarySessionId.isEmpty()) {
        m_continue(m_summarySessionId);
        return;
    }
    if (!m_aiSummaryResult || !m_chat)
        return;
    m_summaryContinue->setEnabled(false);
    const quint64 generation = m_generation;
    ttc::onReady(m_chat->storeUnsaved(summaryRequest(), *m_aiSummaryResult, m_aiSummaryPrompt), this,
                 [this, generation](const Result<QString> &session) {
                     if (!session) {
                         m_summaryContinue->setEnabled(true);
                         m_askStatus->setText(session.error().message);
                         m_askStatus->show();
                         return;
                     }
                     // Stored once: a second click opens the same session.
                     if (generation == m_generation) {
                         m_aiSummaryResult.reset();
                         m_summarySessionId = *session;
                         m_summaryContinue->setEnabled(true);
                     }
                     m_continue(*session);
                 });
}

QString ResourcePanel::aiSummaryText() const
{
    return m_aiSummary->toPlainText();
}

void ResourcePanel::cancelTurn()
{
    if (!m_turnId.isEmpty() && m_chat)
        m_chat->cancel(m_turnId);
    m_turnId.clear();
    if (m_askButton)
        m_askButton->setEnabled(true);
}

QString ResourcePanel::answerText() const
{
    return m_answer->toPlainText();
}

QString ResourcePanel::askStatus() const
{
    return m_askStatus->isVisible() ? m_askStatus->text() : QString();
}

void ResourcePanel::setTab(BrowserTab *tab)
{
    if (m_tab == tab)
        return;
    disconnect(m_loadConnection);
    m_tab = tab;
    if (tab)
        m_loadConnection = connect(tab, &QWebEngineView::loadFinished, this, [this](bool) {
            if (isVisible())
                refresh();
        });
    if (isVisible())
        refresh();
}

void ResourcePanel::refresh()
{
    const quint64 generation = ++m_generation;
    m_previews.dismiss();
    m_hovered = nullptr;
    m_summary->clear();
    m_tree->clear();
    m_links.clear();
    cancelTurn();
    m_answer->clear();
    m_answer->hide();
    if (!m_aiSummaryTurn.isEmpty() && m_chat)
        m_chat->cancel(m_aiSummaryTurn);
    m_aiSummaryTurn.clear();
    m_aiSummary->clear();
    m_aiSummary->hide();
    m_aiSummaryHeading->hide();
    m_aiSummaryResult.reset();
    m_summarySessionId.clear();
    m_summaryContinue->hide();
    m_askStatus->hide();
    m_continueButton->hide();
    m_pageRead = false;
    m_mainText.clear();
    m_pageTitle.clear();
    m_pageUrl = m_tab ? m_tab->url() : QUrl();
    if (!m_tab) {
        m_title->clear();
        return;
    }
    m_title->setText(m_tab->title());
    m_summary->setPlaceholderText(tr("Reading the page…"));
    const QUrl pageUrl = m_tab->url();
    QPointer<ResourcePanel> self(this);

    m_tab->page()->toHtml([self, generation, pageUrl](const QString &html) {
        if (!self || self->m_generation != generation)
            return;
        const QString capped = html.left(kMaxHtmlChars);
        QtConcurrent::run([capped, pageUrl] { return preview::HtmlExtractor::extract(capped, pageUrl); })
            | ttc::then(self.data(), [self, generation, pageUrl](preview::Preview p) {
                  if (self->m_generation != generation)
                      return;
                  if (!p.title.isEmpty())
                      self->m_title->setText(p.title);
                  self->m_pageTitle = self->m_title->text();
                  self->m_mainText = p.mainText;
                  self->m_pageRead = true;
                  p.url = pageUrl;
                  self->startAiSummary(p);
                  self->m_summary->setPlaceholderText(tr("This page has no text to summarize."));
                  self->m_summary->setPlainText(!p.summary.isEmpty() ? p.summary : p.description);
                  Q_EMIT self->summaryReady();
              });
    });
    m_tab->page()->runJavaScript(resourceScriptSource(), QWebEngineScript::ApplicationWorld,
                                 [self, generation, pageUrl](const QVariant &value) {
                                     if (!self || self->m_generation != generation)
                                         return;
                                     self->setLinks(resourceLinksFromScript(value, pageUrl));
                                 });
}

QString ResourcePanel::summaryText() const
{
    return m_summary->toPlainText();
}

void ResourcePanel::setLinks(const QList<ResourceLink> &links)
{
    m_links = links;
    m_tree->clear();
    const ResourceGroup order[] = {ResourceGroup::Docs, ResourceGroup::Downloads, ResourceGroup::Media,
                                   ResourceGroup::References, ResourceGroup::Navigation};
    for (ResourceGroup group : order) {
        QList<const ResourceLink *> members;
        for (const ResourceLink &link : links)
            if (link.group == group)
                members.append(&link);
        if (members.isEmpty())
            continue;
        auto *top = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(groupName(group)).arg(members.size())});
        top->setData(0, Qt::UserRole, int(group));
        top->setFlags(Qt::ItemIsEnabled);
        for (const ResourceLink *link : members) {
            const QString shown = link->text.isEmpty() ? link->url.toDisplayString() : link->text;
            auto *item = new QTreeWidgetItem(top, {shown});
            item->setData(0, kUrlRole, link->url);
            item->setToolTip(0, link->url.toDisplayString());
        }
        top->setExpanded(true);
    }
    if (links.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No links on this page.")});
        none->setFlags(Qt::ItemIsEnabled);
    }
    Q_EMIT resourcesReady();
}

void ResourcePanel::hoverItem(QTreeWidgetItem *item)
{
    const QUrl url = item ? item->data(0, kUrlRole).toUrl() : QUrl();
    if (!url.isValid()) {
        m_hovered = nullptr;
        m_previews.dismiss();
        return;
    }
    if (item == m_hovered)
        return;
    m_hovered = item;
    const QRect local = m_tree->visualItemRect(item);
    const QRect global(m_tree->viewport()->mapToGlobal(local.topLeft()), local.size());
    m_previews.widgetLinkHovered(url, item->text(0), global, m_tab ? m_tab->url() : QUrl());
}

bool ResourcePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Leave) {
        m_hovered = nullptr;
        m_previews.linkLeft();
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace ttc::browser

#include "ResourcePanel.h"

#include "BrowserTab.h"
#include "LinkPreviewController.h"
#include "PreviewOverlay.h"
#include "preview/HtmlExtractor.h"
#include "util/Future.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
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
    m_summary->setMaximumHeight(160);
    summaryHeading->setBuddy(m_summary);
    layout->addWidget(m_summary);

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
    setWidget(body);
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
            | ttc::then(self.data(), [self, generation](const preview::Preview &p) {
                  if (self->m_generation != generation)
                      return;
                  if (!p.title.isEmpty())
                      self->m_title->setText(p.title);
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

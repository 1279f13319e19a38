#pragma once

#include "ResourceLinks.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ttc::browser {

class BrowserTab;
class LinkPreviewController;

// The resource bot: a dockable side panel about the current page. Summary: the offline extractive summary of the
// page's own DOM (so logged-in pages work), computed off the GUI thread. Resources: the page's links, grouped as
// docs, downloads, media, references (other sites) and navigation (same site); hovering an entry shows the link
// preview overlay, double-click or Enter opens it in a new tab. Everything shown is plain text.
class ResourcePanel : public QDockWidget
{
    Q_OBJECT

public:
    ResourcePanel(LinkPreviewController &previews, QWidget *parent = nullptr);

    // Follows `tab` (nullptr: none): refreshes on every finished load.
    void setTab(BrowserTab *tab);
    // Reads the current tab's page again.
    void refresh();

    QString summaryText() const;
    QTreeWidget *resourceTree() const { return m_tree; }
    QList<ResourceLink> links() const { return m_links; }
    static QString groupName(ResourceGroup group);

Q_SIGNALS:
    void openRequested(const QUrl &url);
    // Both parts of the current page are in (tests wait on them).
    void summaryReady();
    void resourcesReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLinks(const QList<ResourceLink> &links);
    void hoverItem(QTreeWidgetItem *item);

    LinkPreviewController &m_previews;
    QPointer<BrowserTab> m_tab;
    QMetaObject::Connection m_loadConnection;
    quint64 m_generation = 0;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_hovered = nullptr;
    QList<ResourceLink> m_links;
};

} // namespace ttc::browser

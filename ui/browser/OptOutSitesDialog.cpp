#include "OptOutSitesDialog.h"

#include "settings/Settings.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace ttc::browser {

OptOutSitesDialog::OptOutSitesDialog(Settings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("optOutSitesDialog"));
    setWindowTitle(tr("Sites Without Link Previews"));
    resize(420, 320);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Links on these sites, and links that lead to them, are not previewed."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("optOutSitesList"));
    m_list->setAccessibleName(tr("Sites without link previews"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    intro->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    m_empty = new QLabel(tr("No sites yet. Use “Don't Preview Links on This Site” in the browser's View menu or in "
                            "a page's context menu to add one."),
                         this);
    m_empty->setObjectName(QStringLiteral("optOutSitesEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeOptOutSiteButton"));
    m_remove->setAccessibleName(tr("Remove the selected sites"));
    m_remove->setEnabled(false);
    layout->addWidget(buttons);

    // Delete removes the selection while the list has the focus: handled as the list's key press, which reaches it
    // whenever it has the keyboard (a widget shortcut also needs the dialog to be the active window).
    m_list->installEventFilter(this);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &OptOutSitesDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(&m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String("preview/optOutSites"))
            reload();
    });
    reload();
}

bool OptOutSitesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete) && !m_list->selectedItems().isEmpty()) {
        removeSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void OptOutSitesDialog::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    m_list->addItems(m_settings.previewOptOutSites());
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1), QItemSelectionModel::NoUpdate);
    m_list->setVisible(m_list->count() > 0);
    m_empty->setVisible(m_list->count() == 0);
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void OptOutSitesDialog::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    QStringList sites = m_settings.previewOptOutSites();
    for (const QListWidgetItem *item : selected)
        sites.removeAll(item->text());
    m_settings.setPreviewOptOutSites(sites);
    if (m_list->count() > 0)
        m_list->setFocus();
}

} // namespace ttc::browser

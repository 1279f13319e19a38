#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace ttc {
class Settings;
}

namespace ttc::browser {

// The sites whose links are never previewed (setting preview/optOutSites): listed, and removed one by one with the
// Remove button or the Delete key. Changes are stored at once; the list follows changes made elsewhere.
class OptOutSitesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OptOutSitesDialog(Settings &settings, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    void removeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();

    Settings &m_settings;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ttc::browser

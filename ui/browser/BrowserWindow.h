#pragma once

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QWebEngineProfile;

namespace ttc {
class Settings;
}

namespace ttc::browser {

class BrowserTab;
class LinkPreviewController;
class PreviewSource;
class ResourcePanel;

// The browser: tabs, an address/search bar, back/forward/reload/stop, find in page, the current tab's history, a
// load progress bar and link previews on hover. All tabs share one persistent WebEngine profile (createProfile()).
class BrowserWindow : public QMainWindow
{
    Q_OBJECT

public:
    BrowserWindow(QWebEngineProfile *profile, Settings &settings, PreviewSource *previews, QWidget *parent = nullptr);
    ~BrowserWindow() override;

    BrowserTab *newTab(const QUrl &url = {}, bool makeCurrent = true);
    BrowserTab *currentTab() const;
    BrowserTab *tab(int index) const;
    int tabCount() const;
    void closeTab(int index);
    // Loads `input` (a URL, a host name or a search query) in the current tab, opening one if there is none.
    void navigate(const QString &input);

    LinkPreviewController &previews() const { return *m_previews; }
    QLineEdit *addressBar() const { return m_address; }
    QTabWidget *tabWidget() const { return m_tabs; }
    QWidget *findBar() const { return m_findBar; }
    QLabel *findStatus() const { return m_findStatus; }
    QProgressBar *progressBar() const { return m_progress; }
    ResourcePanel *resourcePanel() const { return m_resources; }
    QAction *resourcePanelAction() const { return m_resourcesAction; }
    // "Don't Preview Links on This Site" / "Preview Links on This Site Again" for the current tab's site.
    QAction *sitePreviewsAction() const { return m_sitePreviews; }
    // Opens the list of sites without link previews (non-modal, one at a time).
    void showOptOutSites();
    QDialog *optOutSitesDialog() const { return m_optOutDialog; }
    // The toolbar's Reload button, which turns into Stop while the current tab loads.
    QToolButton *reloadStopButton() const { return m_reloadStop; }

    // What the address bar makes of `input`: a URL as typed, a host name as https://, anything else a query for
    // `searchTemplate` (its "%s" is replaced by the percent-encoded query).
    static QUrl urlFromInput(const QString &input, const QString &searchTemplate);

    void showFindBar();
    void hideFindBar();
    void findNext(bool backward = false);

    bool isPrivate() const;

Q_SIGNALS:
    // File › New Private Window: the module opens one (its profile and preview source differ).
    void privateWindowRequested();
    // The window was closed (its pages are on their way out).
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void buildActions();
    void buildFindBar();
    void onCurrentChanged(int index);
    void updateNavigation();
    void updateTitle();
    void fillHistoryMenu();
    void escape();
    void updateSitePreviews();
    void toggleSitePreviews();

    QWebEngineProfile *m_profile;
    Settings &m_settings;
    LinkPreviewController *m_previews = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QMenu *m_historyMenu = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_escape = nullptr;
    QToolButton *m_reloadStop = nullptr;
    QAction *m_sitePreviews = nullptr;
    QAction *m_optOutSites = nullptr;
    QPointer<QDialog> m_optOutDialog;
    ResourcePanel *m_resources = nullptr;
    QAction *m_resourcesAction = nullptr;
};

// The persistent profile of the browser: storage under the app profile's webengine folder, HTTP cache under its
// cache folder, and the hover script installed for every page.
QWebEngineProfile *createProfile(const QString &storagePath, const QString &cachePath, QObject *parent);
// A private profile: off the record (nothing written to disk), with the hover script.
QWebEngineProfile *createPrivateProfile(QObject *parent);

} // namespace ttc::browser

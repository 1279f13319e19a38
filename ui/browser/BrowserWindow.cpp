#include "BrowserWindow.h"

#include "AddressInput.h"

#include "BrowserTab.h"
#include "HoverBridge.h"
#include "LinkPreviewController.h"
#include "OptOutSitesDialog.h"
#include "PreviewOverlay.h"
#include "ResourcePanel.h"
#include "preview/LinkPolicy.h"
#include "settings/Settings.h"

#include <QAction>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMouseEvent>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace ttc::browser {

namespace {

QString tabTitle(const QString &title)
{
    const QString t = title.simplified();
    return t.size() <= 28 ? t : t.left(27) + QChar(0x2026);
}

} // namespace

namespace {

void installHoverScript(QWebEngineProfile *profile)
{
    QWebEngineScript hover;
    hover.setName(QStringLiteral("ttc-hover-bridge"));
    hover.setSourceCode(hoverScriptSource());
    hover.setInjectionPoint(QWebEngineScript::DocumentReady);
    hover.setWorldId(QWebEngineScript::ApplicationWorld);
    hover.setRunsOnSubFrames(false);
    profile->scripts()->insert(hover);
}

} // namespace

QWebEngineProfile *createPrivateProfile(QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent);
    installHoverScript(profile);
    return profile;
}

QWebEngineProfile *createProfile(const QString &storagePath, const QString &cachePath, QObject *parent)
{
    auto *profile = new QWebEngineProfile(QStringLiteral("default"), parent);
    QDir().mkpath(storagePath);
    QDir().mkpath(cachePath);
    profile->setPersistentStoragePath(storagePath);
    profile->setCachePath(cachePath);
    profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::AllowPersistentCookies);

    installHoverScript(profile);
    return profile;
}

QUrl BrowserWindow::urlFromInput(const QString &input, const QString &searchTemplate)
{
    return browser::urlFromInput(input, searchTemplate);
}

BrowserWindow::BrowserWindow(QWebEngineProfile *profile, Settings &settings, PreviewSource *previews,
                             QWidget *parent)
    : QMainWindow(parent), m_profile(profile), m_settings(settings)
{
    setObjectName(QStringLiteral("browserWindow"));
    setWindowTitle(tr("Browser"));
    resize(1100, 720);
    m_previews = new LinkPreviewController(previews, settings.hoverDelayMs(), this, this);
    connect(&settings, &Settings::changed, this, [this](const QString &key, const QVariant &value) {
        if (key == QLatin1String("browser/hoverDelayMs"))
            m_previews->intent().setDelay(value.toInt());
        else if (key == QLatin1String("browser/aiSummaries")) {
            m_previews->setAiSummariesEnabled(value.toBool());
            m_resources->setAiSummariesEnabled(value.toBool());
        } else if (key == QLatin1String("preview/optOutSites")) {
            // At once, without a restart (the app's preview service follows the same setting).
            m_previews->setOptOutSites(value.toStringList());
            updateSitePreviews();
        }
    });
    m_previews->setOptOutSites(settings.previewOptOutSites());
    m_previews->setAiSummariesEnabled(settings.browserAiSummaries());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("browserTabs"));
    m_tabs->setAccessibleName(tr("Tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->installEventFilter(this);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &BrowserWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BrowserWindow::onCurrentChanged);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    buildFindBar();
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Page load progress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    // The resource bot: docked on the right, hidden until asked for (toolbar button, View menu, Ctrl+Shift+R).
    m_resources = new ResourcePanel(*m_previews, this);
    addDockWidget(Qt::RightDockWidgetArea, m_resources);
    m_resources->hide();
    m_resources->setAiSummariesEnabled(settings.browserAiSummaries());
    connect(m_resources, &ResourcePanel::openRequested, this, [this](const QUrl &url) { newTab(url); });
    connect(m_resources, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_resources->refresh();
    });

    buildActions();
    updateNavigation();
    updateSitePreviews();
}

BrowserWindow::~BrowserWindow()
{
    // Pages must go before the profile they use (which outlives this window).
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
}

void BrowserWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    toolbar->setAccessibleName(tr("Navigation"));

    const auto make = [this](const QString &text, QStyle::StandardPixmap icon, const QString &objectName,
                             const QList<QKeySequence> &keys) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(objectName);
        action->setShortcuts(keys);
        action->setToolTip(keys.isEmpty() ? text
                                          : QStringLiteral("%1 (%2)").arg(
                                                text, keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };

    m_back = make(tr("Back"), QStyle::SP_ArrowBack, QStringLiteral("backAction"),
                  QKeySequence::keyBindings(QKeySequence::Back));
    connect(m_back, &QAction::triggered, this, [this] {
        if (BrowserTab *t = currentTab())
            t->back();
    });
    m_forward = make(tr("Forward"), QStyle::SP_ArrowForward, QStringLiteral("forwardAction"),
                     QKeySequence::keyBindings(QKeySequence::Forward));
    connect(m_forward, &QAction::triggered, this, [this] {
        if (BrowserTab *t = currentTab())
            t->forward();
    });
    m_reload = make(tr("Reload"), QStyle::SP_BrowserReload, QStringLiteral("reloadAction"),
                    QKeySequence::keyBindings(QKeySequence::Refresh));
    connect(m_reload, &QAction::triggered, this, [this] {
        if (BrowserTab *t = currentTab())
            t->reload();
    });
    m_stop = make(tr("Stop"), QStyle::SP_BrowserStop, QStringLiteral("stopAction"), {});
    m_stop->setToolTip(QStringLiteral("%1 (%2)").arg(tr("Stop"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    m_stop->setEnabled(false);
    connect(m_stop, &QAction::triggered, this, [this] {
        if (BrowserTab *t = currentTab())
            t->stop();
    });
    // Esc: closes the find bar or the link preview first, else stops loading. Its own action, so that it works
    // while Stop is disabled (nothing loading).
    m_escape = make(tr("Close or Stop"), QStyle::SP_BrowserStop, QStringLiteral("escapeAction"),
                    {QKeySequence(Qt::Key_Escape)});
    connect(m_escape, &QAction::triggered, this, &BrowserWindow::escape);
    toolbar->addAction(m_back);
    toolbar->addAction(m_forward);
    // One button, Reload while idle and Stop while loading, as in other browsers.
    m_reloadStop = new QToolButton(toolbar);
    m_reloadStop->setObjectName(QStringLiteral("reloadStopButton"));
    m_reloadStop->setAutoRaise(true);
    m_reloadStop->setIconSize(toolbar->iconSize());
    m_reloadStop->setToolButtonStyle(toolbar->toolButtonStyle());
    connect(toolbar, &QToolBar::iconSizeChanged, m_reloadStop, &QToolButton::setIconSize);
    connect(toolbar, &QToolBar::toolButtonStyleChanged, m_reloadStop, &QToolButton::setToolButtonStyle);
    m_reloadStop->setDefaultAction(m_reload);
    m_reloadStop->setAccessibleName(m_reload->text());
    toolbar->addWidget(m_reloadStop);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressBar"));
    m_address->setAccessibleName(tr("Address and search bar"));
    m_address->setPlaceholderText(tr("Search or enter address"));
    m_address->setClearButtonEnabled(true);
    connect(m_address, &QLineEdit::returnPressed, this, [this] { navigate(m_address->text()); });
    toolbar->addWidget(m_address);

    auto *newTabAction = make(tr("New Tab"), QStyle::SP_FileIcon, QStringLiteral("newTabAction"),
                              QKeySequence::keyBindings(QKeySequence::AddTab));
    connect(newTabAction, &QAction::triggered, this, [this] {
        newTab();
        m_address->setFocus();
    });
    auto *closeTabAction = make(tr("Close Tab"), QStyle::SP_DialogCloseButton, QStringLiteral("closeTabAction"),
                                QKeySequence::keyBindings(QKeySequence::Close));
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    auto *focusAddress = make(tr("Open Location"), QStyle::SP_DirIcon, QStringLiteral("openLocationAction"),
                              {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_F6)});
    connect(focusAddress, &QAction::triggered, this, [this] {
        m_address->setFocus(Qt::ShortcutFocusReason);
        m_address->selectAll();
    });
    auto *find = make(tr("Find in Page…"), QStyle::SP_FileDialogContentsView, QStringLiteral("findAction"),
                      QKeySequence::keyBindings(QKeySequence::Find));
    connect(find, &QAction::triggered, this, &BrowserWindow::showFindBar);
    auto *findNextAction = make(tr("Find Next"), QStyle::SP_ArrowDown, QStringLiteral("findNextAction"),
                                QKeySequence::keyBindings(QKeySequence::FindNext));
    connect(findNextAction, &QAction::triggered, this, [this] { findNext(false); });
    auto *findPrevAction = make(tr("Find Previous"), QStyle::SP_ArrowUp, QStringLiteral("findPreviousAction"),
                                QKeySequence::keyBindings(QKeySequence::FindPrevious));
    connect(findPrevAction, &QAction::triggered, this, [this] { findNext(true); });
    toolbar->addAction(newTabAction);
    m_resourcesAction = m_resources->toggleViewAction();
    m_resourcesAction->setObjectName(QStringLiteral("resourcePanelAction"));
    m_resourcesAction->setText(tr("Resource Bot"));
    m_resourcesAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_resourcesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resourcesAction->setToolTip(QStringLiteral("%1 (%2)").arg(
        tr("Resource Bot"), m_resourcesAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_resourcesAction);
    toolbar->addAction(m_resourcesAction);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newTabAction);
    auto *privateWindow = file->addAction(tr("New &Private Window"));
    privateWindow->setObjectName(QStringLiteral("privateWindowAction"));
    privateWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(privateWindow, &QAction::triggered, this, &BrowserWindow::privateWindowRequested);
    file->addAction(focusAddress);
    file->addSeparator();
    file->addAction(closeTabAction);
    auto *closeWindow = file->addAction(tr("Close &Window"));
    closeWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(find);
    edit->addAction(findNextAction);
    edit->addAction(findPrevAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_reload);
    view->addAction(m_stop);
    auto *previewsToggle = view->addAction(tr("Link &Previews"));
    previewsToggle->setObjectName(QStringLiteral("linkPreviewsAction"));
    previewsToggle->setCheckable(true);
    previewsToggle->setChecked(true);
    connect(previewsToggle, &QAction::toggled, m_previews, &LinkPreviewController::setEnabled);
    m_sitePreviews = new QAction(tr("Don't Preview Links on This Site"), this);
    m_sitePreviews->setObjectName(QStringLiteral("sitePreviewsAction"));
    connect(m_sitePreviews, &QAction::triggered, this, &BrowserWindow::toggleSitePreviews);
    view->addAction(m_sitePreviews);
    m_optOutSites = new QAction(tr("Sites Without Link Previews…"), this);
    m_optOutSites->setObjectName(QStringLiteral("optOutSitesAction"));
    connect(m_optOutSites, &QAction::triggered, this, &BrowserWindow::showOptOutSites);
    view->addAction(m_optOutSites);
    view->addSeparator();
    view->addAction(m_resourcesAction);

    m_historyMenu = menuBar()->addMenu(tr("Hi&story"));
    m_historyMenu->setObjectName(QStringLiteral("historyMenu"));
    connect(m_historyMenu, &QMenu::aboutToShow, this, &BrowserWindow::fillHistoryMenu);
}

void BrowserWindow::buildFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->setAccessibleName(tr("Find in page"));
    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(6, 4, 6, 4);
    auto *label = new QLabel(tr("Find:"), m_findBar);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setAccessibleName(tr("Text to find"));
    label->setBuddy(m_findEdit);
    auto *prev = new QToolButton(m_findBar);
    prev->setArrowType(Qt::UpArrow);
    prev->setAccessibleName(tr("Previous match"));
    prev->setToolTip(tr("Previous match"));
    auto *next = new QToolButton(m_findBar);
    next->setArrowType(Qt::DownArrow);
    next->setAccessibleName(tr("Next match"));
    next->setToolTip(tr("Next match"));
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    m_findStatus->setAccessibleName(tr("Matches"));
    m_findStatus->setTextFormat(Qt::PlainText);
    auto *close = new QToolButton(m_findBar);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAccessibleName(tr("Close find bar"));
    close->setToolTip(tr("Close find bar"));
    row->addWidget(label);
    row->addWidget(m_findEdit, 1);
    row->addWidget(prev);
    row->addWidget(next);
    row->addWidget(m_findStatus);
    row->addStretch();
    row->addWidget(close);
    m_findBar->hide();

    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { findNext(false); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        findNext(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(prev, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, &BrowserWindow::hideFindBar);
}

BrowserTab *BrowserWindow::newTab(const QUrl &url, bool makeCurrent)
{
    auto *tab = new BrowserTab(m_profile, m_tabs);
    tab->setAccessibleName(tr("Web page"));
    tab->setNewTabFactory([this] { return newTab({}, true); });
    tab->setContextActions({m_sitePreviews});
    const int index = m_tabs->addTab(tab, tr("New Tab"));

    connect(tab, &QWebEngineView::titleChanged, this, [this, tab](const QString &title) {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0) {
            m_tabs->setTabText(i, tabTitle(title.isEmpty() ? tab->url().toDisplayString() : title));
            m_tabs->setTabToolTip(i, title);
        }
        if (tab == currentTab())
            updateTitle();
    });
    connect(tab, &QWebEngineView::iconChanged, this, [this, tab](const QIcon &icon) {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            m_tabs->setTabIcon(i, icon);
    });
    connect(tab, &QWebEngineView::urlChanged, this, [this, tab](const QUrl &u) {
        if (tab == currentTab() && !m_address->hasFocus())
            m_address->setText(u.toDisplayString());
        updateNavigation();
        if (tab == currentTab())
            updateSitePreviews();
    });
    connect(tab, &BrowserTab::loadingChanged, this, [this, tab] {
        if (tab == currentTab())
            updateNavigation();
    });
    connect(tab, &QWebEngineView::loadStarted, this, [this, tab] {
        if (tab == currentTab()) {
            m_progress->setValue(0);
            m_progress->show();
        }
        if (tab == currentTab())
            m_previews->dismiss();
        updateNavigation();
    });
    connect(tab, &QWebEngineView::loadProgress, this, [this, tab](int p) {
        if (tab == currentTab())
            m_progress->setValue(p);
    });
    connect(tab, &QWebEngineView::loadFinished, this, [this, tab](bool ok) {
        if (tab == currentTab()) {
            m_progress->hide();
            if (!ok)
                statusBar()->showMessage(tr("The page could not be loaded"), 5000);
        }
        updateNavigation();
    });
    connect(tab->page(), &QWebEnginePage::linkHovered, this, [this, tab](const QString &link) {
        if (tab == currentTab())
            statusBar()->showMessage(link);
    });
    connect(tab->page(), &QWebEnginePage::findTextFinished, this,
            [this, tab](const QWebEngineFindTextResult &result) {
                if (tab != currentTab() || m_findEdit->text().isEmpty())
                    return;
                m_findStatus->setText(result.numberOfMatches() == 0
                                          ? tr("No matches")
                                          : tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
            });
    connect(tab, &BrowserTab::linkHovered, this, [this, tab](const HoverLink &link) {
        if (tab == currentTab() && isActiveWindow())
            m_previews->linkHovered(tab, link);
    });
    connect(tab, &BrowserTab::linkLeft, this, [this, tab] {
        if (tab == currentTab())
            m_previews->linkLeft();
    });

    if (makeCurrent)
        m_tabs->setCurrentIndex(index);
    if (url.isValid() && !url.isEmpty())
        tab->load(url);
    return tab;
}

BrowserTab *BrowserWindow::currentTab() const
{
    return qobject_cast<BrowserTab *>(m_tabs->currentWidget());
}

BrowserTab *BrowserWindow::tab(int index) const
{
    return qobject_cast<BrowserTab *>(m_tabs->widget(index));
}

int BrowserWindow::tabCount() const
{
    return m_tabs->count();
}

void BrowserWindow::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    m_previews->dismiss();
    m_tabs->removeTab(index);
    w->deleteLater();
    if (m_tabs->count() == 0)
        close();
}

void BrowserWindow::navigate(const QString &input)
{
    const QUrl url = urlFromInput(input, m_settings.browserSearchUrl());
    if (!url.isValid() || url.isEmpty())
        return;
    BrowserTab *t = currentTab();
    if (!t)
        t = newTab();
    t->load(url);
    m_address->setText(url.toDisplayString());
    t->setFocus();
}

void BrowserWindow::onCurrentChanged(int)
{
    m_previews->dismiss();
    BrowserTab *t = currentTab();
    m_resources->setTab(t);
    m_address->setText(t ? t->url().toDisplayString() : QString());
    if (t && t->url().isEmpty())
        m_address->clear();
    m_progress->hide();
    if (m_findBar->isVisible() && t)
        findNext(false);
    updateTitle();
    updateNavigation();
    updateSitePreviews();
}

void BrowserWindow::updateNavigation()
{
    BrowserTab *t = currentTab();
    m_back->setEnabled(t && t->history()->canGoBack());
    m_forward->setEnabled(t && t->history()->canGoForward());
    m_reload->setEnabled(t != nullptr);
    const bool loading = t && t->isLoading();
    m_stop->setEnabled(loading);
    QAction *shown = loading ? m_stop : m_reload;
    if (m_reloadStop->defaultAction() != shown) {
        // Only one action on the button: with two, it would grow a menu arrow and a press-and-hold menu.
        if (QAction *previous = m_reloadStop->defaultAction())
            m_reloadStop->removeAction(previous);
        m_reloadStop->setDefaultAction(shown);
        m_reloadStop->setAccessibleName(shown->text());
    }
}

void BrowserWindow::updateSitePreviews()
{
    if (!m_sitePreviews)
        return;
    BrowserTab *t = currentTab();
    const QUrl url = t ? t->url() : QUrl();
    const QString site = preview::LinkPolicy::siteOf(url);
    const bool optedOut = !site.isEmpty() && preview::LinkPolicy(m_settings.previewOptOutSites()).isOptedOut(url);
    m_sitePreviews->setEnabled(!site.isEmpty());
    m_sitePreviews->setText(optedOut ? tr("Preview Links on This Site Again") : tr("Don't Preview Links on This Site"));
    m_sitePreviews->setToolTip(site.isEmpty() ? QString()
                               : optedOut     ? tr("Show link previews on %1 again").arg(site)
                                              : tr("Stop showing link previews on %1").arg(site));
}

void BrowserWindow::toggleSitePreviews()
{
    BrowserTab *t = currentTab();
    const QUrl url = t ? t->url() : QUrl();
    const QString site = preview::LinkPolicy::siteOf(url);
    if (site.isEmpty())
        return;
    const QStringList sites = m_settings.previewOptOutSites();
    m_previews->dismiss();
    if (preview::LinkPolicy(sites).isOptedOut(url)) {
        m_settings.setPreviewOptOutSites(preview::LinkPolicy::withoutSite(sites, url));
        statusBar()->showMessage(tr("Links on %1 are previewed again.").arg(site), 5000);
    } else {
        m_settings.setPreviewOptOutSites(preview::LinkPolicy::withSite(sites, url));
        statusBar()->showMessage(tr("Links on %1 are no longer previewed.").arg(site), 5000);
    }
}

void BrowserWindow::showOptOutSites()
{
    if (!m_optOutDialog) {
        m_optOutDialog = new OptOutSitesDialog(m_settings, this);
        m_optOutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_optOutDialog->show();
    m_optOutDialog->raise();
    m_optOutDialog->activateWindow();
}

bool BrowserWindow::isPrivate() const
{
    return m_profile->isOffTheRecord();
}

void BrowserWindow::updateTitle()
{
    BrowserTab *t = currentTab();
    const QString title = t ? t->title().simplified() : QString();
    // A page without a title shows its address (Qt reports the URL as title then).
    const QString shown = title.isEmpty() ? tr("Browser") : title;
    setWindowTitle(isPrivate() ? tr("%1 (Private)").arg(shown) : shown);
}

void BrowserWindow::fillHistoryMenu()
{
    m_historyMenu->clear();
    m_historyMenu->addAction(m_back);
    m_historyMenu->addAction(m_forward);
    m_historyMenu->addSeparator();
    BrowserTab *t = currentTab();
    if (!t)
        return;
    QWebEngineHistory *history = t->history();
    const QList<QWebEngineHistoryItem> items = history->items();
    const int current = history->currentItemIndex();
    // The most recent 25 entries, newest first.
    for (int i = int(items.size()) - 1, shown = 0; i >= 0 && shown < 25; --i, ++shown) {
        const QWebEngineHistoryItem item = items.at(i);
        QString text = item.title().simplified();
        if (text.isEmpty())
            text = item.url().toDisplayString();
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        QAction *a = m_historyMenu->addAction(text);
        a->setToolTip(item.url().toDisplayString());
        a->setCheckable(true);
        a->setChecked(i == current);
        connect(a, &QAction::triggered, this, [this, t, item] {
            if (m_tabs->indexOf(t) >= 0)
                t->history()->goToItem(item);
        });
    }
    m_historyMenu->addSeparator();
    QAction *clear = m_historyMenu->addAction(tr("Clear History"));
    connect(clear, &QAction::triggered, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i)
            tab(i)->history()->clear();
        m_profile->clearAllVisitedLinks();
        updateNavigation();
    });
}

void BrowserWindow::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    if (!m_findEdit->text().isEmpty())
        findNext(false);
}

void BrowserWindow::hideFindBar()
{
    m_findBar->hide();
    m_findStatus->clear();
    if (BrowserTab *t = currentTab()) {
        t->findText(QString());   // clears the highlights
        t->setFocus();
    }
}

void BrowserWindow::findNext(bool backward)
{
    BrowserTab *t = currentTab();
    if (!t)
        return;
    if (!m_findBar->isVisible()) {
        showFindBar();
        return;
    }
    const QString text = m_findEdit->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        t->findText(QString());
        return;
    }
    t->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void BrowserWindow::escape()
{
    if (m_findBar->isVisible() && m_findBar->isAncestorOf(focusWidget())) {
        hideFindBar();
        return;
    }
    if (m_previews->overlay()->isVisible()) {
        m_previews->dismiss();
        return;
    }
    if (BrowserTab *t = currentTab())
        t->stop();
}

void BrowserWindow::closeEvent(QCloseEvent *event)
{
    m_previews->dismiss();
    // Closing ends the pages (no sound or scripts from a hidden window); the app stays in the tray.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    event->accept();
    Q_EMIT closed();
}

bool BrowserWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            const int index = m_tabs->tabBar()->tabAt(mouse->position().toPoint());
            if (index >= 0) {
                closeTab(index);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void BrowserWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        m_previews->dismiss();
    QMainWindow::changeEvent(event);
}

void BrowserWindow::moveEvent(QMoveEvent *event)
{
    m_previews->dismiss();
    QMainWindow::moveEvent(event);
}

} // namespace ttc::browser

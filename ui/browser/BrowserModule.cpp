// The browser feature module (plugin ttc-browser): the browser window with link previews, loaded on first use so
// that WebEngine costs nothing until then.
// Actions: "open" {url?} shows the window (a new tab with `url` when given, else a blank tab if it has none);
// "newTab" {url?}; "openPrivate" {url?} (a private window: off-the-record profile, previews never cached); "hide".
#include "BrowserTab.h"
#include "BrowserWindow.h"
#include "LinkPreviewController.h"
#include "PreviewServiceSource.h"
#include "ResourcePanel.h"
#include "ThumbnailRenderer.h"
#include "app/CompanionApp.h"
#include "app/FeatureModule.h"
#include "ai/AiServices.h"
#include "preview/PreviewCache.h"
#include "preview/PreviewService.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/Profile.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QPointer>
#include <QWebEngineProfile>

#include <memory>

// QtGui's global share context (exported, but declared only in a private header): what Qt::AA_ShareOpenGLContexts
// sets up when QApplication is constructed.
QOpenGLContext *qt_gl_global_share_context();
void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace ttc::browser {

Q_DECLARE_LOGGING_CATEGORY(lcBrowser)

namespace {

// WebEngine renders through contexts shared with a global one. The tray app does not ask for it at start-up (it
// costs a GL context, ~55 MiB, on every launch), so the module creates it here, before the first page: without it
// WebEngine crashes on its first frame.
void ensureGlobalShareContext()
{
    if (::qt_gl_global_share_context())
        return;
    auto *context = new QOpenGLContext(qApp);
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create())
        qCWarning(lcBrowser) << "no OpenGL context for WebEngine to share; pages may not render";
    ::qt_gl_set_global_share_context(context);
}

} // namespace

class BrowserModule final : public QObject, public FeatureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TTC_FEATURE_MODULE_IID)
    Q_INTERFACES(ttc::FeatureModule)

public:
    void initialize(CompanionApp &app) override
    {
        m_app = &app;
        ensureGlobalShareContext();
        const Profile &profile = app.profile();
        m_profile = createProfile(profile.webEngineDir() + QStringLiteral("/storage"),
                                  profile.cacheDir() + QStringLiteral("/webengine"), nullptr);

        // Previews: the app's pipeline, cached in its database (opened now if nothing else did).
        app.openDatabase();
        preview::CacheOptions cacheOptions;
        cacheOptions.maxBytes = qint64(std::max(1, app.settings().previewCacheMaxMB())) * 1024 * 1024;
        m_cache = std::make_unique<preview::PreviewCache>(app.database(), SystemClock::instance(), cacheOptions);
        m_service = std::make_unique<preview::PreviewService>(&app.network(), m_cache.get(), SystemClock::instance());
        m_service->policy().setOptOutSites(app.settings().previewOptOutSites());
        connect(&app.settings(), &Settings::changed, this, [this](const QString &key, const QVariant &value) {
            if (key == QLatin1String("preview/optOutSites") && m_service)
                m_service->policy().setOptOutSites(value.toStringList());
        });
        m_source = std::make_unique<PreviewServiceSource>(*m_service);
        m_thumbnails = std::make_unique<ThumbnailRenderer>();
    }

    void handle(const QString &action, const QVariantMap &arguments) override
    {
        if (!m_profile) {
            qCWarning(lcBrowser) << "browser: request after shutdown ignored:" << action;
            return;
        }
        const QString input = arguments.value(QStringLiteral("url")).toString().trimmed();
        if (action == QLatin1String("open") || action == QLatin1String("newTab")) {
            BrowserWindow &w = window();
            const QUrl url = BrowserWindow::urlFromInput(input, m_app->settings().browserSearchUrl());
            if (!url.isEmpty()) {
                BrowserTab *current = w.currentTab();
                if (action == QLatin1String("open") && current && current->url().isEmpty())
                    w.navigate(input);
                else
                    w.newTab(url);
            } else if (w.tabCount() == 0 || action == QLatin1String("newTab")) {
                w.newTab();
            }
            w.show();
            w.raise();
            w.activateWindow();
        } else if (action == QLatin1String("openPrivate")) {
            BrowserWindow &w = privateWindow();
            const QUrl url = BrowserWindow::urlFromInput(input, m_app->settings().browserSearchUrl());
            if (!url.isEmpty() || w.tabCount() == 0)
                w.newTab(url);
            w.show();
            w.raise();
            w.activateWindow();
        } else if (action == QLatin1String("hide")) {
            if (m_window)
                m_window->hide();
        } else {
            qCWarning(lcBrowser) << "browser: unknown action" << action;
        }
    }

    void shutdown() override
    {
        // Pages before their profile.
        delete m_window;
        delete m_privateWindow;
        delete m_privateProfile;
        m_privateProfile = nullptr;
        m_privateSource.reset();
        m_thumbnails.reset();
        m_source.reset();
        m_service.reset();
        m_cache.reset();
        delete m_profile;
        m_profile = nullptr;
    }

private:
    BrowserWindow &window()
    {
        if (!m_window) {
            m_window = new BrowserWindow(m_profile, m_app->settings(), m_source.get());
            m_window->previews().setPolicy(&m_service->policy());
            m_window->previews().setThumbnailRenderer(m_thumbnails.get());
            connect(m_window, &BrowserWindow::privateWindowRequested, this,
                    [this] { handle(QStringLiteral("openPrivate"), {}); });
            // The resource bot's questions: the AI layer is built on the first one. (Private windows get none: their
            // pages would end up in the chat history.)
            CompanionApp *app = m_app;
            m_window->resourcePanel()->setChatServiceProvider([app] { return &app->ai().chat(); });
            m_window->previews().setAiSummaryProvider([app] { return &app->ai().chat(); });
            m_window->resourcePanel()->setContinueInChat([app](const QString &sessionId) {
                app->requestFeature(QStringLiteral("chat"), QStringLiteral("open"),
                                    {{QStringLiteral("sessionId"), sessionId}});
            });
        }
        return *m_window;
    }

    // Private browsing: an off-the-record profile, and previews fetched without reading or writing the cache.
    BrowserWindow &privateWindow()
    {
        if (!m_privateWindow) {
            if (!m_privateProfile)
                m_privateProfile = createPrivateProfile(nullptr);
            if (!m_privateSource)
                m_privateSource =
                    std::make_unique<PreviewServiceSource>(*m_service, preview::PreviewService::CacheMode::Bypass);
            m_privateWindow = new BrowserWindow(m_privateProfile, m_app->settings(), m_privateSource.get());
            m_privateWindow->setObjectName(QStringLiteral("privateBrowserWindow"));
            m_privateWindow->previews().setPolicy(&m_service->policy());
            m_privateWindow->previews().setThumbnailRenderer(m_thumbnails.get());
            m_privateWindow->resourcePanel()->setQuestionsUnavailable(
                tr("Questions are off in private windows: they would be kept in the chat history."));
            connect(m_privateWindow, &BrowserWindow::privateWindowRequested, this,
                    [this] { handle(QStringLiteral("openPrivate"), {}); });
            // Closing it ends the private session: the window, then (once its pages are gone) the profile with its
            // in-memory cookies and cache.
            connect(m_privateWindow, &BrowserWindow::closed, this, [this] {
                BrowserWindow *window = m_privateWindow;
                QWebEngineProfile *profile = m_privateProfile;
                m_privateWindow = nullptr;
                m_privateProfile = nullptr;
                connect(window, &QObject::destroyed, profile, &QObject::deleteLater);
                window->deleteLater();
            });
        }
        return *m_privateWindow;
    }

    CompanionApp *m_app = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    std::unique_ptr<preview::PreviewCache> m_cache;
    std::unique_ptr<preview::PreviewService> m_service;
    std::unique_ptr<PreviewSource> m_source;
    std::unique_ptr<ThumbnailRenderer> m_thumbnails;
    QPointer<BrowserWindow> m_window;
    QWebEngineProfile *m_privateProfile = nullptr;
    std::unique_ptr<PreviewSource> m_privateSource;
    QPointer<BrowserWindow> m_privateWindow;
};

} // namespace ttc::browser

#include "BrowserModule.moc"

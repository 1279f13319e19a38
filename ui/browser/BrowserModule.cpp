// The browser feature module (plugin ttc-browser): the browser window with link previews, loaded on first use so
// that WebEngine costs nothing until then.
// Actions: "open" {url?} shows the window (a new tab with `url` when given, else a blank tab if it has none);
// "newTab" {url?}; "hide".
#include "BrowserTab.h"
#include "BrowserWindow.h"
#include "PreviewSource.h"
#include "app/CompanionApp.h"
#include "app/FeatureModule.h"
#include "settings/Settings.h"
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
        m_source = std::make_unique<UrlOnlyPreviewSource>();
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
        m_source.reset();
        delete m_profile;
        m_profile = nullptr;
    }

private:
    BrowserWindow &window()
    {
        if (!m_window)
            m_window = new BrowserWindow(m_profile, m_app->settings(), m_source.get());
        return *m_window;
    }

    CompanionApp *m_app = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    std::unique_ptr<PreviewSource> m_source;
    QPointer<BrowserWindow> m_window;
};

} // namespace ttc::browser

#include "BrowserModule.moc"

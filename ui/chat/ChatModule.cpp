// The chat feature module (plugin ttc-chat): the floating QML chat window, loaded on first use.
// Actions: "open" {sessionId?} shows the window (with that chat selected); "new"/"newChat" shows it with a new chat; "hide"; "toggle"; "stop" stops a
// running reply; "setComposer" {text, send: bool} puts text in the composer (and sends it); "searchHistory" {query}
// shows the window searching all chats.
// api(): a ChatApi (ChatApi.h) for the voice feature and others.
#include "ChatApi.h"
#include "ChatController.h"
#include "ChatServiceRunner.h"
#include "ChatStore.h"
#include "ChatWindow.h"
#include "app/CompanionApp.h"
#include "app/FeatureModule.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>
#include <utility>

namespace ttc::chat {

Q_DECLARE_LOGGING_CATEGORY(lcChat)

class ChatModule final : public QObject, public FeatureModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TTC_FEATURE_MODULE_IID)
    Q_INTERFACES(ttc::FeatureModule)

public:
    void initialize(CompanionApp &app) override
    {
        m_app = &app;
        m_store = std::make_unique<ChatStore>(app.database(), SystemClock::instance());
        ChatHost host;
        host.openWindow = [&app](const QString &name) { app.open(name); };
        host.openLink = [&app](const QUrl &url) {
            if (app.isFeatureAvailable(QStringLiteral("browser")) &&
                url.scheme().startsWith(QLatin1String("http"))) {
                app.requestFeature(QStringLiteral("browser"), QStringLiteral("open"),
                                   {{QStringLiteral("url"), url.toString()}});
            } else {
                QDesktopServices::openUrl(url);
            }
        };
        host.copyToClipboard = [](const QString &text) { QGuiApplication::clipboard()->setText(text); };
        m_controller = std::make_unique<ChatController>(*m_store, app.settings(), std::move(host));
        // Chat turns run through the app's one ChatService (the same store and quota guard as `ttc chat`).
        m_runner = std::make_unique<ChatServiceRunner>(app.ai());
        m_controller->setRunner(m_runner.get());
        m_window = std::make_unique<ChatWindow>(*m_controller, app.settings());
        m_api = std::make_unique<ChatApi>(*m_controller, *m_window);
    }

    void handle(const QString &action, const QVariantMap &arguments) override
    {
        if (!m_window) {
            qCWarning(lcChat) << "chat: request after shutdown ignored:" << action;
        } else if (action == QLatin1String("open")) {
            const QString sessionId = arguments.value(QStringLiteral("sessionId")).toString();
            if (!sessionId.isEmpty())
                m_controller->selectSession(sessionId);
            showWindow();
        } else if (action == QLatin1String("setComposer")) {
            showWindow();
            m_controller->setComposerText(arguments.value(QStringLiteral("text")).toString());
            if (arguments.value(QStringLiteral("send")).toBool())
                m_controller->send();
        } else if (action == QLatin1String("stop")) {
            m_controller->stop();
        } else if (action == QLatin1String("searchHistory")) {
            showWindow();
            m_controller->search()->setQuery(arguments.value(QStringLiteral("query")).toString());
        } else if (action == QLatin1String("new") || action == QLatin1String("newChat")) {
            m_controller->newChat();
            showWindow();
        } else if (action == QLatin1String("hide")) {
            m_window->hide();
        } else if (action == QLatin1String("toggle")) {
            if (m_window->isVisible())
                m_window->hide();
            else
                showWindow();
        } else {
            qCWarning(lcChat) << "chat: unknown action" << action;
        }
    }

    QObject *api() override { return m_api.get(); }

    // The first time, start-up work the window does not need (keychain reads, the account, the global shortcut)
    // waits until its first frame is on screen.
    void showWindow()
    {
        if (!std::exchange(m_shownOnce, true)) {
            connect(m_window.get(), &ChatWindow::firstFrameSwapped, this, m_app->holdUntilFirstFrame(),
                    Qt::SingleShotConnection);
        }
        m_window->show();
    }

    // Everything goes now, while the app, its database and the QApplication still exist: the plugin instance itself
    // lives until the library is unloaded at exit, which is too late for a QML engine.
    void shutdown() override
    {
        if (m_controller) {
            m_controller->stop();
            m_controller->shutdown();
        }
        if (m_window)
            m_window->saveGeometry();
        m_api.reset();
        m_window.reset();
        m_controller.reset();
        m_runner.reset();
        m_store.reset();
    }

private:
    CompanionApp *m_app = nullptr;
    bool m_shownOnce = false;
    std::unique_ptr<ChatStore> m_store;
    std::unique_ptr<ChatServiceRunner> m_runner;
    std::unique_ptr<ChatController> m_controller;
    std::unique_ptr<ChatWindow> m_window;
    std::unique_ptr<ChatApi> m_api;
};

} // namespace ttc::chat

#include "ChatModule.moc"

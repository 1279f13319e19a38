// The resource bot panel of the browser window, for real (WebEngine under Xvfb, loopback pages): Ctrl+Shift+R
// opens it, it lists the page's links in the right groups (docs, downloads, media, references, navigation; no
// javascript:/mailto:, no duplicate from an anchor), shows the offline summary of the page's own DOM, hovering an
// entry shows the link preview overlay, Enter opens the entry in a new tab, and a question is answered through a
// loopback OpenAI-compatible provider with the page's text in the system prompt (a provider error shows its reason).
#include "FakeProviderServer.h"
#include "BrowserTab.h"
#include "BrowserWindow.h"
#include "LinkPreviewController.h"
#include "LoopbackHttp.h"
#include "PreviewOverlay.h"
#include "PreviewSource.h"
#include "ResourceLinks.h"
#include "ResourcePanel.h"
#include "TestPages.h"
#include "TestSupport.h"
#include "ai/AiServices.h"
#include "chat/ChatService.h"
#include "keys/KeyRing.h"
#include "keys/SecretStore.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QWebEngineProfile>

using namespace ttc;
using namespace ttc::browser;

namespace {

class InstantSource final : public PreviewSource
{
public:
    QList<QUrl> requests;

    void request(const QUrl &url, QObject *context, Callback done) override
    {
        requests << url;
        if (!context)
            return;
        preview::Preview p;
        p.url = url;
        p.finalUrl = url;
        p.title = QStringLiteral("Preview of ") + url.path();
        p.summary = QStringLiteral("A preview from the test source.");
        done(std::move(p));
    }
};

} // namespace

class TestResourceBot : public QObject
{
    Q_OBJECT

    LoopbackHttp m_http;
    test::TempProfile m_profile;
    std::unique_ptr<Settings> m_settings;
    QWebEngineProfile *m_webProfile = nullptr;
    InstantSource m_source;
    std::unique_ptr<BrowserWindow> m_window;
    test::FakeProviderServer m_provider;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<ai::AiServices> m_ai;
    QString m_continuedSession;

    ResourcePanel *panel() const { return m_window->resourcePanel(); }
    PreviewOverlay *overlay() const { return m_window->previews().overlay(); }

    QTreeWidgetItem *group(const QString &name) const
    {
        QTreeWidget *tree = panel()->resourceTree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0).startsWith(name + QLatin1String(" (")))
                return tree->topLevelItem(i);
        return nullptr;
    }

    QStringList entries(const QString &name) const
    {
        QStringList out;
        if (QTreeWidgetItem *g = group(name))
            for (int i = 0; i < g->childCount(); ++i)
                out << g->child(i)->text(0);
        return out;
    }

    void hoverEntry(ResourceGroup g, int index)
    {
        QTreeWidgetItem *item = group(ResourcePanel::groupName(g))->child(index);
        QTreeWidget *tree = panel()->resourceTree();
        tree->scrollToItem(item);
        QTest::mouseMove(tree->viewport(), tree->visualItemRect(item).center());
    }

    void leaveTree()
    {
        QTest::mouseMove(m_window->currentTab(), QPoint(20, 20));
        QTRY_VERIFY_WITH_TIMEOUT(!overlay()->isVisible(), 5000);
    }

    int count(const QString &sql)
    {
        QFuture<int> f = m_db->run([sql](QSqlDatabase &d) {
            QSqlQuery q(d);
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        });
        f.waitForFinished();
        return f.result();
    }

    static QString systemMessage(const test::FakeProviderRequest &request)
    {
        const QJsonArray messages =
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("messages")).toArray();
        for (const QJsonValue &m : messages) {
            const QString role = m[QLatin1String("role")].toString();
            if (role == QLatin1String("system") || role == QLatin1String("developer"))
                return m[QLatin1String("content")].toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display: run through scripts/test-env");
        QVERIFY(m_http.listen());
        QUrl other = m_http.url(QStringLiteral("/"));
        other.setHost(QStringLiteral("localhost"));
        m_http.setPage("/", resourcePage(other.toString(QUrl::RemovePath).toUtf8()));
        m_http.setPage("/frame", resourceFramePage());
        m_http.setPage("/article", "<!doctype html><title>Loopback Article</title><h1>Article</h1><p>Body.</p>");

        m_settings = std::make_unique<Settings>(m_profile.profile().settingsPath());
        QVERIFY(m_provider.listen());
        qputenv("TTC_OPENAI_BASE_URL", m_provider.baseUrl(QStringLiteral("openai")).toString().toUtf8());
        qputenv("OPENAI_API_KEY", "sk-test-resource-bot-0000");
        qputenv("TTC_TIER", "pro");
        m_db = std::make_unique<store::Database>(m_profile.profile().databasePath());
        m_db->open().waitForFinished();
        m_ai = std::make_unique<ai::AiServices>(m_profile.profile(), m_settings.get(), *m_db, SystemClock::instance(),
                                                std::make_unique<keys::MemorySecretStore>());
        m_ai->keys().load();
        QTRY_VERIFY_WITH_TIMEOUT(m_ai->keys().isLoaded(), 20000);
        m_webProfile = createProfile(m_profile.profile().webEngineDir() + QStringLiteral("/storage"),
                                     m_profile.profile().cacheDir() + QStringLiteral("/webengine"), this);
        m_window = std::make_unique<BrowserWindow>(m_webProfile, *m_settings, &m_source);
        m_window->resourcePanel()->setChatServiceProvider([this] { return &m_ai->chat(); });
        m_window->previews().setAiSummaryProvider([this] { return &m_ai->chat(); });
        m_window->resourcePanel()->setContinueInChat([this](const QString &id) { m_continuedSession = id; });
        m_window->resize(1200, 760);
        m_window->move(0, 0);
        BrowserTab *t = m_window->newTab(m_http.url(QStringLiteral("/")));
        QSignalSpy loaded(t, &QWebEngineView::loadFinished);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toBool());
    }

    void shortcutOpensThePanel()
    {
        QVERIFY(!panel()->isVisible());
        QCOMPARE(m_window->resourcePanelAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(!panel()->accessibleName().isEmpty());
        QSignalSpy resources(panel(), &ResourcePanel::resourcesReady);
        QSignalSpy summary(panel(), &ResourcePanel::summaryReady);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isVisible(), 5000);
        QVERIFY(m_window->resourcePanelAction()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!resources.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!summary.isEmpty(), 10000);
    }

    void linksAreGrouped()
    {
        QCOMPARE(entries(ResourcePanel::groupName(ResourceGroup::Docs)),
                 QStringList({QStringLiteral("The gardening manual"), QStringLiteral("Plain notes"),
                              QStringLiteral("Guide listed in a frame")}));
        QCOMPARE(entries(ResourcePanel::groupName(ResourceGroup::Downloads)),
                 QStringList({QStringLiteral("Seed archive"), QStringLiteral("Installer package")}));
        QCOMPARE(entries(ResourcePanel::groupName(ResourceGroup::Media)),
                 QStringList({QStringLiteral("Garden photo"), QStringLiteral("Bird song")}));
        QCOMPARE(entries(ResourcePanel::groupName(ResourceGroup::References)),
                 QStringList({QStringLiteral("Another gardener's site")}));
        // The anchor variant is the same resource; script and mail links are not resources.
        QCOMPARE(entries(ResourcePanel::groupName(ResourceGroup::Navigation)),
                 QStringList({QStringLiteral("Read the loopback article")}));
        // The frame from another site (the same page under "localhost", loaded too) is not read: its link would be a
        // fourth doc.
        QCOMPARE(m_http.hits("/frame"), 2);
        QCOMPARE(panel()->links().size(), 9);
    }

    void summaryIsTheOfflineOne()
    {
        const QString summary = panel()->summaryText();
        QVERIFY2(summary.contains(QLatin1String("gardening")) || summary.contains(QLatin1String("gardener")),
                 qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("Script link")));
        m_window->grab().save(test::artifactsDir() + QStringLiteral("/resource-bot-panel.png"));
    }

    void hoverOnAnEntryShowsThePreview()
    {
        QTreeWidgetItem *g = group(ResourcePanel::groupName(ResourceGroup::Navigation));
        QVERIFY(g);
        QTreeWidgetItem *item = g->child(0);
        QTreeWidget *tree = panel()->resourceTree();
        tree->scrollToItem(item);
        const QRect r = tree->visualItemRect(item);
        QTest::mouseMove(tree->viewport(), r.center());
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(overlay()->titleText(), QStringLiteral("Preview of /article"), 5000);
        QCOMPARE(m_source.requests.last(), m_http.url(QStringLiteral("/article")));
        QVERIFY(m_window->isActiveWindow());
        // Next to the entry, not over it.
        QVERIFY(!overlay()->frameGeometry().contains(tree->viewport()->mapToGlobal(r.center())));
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
        shot.save(test::artifactsDir() + QStringLiteral("/resource-bot-hover.png"));
        QTest::mouseMove(m_window->currentTab(), QPoint(20, 20));
        QTRY_VERIFY_WITH_TIMEOUT(!overlay()->isVisible(), 5000);
    }

    void questionIsAnsweredWithThePageAsContext()
    {
        m_provider.enqueue(test::FakeProviderServer::textReply(
            QStringLiteral("openai"), {QStringLiteral("The page says: "), QStringLiteral("\"The soil is made of "),
                                       QStringLiteral("sockets and patience.\"")}, 20));
        QSignalSpy done(panel(), &ResourcePanel::answerFinished);
        panel()->questionEdit()->setText(QStringLiteral("What is the soil made of?"));
        QTest::keyClick(panel()->questionEdit(), Qt::Key_Return);
        QVERIFY(done.wait(20000));
        QCOMPARE(panel()->answerText(),
                 QStringLiteral("The page says: \"The soil is made of sockets and patience.\""));
        QVERIFY(panel()->askStatus().isEmpty());

        const test::FakeProviderRequest &request = m_provider.requests().last();
        QVERIFY(request.path.endsWith("/chat/completions"));
        const QJsonArray messages = QJsonDocument::fromJson(request.body).object().value(QLatin1String("messages")).toArray();
        QString system;
        QString user;
        for (const QJsonValue &m : messages) {
            const QString role = m[QLatin1String("role")].toString();
            if (role == QLatin1String("system") || role == QLatin1String("developer"))
                system = m[QLatin1String("content")].toString();
            else if (role == QLatin1String("user"))
                user = m[QLatin1String("content")].toString();
        }
        QVERIFY2(system.contains(QLatin1String("The soil is made of sockets and patience.")), qPrintable(system));
        QVERIFY(system.contains(QLatin1String("Resource Page")));
        QVERIFY(system.contains(m_http.url(QStringLiteral("/")).toString()));
        QVERIFY(system.contains(QLatin1String("quote")));
        QCOMPARE(user, QStringLiteral("What is the soil made of?"));

        // "Continue in chat" hands over the session the answer was stored in.
        QVERIFY(!panel()->sessionId().isEmpty());
        auto *button = panel()->findChild<QPushButton *>(QStringLiteral("resourceContinueButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(m_continuedSession, panel()->sessionId());
        m_window->grab().save(test::artifactsDir() + QStringLiteral("/resource-bot-answer.png"));
    }

    void providerErrorShowsTheReason()
    {
        m_provider.enqueue(test::FakeProviderServer::errorReply(QStringLiteral("openai"), 401));
        QSignalSpy failed(panel(), &ResourcePanel::answerFailed);
        panel()->ask(QStringLiteral("Who wrote it?"));
        QVERIFY(failed.wait(20000));
        QVERIFY(!panel()->askStatus().isEmpty());
        QVERIFY(panel()->answerText().isEmpty());
        // The offline parts are untouched.
        QVERIFY(!panel()->summaryText().isEmpty());
        QVERIFY(!panel()->links().isEmpty());
    }

    void unavailableQuestionsSayWhy()
    {
        // What a private window does: no question leaves the panel, and it says why.
        const QString reason = QStringLiteral("Questions are off here.");
        panel()->setQuestionsUnavailable(reason);
        const qsizetype before = m_provider.requests().size();
        QSignalSpy failed(panel(), &ResourcePanel::answerFailed);
        panel()->ask(QStringLiteral("Anything?"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(panel()->askStatus(), reason);
        QTest::qWait(100);
        QCOMPARE(m_provider.requests().size(), before);
        panel()->setQuestionsUnavailable({});
    }

    void aiOverlaySummaryIsOffByDefault()
    {
        QVERIFY(!m_settings->browserAiSummaries());
        QVERIFY(!m_window->previews().aiSummariesEnabled());
        const qsizetype before = m_provider.requests().size();
        QSignalSpy started(&m_window->previews(), &LinkPreviewController::aiSummaryStarted);
        QSignalSpy shown(&m_window->previews(), &LinkPreviewController::previewShown);
        hoverEntry(ResourceGroup::Navigation, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QVERIFY(!overlay()->hasAiSummary());
        QCOMPARE(started.size(), 0);
        QCOMPARE(m_provider.requests().size(), before);
        leaveTree();
    }

    void aiOverlaySummaryStreamsWhenOn()
    {
        m_settings->setBrowserAiSummaries(true);
        QVERIFY(m_window->previews().aiSummariesEnabled());
        m_provider.enqueue(test::FakeProviderServer::textReply(
            QStringLiteral("openai"), {QStringLiteral("A short "), QStringLiteral("AI summary "),
                                       QStringLiteral("of the article.")}, 30));
        QSignalSpy started(&m_window->previews(), &LinkPreviewController::aiSummaryStarted);
        QSignalSpy finished(&m_window->previews(), &LinkPreviewController::aiSummaryFinished);
        const int sessions = count(QStringLiteral("SELECT count(*) FROM sessions"));
        const int usage = count(QStringLiteral("SELECT count(*) FROM usage_events"));
        hoverEntry(ResourceGroup::Navigation, 0);
        QTRY_VERIFY_WITH_TIMEOUT(overlay()->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 5000);
        QVERIFY(overlay()->hasAiSummary());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(overlay()->aiSummaryText(), QStringLiteral("A short AI summary of the article."));
        QCOMPARE(overlay()->findChild<QLabel *>(QStringLiteral("previewAiSummary"))->textFormat(), Qt::PlainText);
        // Not a chat session, but counted.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sessions")), sessions);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM usage_events")), usage + 1, 5000);
        const QString system = systemMessage(m_provider.requests().last());
        QVERIFY2(system.contains(QLatin1String("A preview from the test source.")), qPrintable(system));
        QVERIFY(system.contains(m_http.url(QStringLiteral("/article")).toString()));
        QGuiApplication::primaryScreen()->grabWindow(0).save(test::artifactsDir()
                                                             + QStringLiteral("/resource-bot-ai-overlay.png"));
        leaveTree();
    }

    void dismissingTheOverlayCancelsTheAiSummary()
    {
        test::FakeProviderReply slow = test::FakeProviderServer::textReply(
            QStringLiteral("openai"), {QStringLiteral("one "), QStringLiteral("two "), QStringLiteral("three "),
                                       QStringLiteral("four")}, 1500);
        m_provider.enqueue(slow);
        m_settings->setBrowserAiSummaries(true);
        const qsizetype before = m_provider.requests().size();
        QSignalSpy started(&m_window->previews(), &LinkPreviewController::aiSummaryStarted);
        hoverEntry(ResourceGroup::Navigation, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 5000);
        QCOMPARE(m_ai->chat().activeTurns(), 1);
        // Dismissed while the provider streams (the slow reply is taken, not left queued for the next test).
        QTRY_VERIFY_WITH_TIMEOUT(m_provider.requests().size() > before, 10000);
        leaveTree();
        QTRY_COMPARE_WITH_TIMEOUT(m_ai->chat().activeTurns(), 0, 5000);
        m_settings->setBrowserAiSummaries(false);
    }

    void panelAiSummaryWhenOn()
    {
        m_provider.enqueue(test::FakeProviderServer::textReply(
            QStringLiteral("openai"), {QStringLiteral("Gardeners grow "), QStringLiteral("loopback servers.")}, 20));
        m_settings->setBrowserAiSummaries(true);
        QSignalSpy done(panel(), &ResourcePanel::aiSummaryFinished);
        const int sessions = count(QStringLiteral("SELECT count(*) FROM sessions"));
        panel()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
        QCOMPARE(panel()->aiSummaryText(), QStringLiteral("Gardeners grow loopback servers."));
        // Unsaved until the user continues it in the chat: then one session with the request and the summary.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sessions")), sessions);
        QVERIFY(panel()->summaryContinueButton()->isVisible());
        QVERIFY(!panel()->summaryContinueButton()->accessibleName().isEmpty());
        m_continuedSession.clear();
        QTest::mouseClick(panel()->summaryContinueButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_continuedSession.isEmpty(), 10000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sessions")), sessions + 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE session_id = '%1' AND content ="
                                      " 'Gardeners grow loopback servers.'").arg(m_continuedSession)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE session_id = '%1'").arg(m_continuedSession)), 2);
        const QString first = m_continuedSession;
        QTest::mouseClick(panel()->summaryContinueButton(), Qt::LeftButton);
        QCOMPARE(m_continuedSession, first);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sessions")), sessions + 1);
        QVERIFY(!panel()->summaryText().isEmpty());   // the offline one stays
        const QString system = systemMessage(m_provider.requests().last());
        QVERIFY2(system.contains(QLatin1String("The soil is made of sockets and patience.")), qPrintable(system));
        m_window->grab().save(test::artifactsDir() + QStringLiteral("/resource-bot-ai-summary.png"));

        // Off: the panel asks nothing.
        m_settings->setBrowserAiSummaries(false);
        const qsizetype before = m_provider.requests().size();
        QSignalSpy offline(panel(), &ResourcePanel::summaryReady);
        panel()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!offline.isEmpty(), 10000);
        QVERIFY(panel()->aiSummaryText().isEmpty());
        QCOMPARE(m_provider.requests().size(), before);
    }

    void enterOpensTheEntryInANewTab()
    {
        QTreeWidgetItem *item = group(ResourcePanel::groupName(ResourceGroup::Navigation))->child(0);
        QTreeWidget *tree = panel()->resourceTree();
        tree->setCurrentItem(item);
        tree->setFocus();
        const int before = m_window->tabCount();
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), before + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tab(before)->url(), m_http.url(QStringLiteral("/article")), 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_ai.reset();
    }
};

QTEST_MAIN(TestResourceBot)
#include "tst_resource_bot.moc"

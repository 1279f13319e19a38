#include "ChatController.h"

#include "ChatStore.h"
#include "MarkdownBlocks.h"
#include "MessageListModel.h"
#include "SearchModel.h"
#include "SessionListModel.h"
#include "Theme.h"
#include "TurnRunner.h"
#include "settings/Settings.h"
#include "store/ChatExport.h"
#include "util/Future.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace ttc::chat {

Q_LOGGING_CATEGORY(lcChat, "ttc.chat")

namespace {

constexpr int kDraftSaveMs = 600;
constexpr int kStreamFrameMs = 33;

QString dateTimeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

ChatController::ChatController(ChatStore &store, Settings &settings, ChatHost host, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_host(std::move(host)),
      m_theme(std::make_unique<Theme>()), m_sessions(std::make_unique<SessionListModel>(store)),
      m_messages(std::make_unique<MessageListModel>(store)), m_search(std::make_unique<SearchModel>(store))
{
    m_theme->setAppearance(settings.chatAppearance());
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftSaveMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ChatController::saveDraftNow);
    m_streamTimer.setInterval(kStreamFrameMs);
    connect(&m_streamTimer, &QTimer::timeout, this, &ChatController::flushStreams);
    connect(&settings, &Settings::changed, this, [this](const QString &key, const QVariant &value) {
        if (key == QLatin1String("chat/alwaysOnTop"))
            Q_EMIT alwaysOnTopChanged();
        else if (key == QLatin1String("chat/appearance"))
            m_theme->setAppearance(value.toString());
    });
    connect(m_sessions.get(), &SessionListModel::removed, this, [this](const QString &id) {
        if (id == m_sessionId)
            newChat();
    });
    connect(m_sessions.get(), &SessionListModel::errorOccurred, this, &ChatController::setNotice);
    connect(m_messages.get(), &MessageListModel::errorOccurred, this, &ChatController::setNotice);
    connect(m_search.get(), &SearchModel::errorOccurred, this, &ChatController::setNotice);
}

ChatController::~ChatController()
{
    shutdown();
}

void ChatController::setRunner(TurnRunner *runner)
{
    if (m_runner == runner)
        return;
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (runner) {
        connect(runner, &TurnRunner::turnStarted, this, &ChatController::onTurnStarted);
        connect(runner, &TurnRunner::delta, this,
                [this](const QString &id, const QString &text) { onDelta(id, text, false); });
        connect(runner, &TurnRunner::reasoningDelta, this,
                [this](const QString &id, const QString &text) { onDelta(id, text, true); });
        connect(runner, &TurnRunner::finished, this, &ChatController::onFinished);
        connect(runner, &TurnRunner::failed, this, &ChatController::onFailed);
        connect(runner, &TurnRunner::providersChanged, this, [this] {
            pickDefaultProvider();
            Q_EMIT providersChanged();
            Q_EMIT providerChanged();
        });
        connect(runner, &TurnRunner::usageChanged, this, &ChatController::usageChanged);
    }
    pickDefaultProvider();
    Q_EMIT providersChanged();
    Q_EMIT providerChanged();
    Q_EMIT usageChanged();
}

void ChatController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_sessions->refresh();
    const QString last = m_settings.chatLastSession();
    if (last.isEmpty()) {
        setSession({}, {});
        return;
    }
    m_store.run([last](store::ChatRepository &repo) { return repo.session(last); })
        | ttc::then(this, [this](Result<std::optional<store::Session>> r) {
            if (!m_sessionId.isEmpty())
                return;  // the user already picked one
            if (r && *r)
                setSession((*r)->id, (*r)->draft);
            else
                setSession({}, {});
        });
}

void ChatController::shutdown()
{
    saveDraftNow();
    m_sessions->commitPendingRemoval();
}

QString ChatController::currentTitle() const
{
    if (m_sessionId.isEmpty())
        return tr("New chat");
    const QString t = m_sessions->titleOf(m_sessionId);
    return t.isEmpty() ? tr("Chat") : t;
}

void ChatController::setSession(const QString &sessionId, const QString &draft)
{
    saveDraftNow();
    m_sessionId = sessionId;
    m_draftSession = sessionId;
    m_composer = draft;
    m_messages->openSession(sessionId);
    if (m_settings.chatLastSession() != sessionId)
        m_settings.setChatLastSession(sessionId);
    Q_EMIT currentSessionChanged();
    Q_EMIT composerTextChanged();
    Q_EMIT focusComposerRequested();
}

void ChatController::newChat()
{
    setSession({}, {});
}

void ChatController::selectSession(const QString &sessionId)
{
    if (sessionId == m_sessionId) {
        m_messages->jumpToLatest();
        return;
    }
    saveDraftNow();
    m_store.run([sessionId](store::ChatRepository &repo) { return repo.session(sessionId); })
        | ttc::then(this, [this, sessionId](Result<std::optional<store::Session>> r) {
            if (!r) {
                setNotice(r.error().message);
                return;
            }
            if (!*r) {
                setNotice(tr("That chat was deleted."));
                m_sessions->refresh();
                return;
            }
            setSession(sessionId, (*r)->draft);
        });
}

void ChatController::openMessage(const QString &sessionId, const QString &messageId)
{
    if (sessionId == m_sessionId) {
        m_messages->jumpTo(messageId);
        return;
    }
    saveDraftNow();
    m_store.run([sessionId](store::ChatRepository &repo) { return repo.session(sessionId); })
        | ttc::then(this, [this, sessionId, messageId](Result<std::optional<store::Session>> r) {
            if (!r || !*r)
                return;
            // Open directly around the message instead of loading the newest page first.
            m_sessionId = sessionId;
            m_draftSession = sessionId;
            m_composer = (*r)->draft;
            m_settings.setChatLastSession(sessionId);
            m_messages->openSession(sessionId);
            m_messages->jumpTo(messageId);
            Q_EMIT currentSessionChanged();
            Q_EMIT composerTextChanged();
        });
}

void ChatController::renameSession(const QString &sessionId, const QString &title)
{
    m_sessions->rename(sessionId, title);
    if (sessionId == m_sessionId)
        Q_EMIT currentSessionChanged();
}

void ChatController::deleteSession(const QString &sessionId)
{
    m_sessions->remove(sessionId);
}

void ChatController::undoDelete()
{
    m_sessions->undoRemove();
}

void ChatController::setComposerText(const QString &text)
{
    if (text == m_composer)
        return;
    m_composer = text;
    Q_EMIT composerTextChanged();
    if (!m_sessionId.isEmpty())
        m_draftTimer.start();
}

int ChatController::tokenEstimate() const
{
    return estimateTokens(m_composer);
}

void ChatController::saveDraftNow()
{
    m_draftTimer.stop();
    if (m_draftSession.isEmpty())
        return;
    const QString id = m_draftSession;
    const QString draft = m_composer;
    m_store.run([id, draft](store::ChatRepository &repo) { return repo.setDraft(id, draft); })
        | ttc::then(this, [](Result<void> r) {
            if (!r && r.error().code != QLatin1String("not_found"))
                qCWarning(lcChat) << "cannot save the draft:" << r.error().message;
        });
}

void ChatController::setNotice(const QString &text)
{
    if (text == m_notice)
        return;
    m_notice = text;
    Q_EMIT noticeChanged();
}

void ChatController::dismissNotice()
{
    setNotice({});
}

bool ChatController::send()
{
    const QString text = m_composer.trimmed();
    if (text.isEmpty())
        return false;
    if (!m_runner) {
        setNotice(tr("Chat replies are not available in this build: the AI access layer is missing."));
        return false;
    }
    if (isStreaming()) {
        setNotice(tr("Wait for the reply to finish, or stop it with Esc."));
        return false;
    }
    const QVariantMap choice = [&] {
        for (const QVariant &v : providers())
            if (v.toMap().value(QStringLiteral("id")).toString() == m_provider)
                return v.toMap();
        return QVariantMap();
    }();
    if (!choice.isEmpty() && !choice.value(QStringLiteral("allowedByTier")).toBool()) {
        setNotice(tr("%1 is part of the %2 plan. Upgrade in Account, or pick another provider.")
                      .arg(choice.value(QStringLiteral("name")).toString(),
                           choice.value(QStringLiteral("requiredTier")).toString()));
        return false;
    }
    m_messages->jumpToLatest();
    m_composer.clear();
    Q_EMIT composerTextChanged();
    saveDraftNow();
    dismissNotice();
    startTurn(m_sessionId, text);
    return true;
}

void ChatController::startTurn(const QString &sessionId, const QString &text)
{
    const QString turnId = m_runner->startTurn(sessionId, text, m_provider, m_model);
    if (turnId.isEmpty())
        return;
    Stream s;
    s.message.id = turnId;
    s.message.sessionId = sessionId;
    s.message.role = store::Role::Assistant;
    s.message.status = store::MessageStatus::Streaming;
    s.message.provider = m_provider;
    s.message.model = m_model;
    s.message.createdAt = m_store.clock().nowMs();
    const bool was = isStreaming();
    m_turns.insert(turnId, s);
    if (!was)
        Q_EMIT streamingChanged();
}

void ChatController::onTurnStarted(const QString &turnId, const QString &sessionId, const QString &userMessageId)
{
    auto it = m_turns.find(turnId);
    if (it == m_turns.end())
        return;
    it->message.sessionId = sessionId;
    // Shown after the user's message, which is stored by now; the stored reply's own time replaces this later.
    it->message.createdAt = m_store.clock().nowMs() + 1;
    if (m_sessionId.isEmpty() || m_sessionId == sessionId) {
        if (m_sessionId.isEmpty()) {
            // The first message of a new chat created the session.
            m_sessionId = sessionId;
            m_draftSession = sessionId;
            m_messages->openSession(sessionId);
            m_settings.setChatLastSession(sessionId);
            Q_EMIT currentSessionChanged();
        }
        if (!userMessageId.isEmpty())
            reloadMessage(userMessageId);
        m_messages->upsert(it->message);
    }
    m_store.run([sessionId](store::ChatRepository &repo) { return repo.session(sessionId); })
        | ttc::then(this, [this](Result<std::optional<store::Session>> r) {
            if (r && *r) {
                m_sessions->touch(**r);
                Q_EMIT currentSessionChanged();
            }
        });
}

void ChatController::onDelta(const QString &turnId, const QString &text, bool reasoning)
{
    auto it = m_turns.find(turnId);
    if (it == m_turns.end())
        return;
    (reasoning ? it->message.reasoning : it->message.content) += text;
    it->dirty = true;
    if (!m_streamTimer.isActive())
        m_streamTimer.start();
}

void ChatController::flushStreams()
{
    bool any = false;
    for (auto it = m_turns.begin(); it != m_turns.end(); ++it) {
        if (!it->dirty)
            continue;
        it->dirty = false;
        any = true;
        m_messages->upsert(it->message);
    }
    if (!any)
        m_streamTimer.stop();
}

void ChatController::reloadMessage(const QString &messageId, std::function<void(const store::Message &)> then)
{
    m_store.run([messageId](store::ChatRepository &repo) { return repo.message(messageId); })
        | ttc::then(this, [this, then = std::move(then)](Result<std::optional<store::Message>> r) {
            if (!r || !*r)
                return;
            m_messages->upsert(**r);
            if (then)
                then(**r);
        });
}

void ChatController::onFinished(const QString &turnId, const QString &provider, const QString &model, int tokensIn,
                                int tokensOut)
{
    auto it = m_turns.find(turnId);
    if (it == m_turns.end())
        return;
    Stream s = *it;
    m_turns.erase(it);
    s.message.status = store::MessageStatus::Complete;
    if (!provider.isEmpty())
        s.message.provider = provider;
    if (!model.isEmpty())
        s.message.model = model;
    s.message.tokensIn = tokensIn;
    s.message.tokensOut = tokensOut;
    m_messages->upsert(s.message);
    // The stored row is the truth (final text, counts); show it and tell listeners.
    reloadMessage(turnId, [this](const store::Message &m) {
        Q_EMIT answerFinished(m.sessionId, m.id, m.content);
    });
    if (!isStreaming())
        Q_EMIT streamingChanged();
    if (m_runner)
        Q_EMIT usageChanged();
}

void ChatController::onFailed(const QString &turnId, const QString &code, const QString &message, bool keyProblem,
                              bool quotaProblem)
{
    auto it = m_turns.find(turnId);
    if (it == m_turns.end())
        return;
    Stream s = *it;
    m_turns.erase(it);
    const bool cancelled = code == QLatin1String("cancelled") || code == QLatin1String("canceled");
    s.message.status = cancelled ? store::MessageStatus::Interrupted : store::MessageStatus::Error;
    s.message.errorCode = keyProblem ? QStringLiteral("key") : quotaProblem ? QStringLiteral("quota") : code;
    s.message.errorMessage = cancelled ? tr("Stopped.") : message;
    // Shown at once; if the reply had started, the stored row (same id) replaces it with what was kept.
    m_messages->upsert(s.message);
    const QString shownCode = s.message.errorCode;
    const QString shownMessage = s.message.errorMessage;
    reloadMessage(turnId, [this, shownCode, shownMessage](const store::Message &stored) {
        store::Message m = stored;
        if (m.errorCode.isEmpty() || shownCode == QLatin1String("key") || shownCode == QLatin1String("quota"))
            m.errorCode = shownCode;
        if (m.errorMessage.isEmpty())
            m.errorMessage = shownMessage;
        m_messages->upsert(m);
    });
    if (quotaProblem)
        setNotice(message);
    Q_EMIT answerFailed(s.message.sessionId, turnId, s.message.errorMessage);
    if (!isStreaming())
        Q_EMIT streamingChanged();
    Q_EMIT usageChanged();
}

void ChatController::stop()
{
    if (!m_runner)
        return;
    const QStringList ids = m_turns.keys();
    for (const QString &id : ids)
        m_runner->cancel(id);
}

bool ChatController::stopIfStreaming()
{
    if (!isStreaming())
        return false;
    stop();
    return true;
}

void ChatController::truncateAndSend(const QString &fromMessageId, const QString &text)
{
    if (!m_runner) {
        setNotice(tr("Chat replies are not available in this build: the AI access layer is missing."));
        return;
    }
    if (isStreaming())
        return;
    const QString sessionId = m_sessionId;
    m_store
        .run([sessionId, fromMessageId](store::ChatRepository &repo) -> Result<QStringList> {
            const auto from = repo.message(fromMessageId);
            if (!from)
                return from.error();
            if (!*from || (*from)->sessionId != sessionId)
                return QStringList();
            auto later = repo.messagesAfter(sessionId, {(*from)->createdAt, (*from)->id}, 100000);
            if (!later)
                return later.error();
            QStringList ids{fromMessageId};
            for (const store::Message &m : *later)
                ids << m.id;
            for (const QString &id : std::as_const(ids))
                if (auto r = repo.deleteMessage(id); !r)
                    return r.error();
            return ids;
        })
        | ttc::then(this, [this, sessionId, text](Result<QStringList> r) {
            if (!r) {
                setNotice(r.error().message);
                return;
            }
            if (sessionId != m_sessionId)
                return;
            m_messages->removeMessages(*r);
            startTurn(sessionId, text);
        });
}

void ChatController::regenerate(const QString &assistantMessageId)
{
    QString id = assistantMessageId;
    if (id.isEmpty()) {
        const store::Message *last = m_messages->lastAssistant();
        if (!last)
            return;
        id = last->id;
    }
    truncateAndSend(id, {});
}

void ChatController::retry(const QString &assistantMessageId)
{
    regenerate(assistantMessageId);
}

void ChatController::editAndResend(const QString &userMessageId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    truncateAndSend(userMessageId, text.trimmed());
}

void ChatController::fixKey()
{
    if (m_host.openWindow)
        m_host.openWindow(QStringLiteral("keys"));
}

void ChatController::openLink(const QString &url)
{
    const QUrl u(url);
    // The views only make http(s) and mailto links clickable; check again here, this is the door to the outside.
    const QString scheme = u.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return;
    if (m_host.openLink)
        m_host.openLink(u);
}

void ChatController::copyText(const QString &text)
{
    if (m_host.copyToClipboard)
        m_host.copyToClipboard(text);
}

QString ChatController::suggestedExportName(const QString &sessionId, const QString &format) const
{
    QString title = m_sessions->titleOf(sessionId);
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}._-]+"));
    title = title.replace(unsafe, QStringLiteral("-")).left(60);
    if (title.isEmpty())
        title = QStringLiteral("chat");
    return title + (format == QLatin1String("json") ? QStringLiteral(".json") : QStringLiteral(".md"));
}

QUrl ChatController::exportFolder() const
{
    QString dir = m_exportFolder;
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return QUrl::fromLocalFile(dir);
}

void ChatController::exportSession(const QString &sessionId, const QString &format, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return;
    m_exportFolder = QFileInfo(path).absolutePath();
    const bool json = format == QLatin1String("json");
    m_store
        .run([sessionId, json](store::ChatRepository &repo) -> Result<QByteArray> {
            const auto s = repo.session(sessionId);
            if (!s)
                return s.error();
            if (!*s)
                return Error{QStringLiteral("not_found"), tr("That chat no longer exists.")};
            const auto messages = repo.messages(sessionId);
            if (!messages)
                return messages.error();
            return json ? store::exportJson(**s, *messages) : store::exportMarkdown(**s, *messages).toUtf8();
        })
        | ttc::then(this, [this, path](Result<QByteArray> r) {
            if (!r) {
                setNotice(r.error().message);
                return;
            }
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(*r) != r->size() || !f.commit()) {
                setNotice(tr("Could not write %1: %2").arg(path, f.errorString()));
                return;
            }
            setNotice(tr("Exported to %1").arg(path));
            Q_EMIT exported(path);
        });
}

void ChatController::setAppearance(const QString &appearance)
{
    m_settings.setChatAppearance(appearance);
    m_theme->setAppearance(appearance);
}

bool ChatController::alwaysOnTop() const
{
    return m_settings.chatAlwaysOnTop();
}

void ChatController::setAlwaysOnTop(bool on)
{
    if (on == alwaysOnTop())
        return;
    m_settings.setChatAlwaysOnTop(on);
    Q_EMIT alwaysOnTopChanged();
}

QVariantList ChatController::providers() const
{
    QVariantList list;
    if (!m_runner)
        return list;
    for (const ProviderChoice &p : m_runner->providers()) {
        QString status;
        if (!p.allowedByTier)
            status = tr("Needs %1").arg(p.requiredTier);
        else if (!p.needsKey)
            status = p.local ? tr("Local, no key needed") : tr("No key needed");
        else
            status = p.hasKey ? tr("Key set") : tr("No key");
        list.append(QVariantMap{{QStringLiteral("id"), p.id},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("local"), p.local},
                                {QStringLiteral("needsKey"), p.needsKey},
                                {QStringLiteral("hasKey"), p.hasKey},
                                {QStringLiteral("allowedByTier"), p.allowedByTier},
                                {QStringLiteral("requiredTier"), p.requiredTier},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("usable"), p.allowedByTier && (!p.needsKey || p.hasKey)}});
    }
    return list;
}

void ChatController::pickDefaultProvider()
{
    if (!m_runner)
        return;
    const QList<ProviderChoice> all = m_runner->providers();
    const auto find = [&](const QString &id) -> const ProviderChoice * {
        for (const ProviderChoice &p : all)
            if (p.id == id)
                return &p;
        return nullptr;
    };
    if (m_provider.isEmpty() || !find(m_provider))
        m_provider = m_settings.defaultProvider();
    if (!find(m_provider) && !all.isEmpty())
        m_provider = all.first().id;
    if (const ProviderChoice *p = find(m_provider)) {
        if (m_model.isEmpty() || !(p->models.contains(m_model) || p->models.isEmpty()))
            m_model = p->defaultModel.isEmpty() && !p->models.isEmpty() ? p->models.first() : p->defaultModel;
    }
}

void ChatController::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    m_model.clear();
    pickDefaultProvider();
    m_settings.setDefaultProvider(provider);
    Q_EMIT providerChanged();
}

void ChatController::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    Q_EMIT providerChanged();
}

QStringList ChatController::models() const
{
    if (!m_runner)
        return {};
    for (const ProviderChoice &p : m_runner->providers())
        if (p.id == m_provider)
            return p.models;
    return {};
}

QVariantMap ChatController::usage() const
{
    if (!m_runner)
        return {};
    const UsageInfo u = m_runner->usage();
    if (!u.known)
        return {};
    return {{QStringLiteral("tier"), u.tier},
            {QStringLiteral("used"), u.used},
            {QStringLiteral("limit"), u.limit},
            {QStringLiteral("atLimit"), u.limit >= 0 && u.used >= u.limit},
            {QStringLiteral("resetsAt"), u.resetsAtMs > 0 ? dateTimeText(u.resetsAtMs) : QString()}};
}

void ChatController::refreshProviders()
{
    if (m_runner)
        m_runner->refresh();
}

QString ChatController::lastAnswer() const
{
    const store::Message *m = m_messages->lastAssistant();
    return m && m->status == store::MessageStatus::Complete ? m->content : QString();
}

} // namespace ttc::chat

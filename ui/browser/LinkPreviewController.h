#pragma once

#include "HoverBridge.h"
#include "HoverIntent.h"

#include "preview/LinkPolicy.h"
#include "preview/PreviewTypes.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>

#include <functional>

class QWebEngineView;

namespace ttc::chat {
class ChatService;
struct TurnResult;
}
namespace ttc::providers {
struct ProviderError;
}

namespace ttc::browser {

class PreviewOverlay;
class PreviewSource;
class ThumbnailRenderer;

// The hover flow of one browser window: the current tab's reports → LinkPolicy → hover intent → overlay placed
// next to the link → filled from the preview source. Leave, scroll, key press, click, Esc, tab switch and window
// deactivation dismiss it.
class LinkPreviewController : public QObject
{
    Q_OBJECT

public:
    LinkPreviewController(PreviewSource *source, int delayMs, QWidget *overlayParent, QObject *parent = nullptr);
    ~LinkPreviewController() override;

    void setSource(PreviewSource *source) { m_source = source; }
    PreviewSource *source() const { return m_source; }
    // Which links get previews (the preview service's, with the user's opt-out sites); a default policy otherwise.
    void setPolicy(const preview::LinkPolicy *policy) { m_policy = policy ? policy : &m_defaultPolicy; }
    // The opt-out sites of the default policy (the preview service's policy follows the setting on its own).
    void setOptOutSites(const QStringList &sites) { m_defaultPolicy.setOptOutSites(sites); }
    // Renders a snapshot for previews that come without one (nullptr: no thumbnails).
    void setThumbnailRenderer(ThumbnailRenderer *renderer) { m_thumbnails = renderer; }
    // AI summaries (setting browser/aiSummaries, off by default): after the offline preview is shown, a one-paragraph
    // summary of the target's main text is streamed in from the chat service (which asks the key ring and the
    // quota guard first; a refusal leaves the overlay as it is) as an unsaved turn: counted, never in the chat
    // history. Dismissal cancels the turn. `provider` is called
    // on the first summary (the AI layer is built on first use).
    void setAiSummaryProvider(std::function<chat::ChatService *()> provider) { m_aiProvider = std::move(provider); }
    void setAiSummariesEnabled(bool enabled);
    bool aiSummariesEnabled() const { return m_aiEnabled; }
    static QString aiSummaryPrompt(const preview::Preview &preview);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void linkHovered(QWebEngineView *view, const HoverLink &link);
    // A link shown by a widget of the window (the resource bot's list): `globalRect` is where it sits on screen,
    // `pageUrl` the page it came from (for the policy).
    void widgetLinkHovered(const QUrl &url, const QString &text, const QRect &globalRect, const QUrl &pageUrl);
    void linkLeft();
    void dismiss();

    PreviewOverlay *overlay() const { return m_overlay; }
    HoverIntent &intent() { return m_intent; }

Q_SIGNALS:
    // Every report from the page, with the policy's verdict (tests wait on it).
    void hoverReported(const QUrl &url, bool previewable);
    // The overlay shows a preview: nanoseconds since the hover intent fired.
    void previewShown(const QUrl &url, qint64 sinceIntentNs);
    // The first paint of the overlay after the preview arrived.
    void previewPainted(const QUrl &url, qint64 sinceIntentNs);
    // The rendered thumbnail is in the overlay.
    void thumbnailShown(const QUrl &url, qint64 sinceIntentNs);
    // The site icon of url's preview is settled: `shown` when the overlay shows it, false when it stays generic
    // (none, broken, too large, failed to load).
    void faviconSettled(const QUrl &url, bool shown);
    // An AI summary was asked for / has finished streaming / was refused or failed.
    void aiSummaryStarted(const QUrl &url);
    void aiSummaryFinished(const QUrl &url);
    void aiSummaryFailed(const QUrl &url, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onIntent(const HoverLink &link);
    void requestThumbnail(const QUrl &url);
    void requestFavicon(const QUrl &url, const QUrl &iconUrl);
    void startAiSummary(const preview::Preview &preview);
    void cancelAiSummary();
    chat::ChatService *aiService();

    PreviewSource *m_source = nullptr;
    preview::LinkPolicy m_defaultPolicy;
    const preview::LinkPolicy *m_policy = &m_defaultPolicy;
    ThumbnailRenderer *m_thumbnails = nullptr;
    PreviewOverlay *m_overlay = nullptr;
    HoverIntent m_intent;
    QPointer<QWebEngineView> m_view;
    QRect m_widgetRect;   // set: the hovered link is a widget's, at this global rectangle
    QPointer<QObject> m_request;   // the context of the request in flight: deleting it drops its answer
    QElapsedTimer m_sinceIntent;
    bool m_awaitingPaint = false;
    bool m_enabled = true;
    bool m_aiEnabled = false;
    std::function<chat::ChatService *()> m_aiProvider;
    QPointer<chat::ChatService> m_ai;
    QString m_aiTurn;
    QUrl m_aiUrl;
};

} // namespace ttc::browser

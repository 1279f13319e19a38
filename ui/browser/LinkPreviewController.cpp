#include "LinkPreviewController.h"

#include "PreviewOverlay.h"
#include "PreviewSource.h"
#include "ThumbnailRenderer.h"
#include "chat/ChatService.h"

#include <QBuffer>
#include <QEvent>
#include <QWebEngineView>

#include <cmath>

namespace ttc::browser {

LinkPreviewController::LinkPreviewController(PreviewSource *source, int delayMs, QWidget *overlayParent,
                                             QObject *parent)
    : QObject(parent), m_source(source), m_overlay(new PreviewOverlay(overlayParent)), m_intent(delayMs)
{
    m_overlay->installEventFilter(this);
    connect(&m_intent, &HoverIntent::intent, this, &LinkPreviewController::onIntent);
}

LinkPreviewController::~LinkPreviewController()
{
    delete m_request;
    // The overlay is a child of the window when it has one; otherwise it is ours.
    if (!m_overlay->parent())
        delete m_overlay;
}

void LinkPreviewController::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        dismiss();
}

void LinkPreviewController::linkHovered(QWebEngineView *view, const HoverLink &link)
{
    // A link in a frame is judged on the frame's document: "#part" there points into the frame, not to a new page.
    const bool previewable =
        m_enabled && view && m_policy->allows(link.url, link.document.isValid() ? link.document : view->url());
    Q_EMIT hoverReported(link.url, previewable);
    if (!previewable) {
        dismiss();
        return;
    }
    if (m_overlay->isVisible() && m_overlay->url() != link.url)
        dismiss();
    m_view = view;
    m_widgetRect = QRect();
    m_intent.hover(link);
}

void LinkPreviewController::widgetLinkHovered(const QUrl &url, const QString &text, const QRect &globalRect,
                                              const QUrl &pageUrl)
{
    const bool previewable = m_enabled && m_policy->allows(url, pageUrl);
    Q_EMIT hoverReported(url, previewable);
    if (!previewable) {
        dismiss();
        return;
    }
    if (m_overlay->isVisible() && m_overlay->url() != url)
        dismiss();
    m_view = nullptr;
    m_widgetRect = globalRect;
    m_intent.hover(HoverLink{url, text, QRectF(globalRect)});
}

void LinkPreviewController::linkLeft()
{
    dismiss();
}

void LinkPreviewController::setAiSummariesEnabled(bool enabled)
{
    m_aiEnabled = enabled;
    if (!enabled) {
        cancelAiSummary();
        m_overlay->clearAiSummary();
    }
}

QString LinkPreviewController::aiSummaryPrompt(const preview::Preview &p)
{
    // For the model, not the user: not translated.
    QString text = p.mainText.trimmed();
    if (text.isEmpty())
        text = QString(p.description + QStringLiteral("\n\n") + p.summary).trimmed();
    constexpr int kMaxChars = 12000;
    if (text.size() > kMaxChars)
        text = text.left(kMaxChars) + QStringLiteral("\n[…cut off]");
    return QStringLiteral("Summarize the web page below in one short paragraph of plain text (at most 80 words), in "
                          "the page's language. Say only what the page says.\n\nTitle: %1\nURL: %2\n\nPage text:\n"
                          "<<<\n%3\n>>>")
        .arg(p.title.simplified(), (p.finalUrl.isValid() ? p.finalUrl : p.url).toString(QUrl::RemoveUserInfo), text);
}

chat::ChatService *LinkPreviewController::aiService()
{
    if (m_ai)
        return m_ai;
    chat::ChatService *service = m_aiProvider ? m_aiProvider() : nullptr;
    if (!service)
        return nullptr;
    m_ai = service;
    connect(service, &chat::ChatService::delta, this, [this](const QString &turnId, const QString &text) {
        if (turnId == m_aiTurn && m_overlay->url() == m_aiUrl)
            m_overlay->appendAiSummary(text);
    });
    connect(service, &chat::ChatService::finished, this, [this](const QString &turnId, const chat::TurnResult &r) {
        if (turnId != m_aiTurn)
            return;
        m_aiTurn.clear();
        if (m_overlay->url() == m_aiUrl && m_overlay->aiSummaryText().isEmpty() && !r.text.isEmpty())
            m_overlay->appendAiSummary(r.text);
        Q_EMIT aiSummaryFinished(m_aiUrl);
    });
    connect(service, &chat::ChatService::failed, this,
            [this](const QString &turnId, const providers::ProviderError &error) {
                if (turnId != m_aiTurn)
                    return;
                m_aiTurn.clear();
                // No key, the tier refuses, the provider failed: the offline preview stays as it is.
                if (m_overlay->url() == m_aiUrl)
                    m_overlay->clearAiSummary();
                Q_EMIT aiSummaryFailed(m_aiUrl, error.message);
            });
    return service;
}

void LinkPreviewController::startAiSummary(const preview::Preview &p)
{
    cancelAiSummary();
    if (p.kind != preview::Preview::Kind::Html || (p.mainText.isEmpty() && p.summary.isEmpty()
                                                   && p.description.isEmpty()))
        return;
    chat::ChatService *service = aiService();
    if (!service)
        return;
    m_aiUrl = p.url;
    m_overlay->beginAiSummary();
    chat::TurnOptions options;
    options.system = aiSummaryPrompt(p);
    // A summary seen in passing is no conversation: nothing of it goes into the chat history (its usage counts).
    options.unsaved = true;
    m_aiTurn = service->startTurn({}, tr("Summarize this page."), options);
    Q_EMIT aiSummaryStarted(m_aiUrl);
}

void LinkPreviewController::cancelAiSummary()
{
    if (!m_aiTurn.isEmpty() && m_ai)
        m_ai->cancel(m_aiTurn);
    m_aiTurn.clear();
}

void LinkPreviewController::dismiss()
{
    cancelAiSummary();
    m_intent.cancel();
    delete m_request;
    m_awaitingPaint = false;
    m_overlay->dismiss();
}

void LinkPreviewController::onIntent(const HoverLink &link)
{
    if ((!m_view && m_widgetRect.isNull()) || !m_source)
        return;
    m_sinceIntent.start();
    QRect linkRect = m_widgetRect;
    if (m_view) {
        // CSS pixels of the viewport → the view's pixels → global.
        const qreal zoom = m_view->zoomFactor();
        const QPoint topLeft = m_view->mapToGlobal(
            QPoint(int(std::floor(link.rect.x() * zoom)), int(std::floor(link.rect.y() * zoom))));
        linkRect = QRect(topLeft, QSize(int(std::ceil(link.rect.width() * zoom)),
                                        int(std::ceil(link.rect.height() * zoom))));
    }
    m_overlay->showLoading(link.url, link.text, linkRect);

    delete m_request;
    auto *request = new QObject(this);
    m_request = request;
    const QUrl url = link.url;
    m_source->request(url, request, [this, request, url](Result<preview::Preview> result) {
        if (m_request != request || m_overlay->url() != url)
            return;
        if (result)
            m_overlay->setPreview(*result);
        else
            m_overlay->setError(result.error().message);
        m_awaitingPaint = true;
        Q_EMIT previewShown(url, m_sinceIntent.nsecsElapsed());
        if (result && result->thumbnailPng.isEmpty() && result->kind == preview::Preview::Kind::Html)
            requestThumbnail(url);
        if (result && result->faviconPng.isEmpty() && result->favicon.isValid())
            requestFavicon(url, result->favicon);
        else
            Q_EMIT faviconSettled(url, m_overlay->hasSiteFavicon());
        if (result && m_aiEnabled)
            startAiSummary(*result);
        request->deleteLater();
    });
}

void LinkPreviewController::requestThumbnail(const QUrl &url)
{
    if (!m_thumbnails)
        return;
    // The controller is the context: a snapshot that finishes after the overlay moved on is still worth keeping.
    m_thumbnails->request(url, this, [this, url](const QImage &thumbnail) {
        if (thumbnail.isNull())
            return;
        if (m_source && m_source->storesPreviews()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (thumbnail.save(&buffer, "PNG"))
                m_source->setThumbnail(url, png);
        }
        if (m_overlay->isVisible() && m_overlay->url() == url) {
            m_overlay->setThumbnail(thumbnail);
            Q_EMIT thumbnailShown(url, m_sinceIntent.nsecsElapsed());
        }
    });
}

void LinkPreviewController::requestFavicon(const QUrl &url, const QUrl &iconUrl)
{
    if (!m_source)
        return;
    // Like the thumbnail: an icon that arrives after the overlay moved on still goes into the cache.
    m_source->fetchFavicon(iconUrl, this, [this, url](Result<QByteArray> bytes) {
        const QImage icon = bytes ? PreviewOverlay::decodeFavicon(*bytes) : QImage();
        if (!icon.isNull() && m_source && m_source->storesPreviews()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (icon.save(&buffer, "PNG"))
                m_source->setFavicon(url, png);
        }
        // Failures leave the generic icon, silently.
        if (m_overlay->isVisible() && m_overlay->url() == url) {
            m_overlay->setFavicon(icon);
            Q_EMIT faviconSettled(url, !icon.isNull());
        }
    });
}

bool LinkPreviewController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_overlay && event->type() == QEvent::Paint && m_awaitingPaint) {
        m_awaitingPaint = false;
        Q_EMIT previewPainted(m_overlay->url(), m_sinceIntent.nsecsElapsed());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ttc::browser

#include "ThumbnailRenderer.h"

#include "PageRenderer.h"

#include <QLoggingCategory>
#include <QWebEngineProfile>

namespace ttc::browser {

Q_DECLARE_LOGGING_CATEGORY(lcBrowser)

ThumbnailRenderer::ThumbnailRenderer(QObject *parent, int maxConcurrent, int timeoutMs)
    : QObject(parent), m_profile(new QWebEngineProfile(this)), m_maxConcurrent(std::max(1, maxConcurrent)),
      m_timeoutMs(timeoutMs)
{
}

ThumbnailRenderer::~ThumbnailRenderer()
{
    // The renderers' views go before the profile.
    const auto renderers = m_running.values();
    m_running.clear();
    for (PageRenderer *r : renderers)
        delete r;
}

void ThumbnailRenderer::request(const QUrl &url, QObject *context, Callback done)
{
    auto &waiters = m_waiters[url];
    waiters.append({context, std::move(done)});
    if (m_running.contains(url))
        return;
    m_queue.removeAll(url);
    m_queue.prepend(url);   // the latest hover is the one the user is looking at
    // Links skimmed past long ago are not worth a render any more.
    while (m_queue.size() > kMaxQueued) {
        const QList<Waiter> dropped = m_waiters.take(m_queue.takeLast());
        for (const Waiter &w : dropped) {
            if (w.context && w.done)
                w.done(QImage());
        }
    }
    startNext();
}

void ThumbnailRenderer::startNext()
{
    while (m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const QUrl url = m_queue.takeFirst();
        // Nobody is waiting any more (every context gone): skip it.
        auto &waiters = m_waiters[url];
        waiters.removeIf([](const Waiter &w) { return !w.context; });
        if (waiters.isEmpty()) {
            m_waiters.remove(url);
            continue;
        }
        auto *renderer = new PageRenderer(m_profile, this);
        m_running.insert(url, renderer);
        connect(renderer, &PageRenderer::rendered, this,
                [this, url, renderer](const QImage &image) { finish(url, renderer, image); });
        connect(renderer, &PageRenderer::failed, this,
                [this, url, renderer](PageRenderer::Failure, const QString &message) {
                    qCInfo(lcBrowser).noquote() << "no thumbnail for" << url.toDisplayString() << ":" << message;
                    finish(url, renderer, {});
                });
        renderer->render(url, QSize(1280, 800), m_timeoutMs);
    }
}

void ThumbnailRenderer::finish(const QUrl &url, PageRenderer *renderer, const QImage &image)
{
    m_running.remove(url);
    renderer->deleteLater();
    const QImage thumbnail =
        image.isNull() ? QImage() : image.scaled(kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QList<Waiter> waiters = m_waiters.take(url);
    for (const Waiter &w : waiters) {
        if (w.context && w.done)
            w.done(thumbnail);
    }
    startNext();
}

} // namespace ttc::browser

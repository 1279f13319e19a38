#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QWebEngineProfile;

namespace ttc::browser {

class PageRenderer;

// Snapshots of link targets for the preview overlay: each page is rendered offscreen at 1280×800 and scaled down,
// at most `maxConcurrent` (2) at once, each within `timeoutMs`. Requests for a URL being rendered share the render;
// the rest wait in order (the newest hover first). Pages are rendered in a profile of their own (off the record),
// never with the user's cookies.
class ThumbnailRenderer : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QImage &thumbnail)>;   // a null image when the render failed

    explicit ThumbnailRenderer(QObject *parent = nullptr, int maxConcurrent = 2, int timeoutMs = 8000);
    ~ThumbnailRenderer() override;

    // `done` runs on `context`'s thread unless `context` is gone by then.
    void request(const QUrl &url, QObject *context, Callback done);

    int running() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }
    static constexpr QSize kThumbnailSize{480, 300};
    static constexpr int kMaxQueued = 4;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    void startNext();
    void finish(const QUrl &url, PageRenderer *renderer, const QImage &image);

    QWebEngineProfile *m_profile = nullptr;
    int m_maxConcurrent;
    int m_timeoutMs;
    QList<QUrl> m_queue;
    QHash<QUrl, QList<Waiter>> m_waiters;
    QHash<QUrl, PageRenderer *> m_running;
};

} // namespace ttc::browser

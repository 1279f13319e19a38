#pragma once

#include "Result.h"
#include "preview/HtmlExtractor.h"
#include "preview/LinkPolicy.h"
#include "preview/PageFetcher.h"
#include "preview/PreviewTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ttc {
class Clock;
}

namespace ttc::preview {

class PreviewCache;

// The preview pipeline behind a hover (DESIGN §3): LinkPolicy → PreviewCache hit? → PageFetcher → HtmlExtractor →
// Summarizer → cache → callback. One instance per app (and per `ttc preview`), on the thread that owns it.
//
//   auto *service = new PreviewService(nam, cache, clock, parent);     // cache may be nullptr: no caching at all
//   service->request(url, overlay, [](ttc::Result<Preview> r) { ... }); // overlay: callback dropped if it dies
//   service->request(url, overlay, cb, PreviewService::CacheMode::Bypass); // private tabs: cache never read/written
//   service->setThumbnail(url, png);  // the GUI rendered a snapshot: stored with the cached entry
//   service->fetchFavicon(preview.favicon, overlay, [](ttc::Result<QByteArray> r) { ... }); // the icon's bytes
//   service->setFavicon(url, png);    // the GUI decoded and scaled them: stored with the cached entry
//
// Callbacks are always called later (never from inside request()), on this object's thread, exactly once per
// request unless the context object is destroyed first. Concurrent requests for the same normalized URL share
// one fetch. HTML extraction runs on a worker thread, so a 2 MiB page never blocks the caller's event loop.
//
// Error codes (Error::code): "policy" (LinkPolicy refused the link; message says why), and PageFetcher's:
// "http_<status>", "timeout", "too_many_redirects", "redirect_loop", "bad_redirect", "network", "not_html".
// Images and PDFs are not errors: they give a Preview of Kind::Image / Kind::Pdf titled after the file name.
class PreviewService : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<Preview>)>;
    enum class CacheMode {
        Use,      // answer from the cache when fresh, store what is fetched
        Refresh,  // always fetch, store the result
        Bypass,   // always fetch, never read or store (private tabs, --no-cache)
    };

    PreviewService(QNetworkAccessManager *nam, PreviewCache *cache, const Clock &clock, QObject *parent = nullptr);
    ~PreviewService() override;

    // The policy also governs redirects: a link that redirects to an opted-out site fails with "policy" before
    // anything is sent there (pages and site icons alike).
    LinkPolicy &policy() { return m_policy; }
    void setFetchOptions(const FetchOptions &options);
    void setExtractOptions(const ExtractOptions &options) { m_extractOptions = options; }

    // currentPage: the page the link is on, for same-page anchors and relative links (may be empty).
    void request(const QUrl &url, QObject *context, Callback done, CacheMode mode = CacheMode::Use,
                 const QUrl &currentPage = {});

    // Stores a rendered thumbnail (PNG) with the cached preview of url; ignored when there is no cache or entry.
    void setThumbnail(const QUrl &url, const QByteArray &png);

    // Fetches a site icon: http(s) only, at most kFaviconMaxBytes, kFaviconTimeoutMs, image types only (the bytes
    // as served: PNG, ICO, SVG, ...; decoding is the GUI's). `done` as for request(). An icon that failed once is
    // not asked for again while this service lives ("failed_before"). Nothing is cached here: see setFavicon().
    void fetchFavicon(const QUrl &iconUrl, QObject *context, std::function<void(Result<QByteArray>)> done);
    // Stores the site icon (a small PNG made by the GUI) with the cached preview of url, like setThumbnail().
    void setFavicon(const QUrl &url, const QByteArray &png);
    static constexpr qint64 kFaviconMaxBytes = 64 * 1024;
    static constexpr int kFaviconTimeoutMs = 3000;

    static QString keyFor(const QUrl &url) { return LinkPolicy::normalizedKey(url); }
    // The card of an image or PDF: title from the file name, site from the host.
    static Preview fileCard(const FetchedPage &page);

    int inFlight() const { return int(m_pending.size()); }

Q_SIGNALS:
    // A preview was fetched (not served from the cache); for the thumbnail renderer and tests.
    void fetched(const QString &key, const ttc::preview::Preview &preview);

private:
    // Redirects go only where the opt-out list allows (for FetchOptions::mayFollow).
    std::function<bool(const QUrl &)> followsPolicy() const;
    static Error redirectRefused();

    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback done;
    };
    struct Pending
    {
        QUrl url;
        QString key;
        CacheMode mode = CacheMode::Use;
        QList<Waiter> waiters;
    };

    void startFetch(const QString &pendingKey);
    void finished(const QString &pendingKey, const Result<Preview> &result);

    QNetworkAccessManager *m_nam;
    PreviewCache *m_cache;
    const Clock &m_clock;
    LinkPolicy m_policy;
    PageFetcher m_fetcher;
    PageFetcher m_iconFetcher;
    QSet<QString> m_failedIcons;
    ExtractOptions m_extractOptions;
    QHash<QString, Pending> m_pending;  // by key (+ "\n" + mode for bypassing requests)
    QThreadPool m_pool;
};

} // namespace ttc::preview

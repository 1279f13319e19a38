#include "preview/PreviewService.h"

#include "preview/PreviewCache.h"
#include "util/Clock.h"
#include "util/Future.h"

#include <QFileInfo>
#include <QFuture>

namespace ttc::preview {

PreviewService::PreviewService(QNetworkAccessManager *nam, PreviewCache *cache, const Clock &clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_cache(cache), m_clock(clock), m_fetcher(nam), m_iconFetcher(nam)
{
    m_pool.setMaxThreadCount(2);
    FetchOptions icons;
    icons.maxRedirects = 3;
    icons.maxBytes = kFaviconMaxBytes;
    icons.timeoutMs = kFaviconTimeoutMs;
    icons.imageBody = true;
    icons.mayFollow = followsPolicy();
    m_iconFetcher.setOptions(icons);
    setFetchOptions({});
}

std::function<bool(const QUrl &)> PreviewService::followsPolicy() const
{
    return [this](const QUrl &next) { return !m_policy.isOptedOut(next); };
}

Error PreviewService::redirectRefused()
{
    return Error{QStringLiteral("policy"), tr("This link leads to a site previews are turned off for.")};
}

void PreviewService::setFetchOptions(const FetchOptions &options)
{
    FetchOptions withPolicy = options;
    withPolicy.mayFollow = followsPolicy();
    m_fetcher.setOptions(withPolicy);
}

PreviewService::~PreviewService()
{
    m_pool.waitForDone();  // workers post back to this object
}

Preview PreviewService::fileCard(const FetchedPage &page)
{
    Preview p;
    p.kind = page.type == FetchedPage::Type::Pdf ? Preview::Kind::Pdf : Preview::Kind::Image;
    p.contentType = page.contentType;
    QString name = QFileInfo(page.finalUrl.path()).fileName();
    if (name.isEmpty())
        name = QFileInfo(page.url.path()).fileName();
    if (p.kind == Preview::Kind::Pdf) {
        p.title = name.isEmpty() ? tr("PDF document") : name;
        p.description = tr("PDF document");
    } else {
        p.title = name.isEmpty() ? tr("Image") : name;
        const QString sub = page.contentType.section(QLatin1Char('/'), 1).section(QLatin1Char('+'), 0, 0).toUpper();
        p.description = sub.isEmpty() ? tr("Image") : tr("%1 image").arg(sub);
        p.image = page.finalUrl;
    }
    QString host = page.finalUrl.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    p.siteName = host;
    QUrl favicon = page.finalUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    favicon.setPath(QStringLiteral("/favicon.ico"));
    p.favicon = favicon;
    return p;
}

void PreviewService::request(const QUrl &input, QObject *context, Callback done, CacheMode mode, const QUrl &currentPage)
{
    QUrl url = input;
    if (url.isRelative() && !currentPage.isEmpty())
        url = currentPage.resolved(url);
    const LinkPolicy::Verdict verdict = m_policy.check(input, currentPage);
    Waiter waiter{context, context != nullptr, std::move(done)};
    if (verdict != LinkPolicy::Verdict::Allowed) {
        const Error error{QStringLiteral("policy"), LinkPolicy::explain(verdict)};
        QMetaObject::invokeMethod(this, [waiter, error] {
            if (!waiter.hadContext || waiter.context)
                waiter.done(error);
        }, Qt::QueuedConnection);
        return;
    }
    const QString key = keyFor(url);
    const QString pendingKey = mode == CacheMode::Bypass ? key + QStringLiteral("\nbypass") : key;
    if (auto it = m_pending.find(pendingKey); it != m_pending.end()) {
        it->waiters.append(std::move(waiter));  // shares the fetch already running
        return;
    }
    Pending pending;
    pending.url = url;
    pending.key = key;
    pending.mode = mode;
    pending.waiters.append(std::move(waiter));
    m_pending.insert(pendingKey, pending);

    if (m_cache && mode == CacheMode::Use) {
        ttc::onReady(m_cache->get(key), this, [this, pendingKey](std::optional<Preview> hit) {
            if (hit && m_policy.isOptedOut(hit->finalUrl)) {
                finished(pendingKey, redirectRefused());  // stored before the site was opted out
            } else if (hit) {
                Preview p = std::move(*hit);
                if (auto it = m_pending.constFind(pendingKey); it != m_pending.cend())
                    p.url = it->url;  // as asked for this time
                finished(pendingKey, p);
            } else {
                startFetch(pendingKey);
            }
        }, [this, pendingKey] { startFetch(pendingKey); });
        return;
    }
    QMetaObject::invokeMethod(this, [this, pendingKey] { startFetch(pendingKey); }, Qt::QueuedConnection);
}

void PreviewService::startFetch(const QString &pendingKey)
{
    auto it = m_pending.constFind(pendingKey);
    if (it == m_pending.cend())
        return;
    const QUrl url = it->url;
    m_fetcher.fetch(url, this, [this, pendingKey](Result<FetchedPage> fetched) {
        if (!fetched) {
            if (fetched.error().code == QLatin1String("refused_redirect"))
                finished(pendingKey, redirectRefused());
            else
                finished(pendingKey, fetched.error());
            return;
        }
        FetchedPage page = std::move(fetched.value());
        const qint64 now = m_clock.nowMs();
        if (page.type != FetchedPage::Type::Html) {
            Preview p = fileCard(page);
            p.url = page.url;
            p.finalUrl = page.finalUrl;
            p.status = page.status;
            p.fetchedAtMs = now;
            finished(pendingKey, p);
            return;
        }
        const ExtractOptions options = m_extractOptions;
        m_pool.start([this, pendingKey, page = std::move(page), options, now] {
            Preview p = HtmlExtractor::extract(page.text, page.finalUrl, options);
            p.kind = Preview::Kind::Html;
            p.url = page.url;
            p.finalUrl = page.finalUrl;
            p.status = page.status;
            p.contentType = page.contentType.isEmpty() ? QStringLiteral("text/html") : page.contentType;
            p.fetchedAtMs = now;
            QMetaObject::invokeMethod(this, [this, pendingKey, p] { finished(pendingKey, p); }, Qt::QueuedConnection);
        });
    });
}

void PreviewService::finished(const QString &pendingKey, const Result<Preview> &result)
{
    Pending pending = m_pending.take(pendingKey);
    if (pending.waiters.isEmpty())
        return;
    if (result.ok() && !result->fromCache) {
        if (m_cache && pending.mode != CacheMode::Bypass)
            m_cache->put(pending.key, *result);
        Q_EMIT fetched(pending.key, *result);
    }
    for (const Waiter &w : std::as_const(pending.waiters)) {
        if (!w.hadContext || w.context)
            w.done(result);
    }
}

void PreviewService::setThumbnail(const QUrl &url, const QByteArray &png)
{
    if (m_cache && !png.isEmpty())
        m_cache->setThumbnail(keyFor(url), png);
}

} // namespace ttc::preview

namespace ttc::preview {

void PreviewService::fetchFavicon(const QUrl &iconUrl, QObject *context, std::function<void(Result<QByteArray>)> done)
{
    const QString key = iconUrl.toString(QUrl::FullyEncoded);
    if (m_failedIcons.contains(key)) {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QMetaObject::invokeMethod(this, [guard, hadContext, done = std::move(done)] {
            if (!hadContext || guard)
                done(Error{QStringLiteral("failed_before"), tr("This site icon could not be loaded before.")});
        }, Qt::QueuedConnection);
        return;
    }
    m_iconFetcher.fetch(iconUrl, context, [this, key, done = std::move(done)](Result<FetchedPage> fetched) {
        if (!fetched || fetched->body.isEmpty()) {
            if (m_failedIcons.size() >= 512)
                m_failedIcons.clear();   // a bound, not a record: at worst an icon is tried again
            m_failedIcons.insert(key);
            done(fetched ? Result<QByteArray>(Error{QStringLiteral("empty"), tr("The site icon is empty.")})
                         : Result<QByteArray>(fetched.error()));
            return;
        }
        done(std::move(fetched->body));
    });
}

void PreviewService::setFavicon(const QUrl &url, const QByteArray &png)
{
    if (m_cache && !png.isEmpty())
        m_cache->setFavicon(keyFor(url), png);
}

} // namespace ttc::preview

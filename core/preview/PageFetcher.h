#pragma once

#include "Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ttc::preview {

struct FetchOptions
{
    int maxRedirects = 5;
    qint64 maxBytes = 2 * 1024 * 1024;  // the body is cut here; an HTML page keeps what was read
    int timeoutMs = 5000;               // for the whole fetch, redirects included
    QByteArray userAgent;               // empty: a neutral default
    // Images are read whole (site icons) instead of being carded from their headers; anything that is not an image
    // is then "not_image", and an image over maxBytes "too_large" (a cut image is of no use).
    bool imageBody = false;
    // Asked before each redirect is followed: a target it refuses ends the fetch as "refused_redirect", and nothing is
    // sent there. Empty: every http(s) target is followed.
    std::function<bool(const QUrl &)> mayFollow;
};

// What a fetch brought back. For HTML pages `text` holds the decoded document; for images and PDFs only the
// headers matter (the body is not downloaded).
struct FetchedPage
{
    enum class Type { Html, Image, Pdf };

    QUrl url;               // as asked for
    QUrl finalUrl;          // after redirects
    QList<QUrl> redirects;  // every Location followed, in order
    int status = 0;
    Type type = Type::Html;
    QString contentType;    // MIME type without parameters, lowercase ("text/html")
    QString charset;        // the encoding the text was decoded with, e.g. "windows-1252"
    QString charsetSource;  // "header", "bom", "meta" or "default"
    QByteArray body;        // raw (decompressed) bytes, at most FetchOptions::maxBytes
    QString text;           // decoded HTML
    bool truncated = false; // the body was longer than the cap
};

// Error codes of a fetch (Error::code):
//   "http_<status>"        the server answered 4xx or 5xx, e.g. "http_404", "http_500"
//   "timeout"              no complete answer within FetchOptions::timeoutMs
//   "too_many_redirects"   more than FetchOptions::maxRedirects redirects
//   "redirect_loop"        a redirect led back to a URL already visited
//   "bad_redirect"         a redirect to something other than http(s), or without a Location
//   "refused_redirect"     a redirect to a URL FetchOptions::mayFollow refused
//   "network"              DNS, connection, TLS and other transport failures
//   "not_html"             a content type that is neither HTML, an image nor a PDF
//   "not_image"            (FetchOptions::imageBody) the answer is not an image
//   "too_large"            (FetchOptions::imageBody) the image is larger than FetchOptions::maxBytes
//   "bad_url"              not an http(s) URL
// httpStatusOf() gives the status back from an "http_<status>" code (0 otherwise).
int httpStatusOf(const Error &error);

// Decodes an HTML document: charset from the Content-Type header, else a BOM, else <meta charset> /
// <meta http-equiv="Content-Type"> in the first 4 KiB, else UTF-8. Labels are mapped as browsers do
// (iso-8859-1 and us-ascii read as windows-1252); an unknown label falls back to UTF-8.
// sourceOut gets "bom", "header", "meta" or "default".
QString decodeHtml(const QByteArray &body, const QByteArray &contentTypeHeader, QString *charsetOut = nullptr,
                   QString *sourceOut = nullptr);

class FetchJob;

// Fetches pages for previews over an injected QNetworkAccessManager: follows redirects itself (at most 5, loops
// detected), caps the body at 2 MiB and the whole fetch at 5 s, lets the manager negotiate gzip/deflate, and
// decodes the text in the page's own charset. Lives on one thread; callbacks arrive on it.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<FetchedPage>)>;

    explicit PageFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~PageFetcher() override;

    void setOptions(const FetchOptions &options) { m_options = options; }
    const FetchOptions &options() const { return m_options; }

    // Starts a fetch. done is called exactly once, on this thread, unless context is destroyed first (then the
    // fetch is aborted and done is never called). Returns the job, which deletes itself after done.
    FetchJob *fetch(const QUrl &url, QObject *context, Callback done);

private:
    QNetworkAccessManager *m_nam;
    FetchOptions m_options;
};

class FetchJob : public QObject
{
    Q_OBJECT

public:
    void abort();  // ends the fetch silently: done is not called

private:
    friend class PageFetcher;
    FetchJob(QNetworkAccessManager *nam, const FetchOptions &options, const QUrl &url, QObject *context,
             PageFetcher::Callback done, QObject *parent);
    void start(const QUrl &url);
    void onReadyRead();
    void onFinished();
    void finish(Result<FetchedPage> result);

    QNetworkAccessManager *m_nam;
    FetchOptions m_options;
    QPointer<QObject> m_context;
    bool m_hasContext;
    PageFetcher::Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    FetchedPage m_page;
    QSet<QString> m_seen;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_capped = false;
    bool m_headOnly = false;  // an image or PDF: headers are enough
};

} // namespace ttc::preview

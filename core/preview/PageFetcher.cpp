#include "preview/PageFetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ttc::preview {

namespace {

// WHATWG encoding labels that Qt/ICU name differently, or read differently from browsers.
QByteArray canonicalLabel(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label.startsWith('"') || label.startsWith('\''))
        label = label.mid(1);
    if (label.endsWith('"') || label.endsWith('\''))
        label.chop(1);
    static const QList<QByteArray> western = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii",
                                              "ascii", "cp1252", "x-cp1252", "iso-ir-100", "ansi_x3.4-1968"};
    if (western.contains(label))
        return "windows-1252";
    if (label == "x-sjis" || label == "sjis" || label == "shift-jis" || label == "ms_kanji" || label == "csshiftjis")
        return "Shift_JIS";
    if (label == "utf8" || label == "unicode-1-1-utf-8")
        return "utf-8";
    if (label == "gb2312" || label == "x-gbk")
        return "gbk";
    return label;
}

bool usable(const QByteArray &label)
{
    return !label.isEmpty() && QStringDecoder(label.constData()).isValid();
}

QByteArray headerCharset(const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral(R"(charset\s*=\s*["']?([^\s;"']+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? canonicalLabel(m.captured(1).toLatin1()) : QByteArray();
}

QByteArray metaCharset(const QByteArray &body)
{
    // Both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    static const QRegularExpression re(QStringLiteral(R"(<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(body.left(4096)));
    if (!m.hasMatch())
        return {};
    QByteArray label = canonicalLabel(m.captured(1).toLatin1());
    // A document whose bytes were read as ASCII to find this cannot really be UTF-16.
    if (label.startsWith("utf-16"))
        label = "utf-8";
    return label;
}

QString mimeOf(const QByteArray &contentType)
{
    return QString::fromLatin1(contentType.split(';').first()).trimmed().toLower();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString visitKey(QUrl url)
{
    url.setFragment(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

int httpStatusOf(const Error &error)
{
    if (!error.code.startsWith(QLatin1String("http_")))
        return 0;
    return error.code.mid(5).toInt();
}

QString decodeHtml(const QByteArray &body, const QByteArray &contentTypeHeader, QString *charsetOut, QString *sourceOut)
{
    QByteArray label;
    QString source;
    if (body.startsWith("\xEF\xBB\xBF")) {
        label = "utf-8";
        source = QStringLiteral("bom");
    } else if (body.startsWith("\xFF\xFE")) {
        label = "utf-16le";
        source = QStringLiteral("bom");
    } else if (body.startsWith("\xFE\xFF")) {
        label = "utf-16be";
        source = QStringLiteral("bom");
    }
    if (label.isEmpty()) {
        if (QByteArray h = headerCharset(contentTypeHeader); usable(h)) {
            label = h;
            source = QStringLiteral("header");
        }
    }
    if (label.isEmpty()) {
        if (QByteArray m = metaCharset(body); usable(m)) {
            label = m;
            source = QStringLiteral("meta");
        }
    }
    if (label.isEmpty()) {
        label = "utf-8";
        source = QStringLiteral("default");
    }
    QStringDecoder decoder(label.constData());
    if (!decoder.isValid()) {
        decoder = QStringDecoder(QStringDecoder::Utf8);
        label = "utf-8";
    }
    QString text = decoder.decode(body);
    if (charsetOut)
        *charsetOut = decoder.name() ? QString::fromLatin1(decoder.name()) : QString::fromLatin1(label);
    if (sourceOut)
        *sourceOut = source;
    return text;
}

PageFetcher::PageFetcher(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
}

PageFetcher::~PageFetcher() = default;

FetchJob *PageFetcher::fetch(const QUrl &url, QObject *context, Callback done)
{
    auto *job = new FetchJob(m_nam, m_options, url, context, std::move(done), this);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        QMetaObject::invokeMethod(job, [job] { job->finish(Error{QStringLiteral("bad_url"), tr("Only http and https pages can be fetched.")}); },
                                  Qt::QueuedConnection);
        return job;
    }
    job->start(url);
    return job;
}

FetchJob::FetchJob(QNetworkAccessManager *nam, const FetchOptions &options, const QUrl &url, QObject *context,
                   PageFetcher::Callback done, QObject *parent)
    : QObject(parent), m_nam(nam), m_options(options), m_context(context), m_hasContext(context != nullptr),
      m_done(std::move(done))
{
    m_page.url = url;
    m_page.finalUrl = url;
    if (context)
        connect(context, &QObject::destroyed, this, &FetchJob::abort);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        finish(Error{QStringLiteral("timeout"),
                     tr("The page did not answer within %1 s.").arg(m_options.timeoutMs / 1000.0, 0, 'g', 3)});
    });
    m_timer.start(m_options.timeoutMs);
}

void FetchJob::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_done = nullptr;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void FetchJob::start(const QUrl &url)
{
    m_seen.insert(visitKey(url));
    m_page.finalUrl = url;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Accept-Encoding is left to the manager: it then asks for gzip/deflate and decompresses itself.
    request.setRawHeader("Accept", m_options.imageBody ? QByteArray("image/*,*/*;q=0.5")
                                                       : QByteArray("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
    request.setRawHeader("User-Agent", m_options.userAgent.isEmpty() ? QByteArray("Mozilla/5.0 (compatible; ToolTipCompanion)")
                                                                      : m_options.userAgent);
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (m_finished || reply != m_reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 || isRedirect(status) || status >= 400)
            return;  // decided when the reply finishes
        const QString mime = mimeOf(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        if (m_options.imageBody) {
            // A declared length over the cap ends it now rather than after 64 KiB of it.
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > m_options.maxBytes)
                finish(Error{QStringLiteral("too_large"), tr("The image is larger than %1 KiB.").arg(m_options.maxBytes / 1024)});
            return;
        }
        if (mime.startsWith(QLatin1String("image/")) || mime == QLatin1String("application/pdf")) {
            m_headOnly = true;  // a card from the headers; the body is not needed
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &FetchJob::onFinished);
}

void FetchJob::onReadyRead()
{
    if (m_finished || !m_reply || m_headOnly)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status) || status >= 400) {
        m_reply->readAll();  // not kept
        return;
    }
    const qint64 room = m_options.maxBytes - m_page.body.size();
    QByteArray chunk = m_reply->read(std::max<qint64>(room, 0) + 1);
    if (chunk.size() > room) {
        chunk.truncate(room);
        m_page.body += chunk;
        m_page.truncated = true;
        m_capped = true;
        m_reply->abort();  // finished follows; what was read is kept
        return;
    }
    m_page.body += chunk;
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
}

void FetchJob::onFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (m_finished || !reply || reply != m_reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_capped && !m_headOnly && reply->error() != QNetworkReply::NoError && status == 0) {
        finish(Error{QStringLiteral("network"), tr("Could not load %1: %2").arg(m_page.finalUrl.host(), reply->errorString())});
        return;
    }
    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            finish(Error{QStringLiteral("bad_redirect"), tr("The page redirected without saying where to.")});
            return;
        }
        const QUrl next = m_page.finalUrl.resolved(QUrl::fromEncoded(location.trimmed()));
        const QString scheme = next.scheme().toLower();
        if (!next.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            finish(Error{QStringLiteral("bad_redirect"), tr("The page redirected to something that is not a web page.")});
            return;
        }
        if (m_seen.contains(visitKey(next))) {
            finish(Error{QStringLiteral("redirect_loop"), tr("The page redirects in a loop.")});
            return;
        }
        if (m_page.redirects.size() >= m_options.maxRedirects) {
            finish(Error{QStringLiteral("too_many_redirects"),
                         tr("The page redirected more than %1 times.").arg(m_options.maxRedirects)});
            return;
        }
        if (m_options.mayFollow && !m_options.mayFollow(next)) {
            finish(Error{QStringLiteral("refused_redirect"),
                         tr("The page redirected to %1, which is not fetched.").arg(next.host())});
            return;
        }
        m_page.redirects.append(next);
        start(next);
        return;
    }
    m_page.status = status;
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        finish(Error{QStringLiteral("http_%1").arg(status),
                     tr("The server answered %1 %2.").arg(status).arg(reason.isEmpty() ? QString() : reason).trimmed()});
        return;
    }
    const QByteArray contentTypeHeader = reply->rawHeader("Content-Type");
    m_page.contentType = mimeOf(contentTypeHeader);
    if (!m_headOnly && !m_capped)
        m_page.body += reply->read(std::max<qint64>(m_options.maxBytes - m_page.body.size(), 0));
    const QString &mime = m_page.contentType;
    if (m_options.imageBody) {
        // Servers label icons loosely (application/octet-stream, none at all): the decoder has the last word.
        if (!mime.isEmpty() && !mime.startsWith(QLatin1String("image/")) && mime != QLatin1String("application/octet-stream")) {
            finish(Error{QStringLiteral("not_image"), tr("This link leads to a file of type %1, not an image.").arg(mime)});
            return;
        }
        if (m_capped || reply->bytesAvailable() > 0) {
            finish(Error{QStringLiteral("too_large"), tr("The image is larger than %1 KiB.").arg(m_options.maxBytes / 1024)});
            return;
        }
        m_page.type = FetchedPage::Type::Image;
        m_page.text.clear();
        finish(std::move(m_page));
        return;
    }
    if (mime.startsWith(QLatin1String("image/"))) {
        m_page.type = FetchedPage::Type::Image;
        m_page.body.clear();
    } else if (mime == QLatin1String("application/pdf")) {
        m_page.type = FetchedPage::Type::Pdf;
        m_page.body.clear();
    } else if (mime.isEmpty() || mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml")) {
        m_page.type = FetchedPage::Type::Html;
        m_page.text = decodeHtml(m_page.body, contentTypeHeader, &m_page.charset, &m_page.charsetSource);
    } else {
        finish(Error{QStringLiteral("not_html"), tr("This link leads to a file of type %1, not a web page.").arg(mime)});
        return;
    }
    finish(std::move(m_page));
}

void FetchJob::finish(Result<FetchedPage> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    PageFetcher::Callback done = std::move(m_done);
    m_done = nullptr;
    deleteLater();
    if (done && (!m_hasContext || m_context))
        done(std::move(result));
}

} // namespace ttc::preview

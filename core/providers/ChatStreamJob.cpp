#include "providers/ChatStreamJob.h"

#include "net/NetLogging.h"

#include <QNetworkAccessManager>

namespace ttc::providers {

ChatStreamJob::ChatStreamJob(QNetworkAccessManager &nam, const Provider &provider, const ProviderConfig &config,
                             const ChatRequest &request, const Clock &clock, net::HttpOptions options,
                             QObject *parent)
    : QObject(parent), m_provider(provider), m_decoder(provider.newDecoder())
{
    QByteArray body;
    const QNetworkRequest httpRequest = provider.chatRequest(config, request, &body);
    m_http = new net::HttpJob(nam, httpRequest, "POST", body, clock, options, this);
    m_parser = std::make_unique<net::SseParser>([this](const net::SseEvent &e) { m_decoder->onEvent(e); });
    m_decoder->onText = [this](const QString &t) { Q_EMIT delta(t); };
    m_decoder->onReasoning = [this](const QString &t) { Q_EMIT reasoningDelta(t); };
    connect(m_http, &net::HttpJob::data, this, &ChatStreamJob::onData);
    connect(m_http, &net::HttpJob::finished, this, &ChatStreamJob::onHttpFinished);
    connect(m_http, &net::HttpJob::retrying, this,
            [this](int next, qint64 delay, int) { Q_EMIT retrying(next, delay); });
}

ChatStreamJob::~ChatStreamJob() = default;

void ChatStreamJob::setRandom(std::function<double()> random)
{
    m_http->setRandom(std::move(random));
}

void ChatStreamJob::start()
{
    qCDebug(lcProviders) << "chat request to" << m_provider.id();
    m_http->start();
}

void ChatStreamJob::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_http->cancel();
}

void ChatStreamJob::onData(const QByteArray &chunk)
{
    if (m_done)
        return;
    if (m_first) {
        m_first = false;
        if (looksLikeHtml(chunk)) {
            // A captive portal or proxy answered 200 with a web page.
            ProviderError e = makeError(ErrorKind::MalformedStream, m_provider.displayName(), 200,
                                        QStringLiteral("html"));
            fail(e);
            m_http->cancel();
            return;
        }
    }
    m_parser->feed(chunk);
    if (m_decoder->result.error) {
        fail(*m_decoder->result.error);
        m_http->cancel();
    }
}

void ChatStreamJob::onHttpFinished(const net::HttpResult &r)
{
    if (m_done)
        return;
    const QString name = m_provider.displayName();
    switch (r.failure) {
    case net::NetFailure::Cancelled:
        return fail(makeError(ErrorKind::Cancelled, name));
    case net::NetFailure::Timeout:
        return fail(makeError(ErrorKind::Timeout, name, r.status));
    case net::NetFailure::TooLarge:
        return fail(makeError(ErrorKind::TooLarge, name, r.status));
    case net::NetFailure::Network:
        if (r.bodyStarted) {
            // Flush what is complete, so an error frame right before the drop is reported as such.
            m_parser->finish();
            if (m_decoder->result.error)
                return fail(*m_decoder->result.error);
        }
        return fail(makeError(ErrorKind::Network, name, r.status, QString(), r.detail));
    case net::NetFailure::None:
        break;
    }
    if (r.status < 200 || r.status >= 300)
        return fail(m_provider.classifyHttpError(r.status, r.headers, r.errorBody));
    m_parser->finish();
    m_decoder->onEnd(m_parser->unframed());
    if (m_decoder->result.error)
        return fail(*m_decoder->result.error);
    m_done = true;
    Q_EMIT finished(m_decoder->result);
}

void ChatStreamJob::fail(ProviderError error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_cancelled)
        error = makeError(ErrorKind::Cancelled, m_provider.displayName());
    qCInfo(lcProviders) << m_provider.id() << "request failed:" << error.code() << error.httpStatus
                        << error.providerCode;
    Q_EMIT failed(error, m_decoder->result);
}

} // namespace ttc::providers

#pragma once

#include "net/HttpJob.h"
#include "net/SseParser.h"
#include "providers/Provider.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace ttc::providers {

// One streamed chat completion: request → deltas → finished | failed. Retries happen only before the first byte of
// the answer; afterwards a failure keeps what arrived (StreamResult in failed()).
class ChatStreamJob : public QObject
{
    Q_OBJECT

public:
    ChatStreamJob(QNetworkAccessManager &nam, const Provider &provider, const ProviderConfig &config,
                  const ChatRequest &request, const Clock &clock, net::HttpOptions options = {},
                  QObject *parent = nullptr);
    ~ChatStreamJob() override;

    void start();
    void cancel();
    const StreamResult &result() const { return m_decoder->result; }
    const Provider &provider() const { return m_provider; }
    void setRandom(std::function<double()> random);

Q_SIGNALS:
    void delta(const QString &text);
    void reasoningDelta(const QString &text);
    void retrying(int nextAttempt, qint64 delayMs);
    void finished(const ttc::providers::StreamResult &result);
    void failed(const ttc::providers::ProviderError &error, const ttc::providers::StreamResult &partial);

private:
    void onData(const QByteArray &chunk);
    void onHttpFinished(const net::HttpResult &r);
    void fail(ProviderError error);

    const Provider &m_provider;
    std::unique_ptr<StreamDecoder> m_decoder;
    std::unique_ptr<net::SseParser> m_parser;
    net::HttpJob *m_http = nullptr;
    bool m_first = true;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace ttc::providers

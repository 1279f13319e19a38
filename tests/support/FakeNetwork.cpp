#include "FakeNetwork.h"

#include <QTimer>

namespace ttc::test {

FakeNetworkAccessManager::FakeNetworkAccessManager(Handler handler, QObject *parent)
    : QNetworkAccessManager(parent), m_handler(std::move(handler))
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    m_seen.append({op, request, body});
    return new FakeReply(op, request, m_handler(request, body), this);
}

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, FakeResponse response,
                     QObject *parent)
    : QNetworkReply(parent), m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_response.hang)
        QTimer::singleShot(m_response.delayMs, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (m_finished)
        return;
    if (m_response.error != QNetworkReply::NoError) {
        setError(m_response.error, QStringLiteral("fake network error"));
        m_finished = true;
        Q_EMIT errorOccurred(m_response.error);
        setFinished(true);
        Q_EMIT finished();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
    if (m_response.status >= 400)
        setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_response.status));
    Q_EMIT metaDataChanged();
    if (!m_response.body.isEmpty())
        Q_EMIT readyRead();
    m_finished = true;
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_response.body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_response.body.size()) - m_offset);
    if (n <= 0)
        return m_finished ? -1 : 0;
    memcpy(data, m_response.body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace ttc::test

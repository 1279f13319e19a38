#include "net/LoopbackReply.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <cstring>

namespace ttc::net {

namespace {

constexpr qsizetype kMaxHeaderLine = 64 * 1024;
constexpr qint64 kSocketBufferBytes = 256 * 1024;

QNetworkAccessManager::Operation operationFor(const QByteArray &verb)
{
    if (verb == "GET")
        return QNetworkAccessManager::GetOperation;
    if (verb == "POST")
        return QNetworkAccessManager::PostOperation;
    if (verb == "PUT")
        return QNetworkAccessManager::PutOperation;
    if (verb == "DELETE")
        return QNetworkAccessManager::DeleteOperation;
    if (verb == "HEAD")
        return QNetworkAccessManager::HeadOperation;
    return QNetworkAccessManager::CustomOperation;
}

// The codes QNetworkAccessManager gives an HTTP error answer, so callers see the same thing on both paths.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 407: return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default: break;
    }
    return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::UnknownContentError;
}

bool isHopHeader(const QByteArray &name)
{
    return name.compare("host", Qt::CaseInsensitive) == 0 || name.compare("content-length", Qt::CaseInsensitive) == 0 ||
           name.compare("connection", Qt::CaseInsensitive) == 0 ||
           name.compare("accept-encoding", Qt::CaseInsensitive) == 0 ||
           name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
}

} // namespace

bool LoopbackReply::handles(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http") || qEnvironmentVariable("TTC_HTTP_DIRECT_LOOPBACK") == QLatin1String("0"))
        return false;
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

LoopbackReply::LoopbackReply(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                             QObject *parent)
    : QNetworkReply(parent), m_socket(new QTcpSocket(this)), m_verb(verb)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operationFor(verb));
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    const QUrl url = request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    m_requestBytes = verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) {
        if (!isHopHeader(name))
            m_requestBytes += name + ": " + request.rawHeader(name) + "\r\n";
    }
    if (!body.isEmpty() || verb == "POST" || verb == "PUT" || verb == "PATCH")
        m_requestBytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_requestBytes += "Connection: close\r\n\r\n" + body;

    // What the caller has not consumed waits in the kernel, which then slows the server down (TCP flow control).
    m_socket->setReadBufferSize(kSocketBufferBytes);
    connect(m_socket, &QTcpSocket::connected, this, &LoopbackReply::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &LoopbackReply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &LoopbackReply::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &LoopbackReply::onSocketError);
    m_socket->connectToHost(url.host(), quint16(url.port(80)));
}

LoopbackReply::~LoopbackReply()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void LoopbackReply::abort()
{
    if (m_finished)
        return;
    m_body.clear();
    m_bodyPos = 0;
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 LoopbackReply::bytesAvailable() const
{
    return qint64(m_body.size() - m_bodyPos) + QNetworkReply::bytesAvailable();
}

qint64 LoopbackReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_bodyPos);
    if (n <= 0)
        return m_finished ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_bodyPos, size_t(n));
    m_bodyPos += n;
    if (m_bodyPos == m_body.size()) {
        m_body.resize(0);
        m_bodyPos = 0;
    }
    return n;
}

void LoopbackReply::onConnected()
{
    m_state = State::StatusLine;
    m_socket->write(m_requestBytes);
    m_requestBytes.clear();
}

void LoopbackReply::onReadyRead()
{
    if (m_finished)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype old = m_in.size();
    m_in.resize(old + available);
    const qint64 got = m_socket->read(m_in.data() + old, available);
    m_in.resize(old + std::max<qint64>(got, 0));

    const qint64 before = bytesAvailable();
    if (!parse())
        return;
    m_in.remove(0, m_inPos);
    m_inPos = 0;
    if (bytesAvailable() > before)
        Q_EMIT readyRead();  // may abort (and so finish) this reply
    if (!m_finished && m_state == State::Done)
        complete();
}

void LoopbackReply::onDisconnected()
{
    if (m_finished)
        return;
    onReadyRead();
    if (m_finished)
        return;
    if (m_state == State::BodyToClose)
        return complete();
    fail(RemoteHostClosedError, m_state <= State::StatusLine
                                    ? QStringLiteral("The server closed the connection without answering")
                                    : QStringLiteral("The server closed the connection before the answer was complete"));
}

void LoopbackReply::onSocketError()
{
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        return;  // onDisconnected decides whether the answer was complete
    case QAbstractSocket::ConnectionRefusedError:
        return fail(ConnectionRefusedError, m_socket->errorString());
    case QAbstractSocket::HostNotFoundError:
        return fail(HostNotFoundError, m_socket->errorString());
    default:
        return fail(UnknownNetworkError, m_socket->errorString());
    }
}

bool LoopbackReply::takeLine(QByteArray *line)
{
    const qsizetype end = m_in.indexOf('\n', m_inPos);
    if (end < 0) {
        if (m_in.size() - m_inPos > kMaxHeaderLine)
            fail(ProtocolFailure, QStringLiteral("The server sent a line longer than %1 bytes").arg(kMaxHeaderLine));
        return false;
    }
    qsizetype stop = end;
    if (stop > m_inPos && m_in.at(stop - 1) == '\r')
        --stop;
    *line = m_in.mid(m_inPos, stop - m_inPos);
    m_inPos = end + 1;
    return true;
}

void LoopbackReply::appendBody(qsizetype n)
{
    m_body.append(m_in.constData() + m_inPos, n);
    m_inPos += n;
}

bool LoopbackReply::startBody()
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
    Q_EMIT metaDataChanged();
    if (m_finished)
        return false;
    if (m_verb == "HEAD" || m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    if (rawHeader("Transfer-Encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return true;
    }
    if (hasRawHeader("Content-Length")) {
        bool ok = false;
        m_remaining = rawHeader("Content-Length").trimmed().toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(ProtocolFailure, QStringLiteral("The server sent an invalid Content-Length"));
            return false;
        }
        m_state = m_remaining == 0 ? State::Done : State::SizedBody;
        return true;
    }
    m_state = State::BodyToClose;
    return true;
}

bool LoopbackReply::parse()
{
    QByteArray line;
    for (;;) {
        if (m_finished)
            return false;
        switch (m_state) {
        case State::Connecting:
            m_state = State::StatusLine;  // data before connected() was seen: the socket is connected
            break;
        case State::StatusLine: {
            if (!takeLine(&line))
                return !m_finished;
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            m_status = parts.size() >= 2 && line.startsWith("HTTP/1.") ? parts.at(1).toInt(&ok) : 0;
            if (!ok || m_status < 100 || m_status > 999) {
                fail(ProtocolFailure, QStringLiteral("The server did not answer in HTTP"));
                return false;
            }
            setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                         QString::fromLatin1(line.mid(parts.at(0).size() + parts.at(1).size() + 2)));
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            if (!takeLine(&line))
                return !m_finished;
            if (!line.isEmpty()) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;  // tolerated like other clients do
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                setRawHeader(name, hasRawHeader(name) ? rawHeader(name) + ", " + value : value);
                break;
            }
            if (m_status < 200) {  // 100 Continue and other interim answers
                m_state = State::StatusLine;
                break;
            }
            if (!startBody())
                return false;
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(&line))
                return !m_finished;
            const qsizetype semicolon = line.indexOf(';');
            bool ok = false;
            const qint64 size = (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(ProtocolFailure, QStringLiteral("The server sent an invalid chunk size"));
                return false;
            }
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData:
        case State::SizedBody: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, m_in.size() - m_inPos));
            if (n <= 0)
                return true;
            appendBody(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_state == State::ChunkData ? State::ChunkDataEnd : State::Done;
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(&line))
                return !m_finished;
            if (!line.isEmpty()) {
                fail(ProtocolFailure, QStringLiteral("The server sent a malformed chunk"));
                return false;
            }
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(&line))
                return !m_finished;
            if (line.isEmpty())
                m_state = State::Done;
            break;
        case State::BodyToClose:
            if (m_inPos < m_in.size())
                appendBody(m_in.size() - m_inPos);
            return true;
        case State::Done:
            m_inPos = m_in.size();  // anything after the answer is ignored
            return true;
        }
    }
}

void LoopbackReply::complete()
{
    m_state = State::Done;
    m_socket->disconnect(this);
    m_socket->abort();
    if (m_status >= 400) {
        const QString reason = attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const NetworkError code = errorForStatus(m_status);
        setError(code, QStringLiteral("The server replied: %1 %2").arg(m_status).arg(reason));
        Q_EMIT errorOccurred(code);
    }
    finishOnce();
}

void LoopbackReply::fail(NetworkError code, const QString &message)
{
    if (m_finished)
        return;
    m_state = State::Done;
    m_socket->disconnect(this);
    m_socket->abort();
    setError(code, message);
    Q_EMIT errorOccurred(code);
    finishOnce();
}

void LoopbackReply::finishOnce()
{
    if (m_finished)
        return;
    m_finished = true;
    setFinished(true);
    Q_EMIT finished();
}

} // namespace ttc::net

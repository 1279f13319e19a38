#include "PageServer.h"

#include "TestSupport.h"

#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace ttc::test {

namespace {

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

QByteArray response(int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &body)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[k, v] : headers)
        r += k + ": " + v + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return r + body;
}

} // namespace

PageServer::PageServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

bool PageServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl PageServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

QString PageServer::pagesDir()
{
    QString src = sourceDir();
    if (src.isEmpty())
        src = QStringLiteral(TTC_TEST_SOURCE_DIR);
    return src + QStringLiteral("/tests/data/pages");
}

QByteArray PageServer::page(const QString &file)
{
    QFile f(pagesDir() + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("PageServer: missing page %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray PageServer::bigPage(qint64 bytes)
{
    QByteArray html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A very long page</title>"
                      "<meta name=\"description\" content=\"Five mebibytes of paragraphs.\"></head><body><article>";
    const QByteArray para = "<p>This is a paragraph of a very long page, repeated many times so that the page grows "
                            "beyond every cap, with commas, clauses and enough words to be scored as text.</p>\n";
    while (html.size() + para.size() < bytes - 32)
        html += para;
    html += "</article></body></html>";
    return html;
}

QByteArray PageServer::nestedPage(int depth)
{
    QByteArray html = "<html><head><title>Deeply nested</title></head><body>";
    html.reserve(depth * 12 + 512);
    for (int i = 0; i < depth; ++i)
        html += "<div>";
    html += "<p>The text at the bottom of ten thousand divs, long enough to be a paragraph, with a comma.</p>";
    for (int i = 0; i < depth; ++i)
        html += "</div>";
    html += "</body></html>";
    return html;
}

QByteArray PageServer::gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate and an Adler-32: keep the raw deflate.
    const QByteArray z = qCompress(data, 9);
    const QByteArray deflate = z.mid(6, z.size() - 6 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += deflate;
    appendLe32(out, crc32(data));
    appendLe32(out, quint32(data.size()));
    return out;
}

void PageServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QUrl target = QUrl::fromEncoded(requestLine.value(1));
    const QString path = target.path();
    QByteArray acceptEncoding;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("accept-encoding:"))
            acceptEncoding = line.mid(16).trimmed();
    }
    m_lastAcceptEncoding = acceptEncoding;
    ++m_hits[path];
    ++m_total;

    auto send = [socket](const QByteArray &bytes) {
        socket->write(bytes);
        socket->disconnectFromHost();
    };
    const QByteArray html = "text/html";
    static const QHash<QString, QString> files = {
        {QStringLiteral("/article"), QStringLiteral("article.html")}, {QStringLiteral("/blog"), QStringLiteral("blog.html")},
        {QStringLiteral("/hostile"), QStringLiteral("hostile.html")}, {QStringLiteral("/bom"), QStringLiteral("bom.html")},
        {QStringLiteral("/cp1252"), QStringLiteral("cp1252.html")}};
    if (files.contains(path)) {
        send(response(200, "OK", {{"Content-Type", html}}, page(files.value(path))));
    } else if (path == QLatin1String("/sjis")) {
        send(response(200, "OK", {{"Content-Type", "text/html; charset=Shift_JIS"}}, page(QStringLiteral("sjis.html"))));
    } else if (path == QLatin1String("/gzip") || path == QLatin1String("/deflate")) {
        const QByteArray body = page(QStringLiteral("article.html"));
        const bool gz = path == QLatin1String("/gzip");
        if (!acceptEncoding.contains(gz ? "gzip" : "deflate")) {
            send(response(200, "OK", {{"Content-Type", html}}, body));
        } else if (gz) {
            send(response(200, "OK", {{"Content-Type", html}, {"Content-Encoding", "gzip"}}, gzip(body)));
        } else {
            const QByteArray z = qCompress(body, 9).mid(4);  // zlib stream, as "deflate" means in HTTP
            send(response(200, "OK", {{"Content-Type", html}, {"Content-Encoding", "deflate"}}, z));
        }
    } else if (path.startsWith(QLatin1String("/redirect/"))) {
        const int n = path.mid(10).toInt();
        const bool absolute = QUrlQuery(target).queryItemValue(QStringLiteral("abs")) == QLatin1String("1");
        QString next = n <= 1 ? QStringLiteral("/article") : QStringLiteral("/redirect/%1").arg(n - 1);
        if (absolute)
            next = url(next + (n > 1 ? QStringLiteral("?abs=1") : QString())).toString();
        send(response(302, "Found", {{"Location", next.toUtf8()}}, {}));
    } else if (path == QLatin1String("/loop/a") || path == QLatin1String("/loop/b")) {
        send(response(302, "Found", {{"Location", path.endsWith(QLatin1Char('a')) ? "/loop/b" : "/loop/a"}}, {}));
    } else if (path.startsWith(QLatin1String("/status/"))) {
        const int code = path.mid(8).toInt();
        send(response(code, code == 404 ? "Not Found" : code == 500 ? "Internal Server Error" : "Status",
                      {{"Content-Type", html}}, "<html><title>Error</title><body>error page</body></html>"));
    } else if (path == QLatin1String("/slow")) {
        QPointer<QTcpSocket> s = socket;
        QTimer::singleShot(m_slowDelayMs, this, [s, html] {
            if (s)
                s->write(response(200, "OK", {{"Content-Type", html}}, "<title>Too late</title>")), s->disconnectFromHost();
        });
    } else if (path == QLatin1String("/big")) {
        send(response(200, "OK", {{"Content-Type", "text/html; charset=utf-8"}}, bigPage(5 * 1024 * 1024)));
    } else if (path == QLatin1String("/nested")) {
        send(response(200, "OK", {{"Content-Type", html}}, nestedPage(10000)));
    } else if (path == QLatin1String("/pixel.png") || path == QLatin1String("/images/pixel.png")) {
        send(response(200, "OK", {{"Content-Type", "image/png"}}, page(QStringLiteral("pixel.png"))));
    } else if (path == QLatin1String("/report.pdf")) {
        send(response(200, "OK", {{"Content-Type", "application/pdf"}}, page(QStringLiteral("report.pdf"))));
    } else if (path == QLatin1String("/archive.zip")) {
        send(response(200, "OK", {{"Content-Type", "application/zip"}}, QByteArray(100, 'z')));
    } else if (path.startsWith(QLatin1String("/pages/")) && !path.contains(QLatin1String(".."))) {
        QFile f(pagesDir() + path.mid(6));
        if (f.open(QIODevice::ReadOnly))
            send(response(200, "OK", {{"Content-Type", html}}, f.readAll()));
        else
            send(response(404, "Not Found", {{"Content-Type", html}}, "<title>Not found</title>"));
    } else {
        send(response(404, "Not Found", {{"Content-Type", html}}, "<html><title>Not found</title></html>"));
    }
}

} // namespace ttc::test

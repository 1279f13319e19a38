#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace ttc::test {

// A loopback web server for preview tests: serves the project's own pages (tests/data/pages) and a few generated
// answers. Routes:
//   /article /blog /hostile /bom        text/html (no charset in the header)
//   /cp1252                             text/html, the charset only in <meta http-equiv>
//   /sjis                               text/html; charset=Shift_JIS
//   /gzip, /deflate                     /article compressed (Content-Encoding), only when the client accepts it
//   /redirect/N                         N redirects (302) ending at /article; /redirect/N?abs=1 uses absolute URLs
//   /loop/a                             /loop/a -> /loop/b -> /loop/a ...
//   /status/CODE                        an HTML page with that status
//   /slow                               answers after slowDelayMs() (default 10 s)
//   /big                                a 5 MiB HTML page with Content-Length
//   /nested                             10,000 nested <div>s around a paragraph
//   /pixel.png /report.pdf /archive.zip an image, a PDF, a zip
//   /pages/FILE                         any file of the pages folder
class PageServer : public QObject
{
    Q_OBJECT

public:
    explicit PageServer(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &pathAndQuery) const;

    int hits(const QString &path) const { return m_hits.value(path); }
    int totalHits() const { return m_total; }
    QByteArray lastAcceptEncoding() const { return m_lastAcceptEncoding; }
    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }

    static QString pagesDir();
    static QByteArray page(const QString &file);  // the raw bytes of a page file
    static QByteArray bigPage(qint64 bytes);
    static QByteArray nestedPage(int depth);
    static QByteArray gzip(const QByteArray &data);

private:
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, int> m_hits;
    int m_total = 0;
    int m_slowDelayMs = 10000;
    QByteArray m_lastAcceptEncoding;
};

} // namespace ttc::test

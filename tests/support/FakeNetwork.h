#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>

#include <functional>

namespace ttc::test {

// What a fake reply does. Nextcloud-style: answer, fail, hang or answer late.
struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int delayMs = 0;       // before the headers arrive
    bool hang = false;     // never finishes (until aborted)
};

// A QNetworkAccessManager that never touches the network: each request is answered by the handler.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const QNetworkRequest &, const QByteArray &body)>;

    explicit FakeNetworkAccessManager(Handler handler, QObject *parent = nullptr);

    struct Seen
    {
        Operation operation;
        QNetworkRequest request;
        QByteArray body;
    };
    const QList<Seen> &requests() const { return m_seen; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<Seen> m_seen;
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, FakeResponse response,
              QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    FakeResponse m_response;
    qint64 m_offset = 0;
    bool m_finished = false;
};

} // namespace ttc::test

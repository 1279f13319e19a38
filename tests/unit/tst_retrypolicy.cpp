// RetryPolicy: which answers are retried and how long to wait (pure function, table-driven).
#include "net/RetryPolicy.h"

#include <QTest>

using ttc::net::Headers;
using ttc::net::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        for (int s : {0, 408, 409, 429, 500, 502, 503, 504, 529})
            QTest::addRow("%d", s) << s << true;
        for (int s : {400, 401, 403, 404, 413, 422})
            QTest::addRow("%d", s) << s << false;
    }
    void retryable()
    {
        QFETCH(int, status);
        QFETCH(bool, retry);
        RetryPolicy p;
        QCOMPARE(p.shouldRetry(1, status, {}), retry);
        QCOMPARE(p.shouldRetry(3, status, {}), false);  // at most 3 tries
    }

    void shouldRetryHeaderWins()
    {
        RetryPolicy p;
        QVERIFY(!p.shouldRetry(1, 429, {{"X-Should-Retry", "false"}}));
        QVERIFY(p.shouldRetry(1, 400, {{"x-should-retry", "true"}}));
    }

    void delay_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expected");
        const qint64 now = 1445412480000;  // Wed, 21 Oct 2015 07:28:00 GMT
        Q_UNUSED(now)
        QTest::newRow("backoff 1") << 1 << Headers{} << 0.0 << qint64(500);
        QTest::newRow("backoff 2") << 2 << Headers{} << 0.0 << qint64(1000);
        QTest::newRow("backoff 3 jitter") << 3 << Headers{} << 1.0 << qint64(1500);
        QTest::newRow("backoff capped") << 10 << Headers{} << 0.0 << qint64(8000);
        QTest::newRow("retry-after-ms") << 1 << Headers{{"retry-after-ms", "84"}} << 0.5 << qint64(84);
        QTest::newRow("retry-after s") << 1 << Headers{{"Retry-After", "2"}} << 0.5 << qint64(2000);
        QTest::newRow("retry-after float") << 1 << Headers{{"retry-after", "1.5"}} << 0.5 << qint64(1500);
        QTest::newRow("retry-after date") << 1 << Headers{{"retry-after", "Wed, 21 Oct 2015 07:28:03 GMT"}} << 0.0 << qint64(3000);
        QTest::newRow("retry-after too long") << 1 << Headers{{"retry-after", "600"}} << 0.0 << qint64(500);
        QTest::newRow("retry-after garbage") << 2 << Headers{{"retry-after", "soon"}} << 0.0 << qint64(1000);
        QTest::newRow("ms wins") << 1 << Headers{{"retry-after", "9"}, {"retry-after-ms", "10"}} << 0.0 << qint64(10);
    }
    void delay()
    {
        QFETCH(int, attempt);
        QFETCH(Headers, headers);
        QFETCH(double, jitter);
        QFETCH(qint64, expected);
        QCOMPARE(RetryPolicy().delayMs(attempt, headers, 1445412480000, jitter), expected);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

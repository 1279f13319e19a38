#include "TestSupport.h"
#include "util/Uuid.h"

#include <QSet>
#include <QTest>

using namespace ttc;

class TestUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatAndTimestamp()
    {
        test::FakeClock clock(1767225600123);
        UuidV7Generator gen(clock);
        const QString id = gen.next();
        QVERIFY2(UuidV7Generator::isValid(id), qPrintable(id));
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), QLatin1Char('7'));
        QCOMPARE(UuidV7Generator::timestampMs(id), 1767225600123);
    }

    void strictlyIncreasingWithinOneMillisecond()
    {
        test::FakeClock clock;
        UuidV7Generator gen(clock);
        QString previous = gen.next();
        QSet<QString> seen{previous};
        for (int i = 0; i < 20000; ++i) {  // more ids than the 12-bit counter holds in one millisecond
            const QString id = gen.next();
            QVERIFY2(id > previous, qPrintable(previous + QLatin1String(" !< ") + id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = id;
        }
    }

    void monotonicWhenTheClockGoesBack()
    {
        test::FakeClock clock;
        UuidV7Generator gen(clock);
        const QString a = gen.next();
        clock.advance(-5000);
        const QString b = gen.next();
        QVERIFY(b > a);
    }

    void rejectsOtherStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("v4") << "0f8fad5b-d9cb-469f-a165-70867728950e";
        QTest::newRow("short") << "0190a1b2-c3d4-7e5f";
        QTest::newRow("bad variant") << "0190a1b2-c3d4-7e5f-0123-456789abcdef";
        QTest::newRow("sql") << "'; DROP TABLE sessions; --";
    }
    void rejectsOtherStrings()
    {
        QFETCH(QString, text);
        QVERIFY(!UuidV7Generator::isValid(text));
        QCOMPARE(UuidV7Generator::timestampMs(text), -1);
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"

#include "TestSupport.h"
#include "ipc/SingleInstance.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ttc;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondHandsItsArgumentsToTheFirst()
    {
        test::TempProfile profile;
        SingleInstance first(profile.profile());
        QVERIFY(first.tryBecomePrimary());
        QVERIFY(first.listen());
        QSignalSpy spy(&first, &SingleInstance::argumentsReceived);

        // The second launch blocks while it waits for the answer, so it runs on another thread here.
        bool delivered = false;
        bool secondIsPrimary = true;
        QThread *t = QThread::create([&] {
            SingleInstance second(profile.profile());
            secondIsPrimary = second.tryBecomePrimary();
            if (!secondIsPrimary)
                delivered = second.sendToPrimary({QStringLiteral("--open"), QStringLiteral("chat ü")},
                                                 QStringLiteral("/some/dir"), 5000);
        });
        t->start();
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(t->wait(5000));
        delete t;
        QVERIFY(!secondIsPrimary);
        QVERIFY(delivered);
        QCOMPARE(spy.at(0).at(0).toStringList(), (QStringList{QStringLiteral("--open"), QStringLiteral("chat ü")}));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("/some/dir"));
    }

    void differentProfilesDoNotMeet()
    {
        test::TempProfile a, b;
        SingleInstance first(a.profile());
        SingleInstance other(b.profile());
        QVERIFY(first.tryBecomePrimary());
        QVERIFY(other.tryBecomePrimary());
    }

    void sendingWithNobodyListeningFailsInTime()
    {
        test::TempProfile profile;
        SingleInstance lonely(profile.profile());
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!lonely.sendToPrimary({}, {}, 300, &error));
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(!error.isEmpty());
    }

    void aStaleSocketFromACrashIsReplaced()
    {
        test::TempProfile profile;
        SingleInstance first(profile.profile());
        // A leftover socket file with the same name, as a crashed run would leave behind.
        QLocalServer stale;
        QVERIFY(stale.listen(first.serverName()));
        QVERIFY(first.tryBecomePrimary());
        QVERIFY(first.listen());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

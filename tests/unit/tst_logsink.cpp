#include "log/LogSink.h"
#include "log/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;

class TestLogSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRedactedLinesToAPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/test.log"));
        log::install({path, false});
        qCInfo(lcApp) << "hello from the test";
        qCWarning(lcStore) << "header Authorization: Bearer canary-token-0123456789";
        qCInfo(lcApp).noquote() << "using key sk-canaryCANARYcanary0123456789";
        log::shutdown();

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("hello from the test"));
        QVERIFY(text.contains("[ttc.store]"));
        QVERIFY(text.contains("[ttc.app]"));
        QVERIFY(!text.contains("canary-token"));
        QVERIFY(!text.contains("sk-canary"));
        QVERIFY(text.contains("[redacted]"));
        const QFileDevice::Permissions perms = QFileInfo(path).permissions();
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void rotatesAtTheSizeLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.log"));
        log::install({path, false, 4096, 2});
        for (int i = 0; i < 400; ++i)
            qCInfo(lcApp) << "line" << i << QByteArray(40, 'x');
        log::shutdown();
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("r.1.log"))));
        QVERIFY(QFileInfo(path).size() <= 4096 + 200);
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"

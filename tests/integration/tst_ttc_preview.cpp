// ttc preview as a user runs it, against the loopback page server in another process: JSON fields, human output,
// exit codes, the cache across runs (the second run works with the server gone), --no-cache, --screenshot.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ttc;

class TestTtcPreview : public QObject
{
    Q_OBJECT

    QProcess server;
    quint16 port = 0;

    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path); }

    test::ProcessResult ttc(const test::TempProfile &p, const QStringList &args, const QString &program = {})
    {
        return test::runProcess(program.isEmpty() ? test::binary(QStringLiteral("ttc")) : program,
                                QStringList{QStringLiteral("--profile"), p.root(), QStringLiteral("preview")} + args);
    }

    bool startServer()
    {
        server.start(test::binary(QStringLiteral("ttc-page-server")), {});
        if (!server.waitForStarted(5000) || !server.waitForReadyRead(5000))
            return false;
        const QByteArray line = server.readLine().trimmed();
        port = quint16(line.mid(5).toUInt());
        return line.startsWith("PORT ") && port != 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer()); }
    void cleanupTestCase()
    {
        server.kill();
        server.waitForFinished(5000);
    }

    void jsonFieldsAndCacheAcrossRuns()
    {
        test::TempProfile p;
        QElapsedTimer t;
        t.start();
        test::ProcessResult r = ttc(p, {url(QStringLiteral("/redirect/3")), QStringLiteral("--json")});
        const qint64 cold = t.restart();
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList keys = o.keys();
        QStringList expected = QString::fromLatin1("url final_url status title site_name description byline published lang "
                                                   "favicon image reading_minutes summary main_text").split(QLatin1Char(' '));
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(o.value(QLatin1String("url")).toString(), url(QStringLiteral("/redirect/3")));
        QCOMPARE(o.value(QLatin1String("final_url")).toString(), url(QStringLiteral("/article")));
        QCOMPARE(o.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(o.value(QLatin1String("title")).toString(), QStringLiteral("Why lighthouses still matter in the age of GPS"));
        QCOMPARE(o.value(QLatin1String("site_name")).toString(), QStringLiteral("The Harbour Gazette"));
        QCOMPARE(o.value(QLatin1String("byline")).toString(), QStringLiteral("Maren Solberg"));
        QCOMPARE(o.value(QLatin1String("published")).toString(), QStringLiteral("2026-03-14T08:30:00Z"));
        QCOMPARE(o.value(QLatin1String("lang")).toString(), QStringLiteral("en-GB"));
        QCOMPARE(o.value(QLatin1String("favicon")).toString(), url(QStringLiteral("/static/favicon-32.png")));
        QCOMPARE(o.value(QLatin1String("image")).toString(), url(QStringLiteral("/images/lighthouse.jpg")));
        QVERIFY(o.value(QLatin1String("reading_minutes")).toDouble() > 0.5);
        QVERIFY(!o.value(QLatin1String("summary")).toString().isEmpty());
        QVERIFY(o.value(QLatin1String("main_text")).toString().contains(QStringLiteral("For now the lamps stay lit.")));

        // Second run: same answer, from the cache.
        r = ttc(p, {url(QStringLiteral("/redirect/3")), QStringLiteral("--json")});
        const qint64 cached = t.restart();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), o);
        qInfo("ttc preview wall time: cold %lld ms, cached %lld ms", cold, cached);

        // With the server gone the cached preview is still there; --no-cache really goes to the network.
        cleanupTestCase();
        r = ttc(p, {url(QStringLiteral("/redirect/3#fragment")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("title")), o.value(QLatin1String("title")));
        r = ttc(p, {url(QStringLiteral("/redirect/3")), QStringLiteral("--json"), QStringLiteral("--no-cache")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(startServer());
    }

    void humanOutput()
    {
        test::TempProfile p;
        test::ProcessResult r = ttc(p, {url(QStringLiteral("/blog")), QStringLiteral("--no-cache")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("A quiet week in the garden\nGreen Notes \u00b7 less than a minute\n")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Summary: ")));
        // --no-cache left no database behind.
        QVERIFY(!QFile::exists(p.profile().databasePath()));
        r = ttc(p, {url(QStringLiteral("/hostile")), QStringLiteral("--no-cache")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<img src=x onerror=alert(1)>\n"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no url") << QStringList{} << 2 << "Usage";
        QTest::newRow("two urls") << QString::fromUtf8("http://a.test/|http://b.test/").split(QLatin1Char('|')) << 2 << "Usage";
        QTest::newRow("bad option") << QString::fromUtf8("--bogus|http://a.test/").split(QLatin1Char('|')) << 2 << "bogus";
        QTest::newRow("javascript") << QString::fromUtf8("javascript:alert(1)").split(QLatin1Char('|')) << 2 << "Only http and https";
        QTest::newRow("mailto") << QString::fromUtf8("mailto:a@b.test").split(QLatin1Char('|')) << 2 << "Only http and https";
        QTest::newRow("file") << QString::fromUtf8("file:///etc/passwd").split(QLatin1Char('|')) << 2 << "Only http and https";
        QTest::newRow("data") << QStringList{QStringLiteral("data:text/html,hi")} << 2 << "Only http and https";
        QTest::newRow("404") << QString::fromUtf8("@/status/404").split(QLatin1Char('|')) << 7 << "404";
        QTest::newRow("500") << QString::fromUtf8("@/status/500").split(QLatin1Char('|')) << 7 << "500";
        QTest::newRow("zip") << QString::fromUtf8("@/archive.zip").split(QLatin1Char('|')) << 7 << "application/zip";
        QTest::newRow("loop") << QString::fromUtf8("@/loop/a").split(QLatin1Char('|')) << 6 << "loop";
        QTest::newRow("6 redirects") << QString::fromUtf8("@/redirect/6").split(QLatin1Char('|')) << 6 << "more than 5";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        for (QString &a : args) {
            if (a.startsWith(QLatin1Char('@')))
                a = url(a.mid(1));
        }
        test::TempProfile p;
        test::ProcessResult r = ttc(p, args + QStringList{QStringLiteral("--no-cache")});
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void slowServerIsANetworkError()
    {
        test::TempProfile p;
        QElapsedTimer t;
        t.start();
        test::ProcessResult r = ttc(p, {url(QStringLiteral("/slow"))});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains("did not answer"));
        QVERIFY(t.elapsed() < 9000);
    }

    void imagesAndPdfsGetCards()
    {
        test::TempProfile p;
        test::ProcessResult r = ttc(p, {url(QStringLiteral("/report.pdf")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("title")).toString(), QStringLiteral("report.pdf"));
        r = ttc(p, {url(QStringLiteral("/pixel.png"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("pixel.png\n"));
    }

    void screenshotNeedsTheRenderer()
    {
        // A copy of ttc in a folder of its own: no ttc-render next to it.
        QTemporaryDir bin;
        const QString copy = bin.filePath(QStringLiteral("ttc"));
        QVERIFY(QFile::copy(test::binary(QStringLiteral("ttc")), copy));
        test::TempProfile p;
        const QString png = p.root() + QStringLiteral("/shot.png");
        test::ProcessResult r = ttc(p, {url(QStringLiteral("/article")), QStringLiteral("--screenshot"), png}, copy);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("ttc: --screenshot needs ttc-render (built with the GUI)\n"));

#ifdef Q_OS_UNIX
        // A stand-in renderer checks the contract: ttc-render URL OUT.png, exit 0 when the file is written.
        QFile fake(bin.filePath(QStringLiteral("ttc-render")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\nprintf '%s' \"$1\" > \"$2\"\n");
        fake.close();
        fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        r = ttc(p, {url(QStringLiteral("/redirect/1")), QStringLiteral("--screenshot"), png}, copy);
        QCOMPARE(r.exitCode, 0);
        QFile shot(png);
        QVERIFY(shot.open(QIODevice::ReadOnly));
        QCOMPARE(shot.readAll(), url(QStringLiteral("/article")).toUtf8());  // the final URL is rendered
        // A renderer that fails is a local error.
        QVERIFY(fake.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fake.write("#!/bin/sh\necho 'no display' >&2\nexit 3\n");
        fake.close();
        r = ttc(p, {url(QStringLiteral("/article")), QStringLiteral("--screenshot"), png}, copy);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no display"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestTtcPreview)
#include "tst_ttc_preview.moc"

// Keys never reach disk, logs, SQLite, settings, command lines or output: a unique canary key is stored, used to chat
// and validated with debug logging on, then the profile, HOME, the temp folder, every process's command line and the
// programs' own output are searched for it. The canary itself is never printed by this test.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace ttc;

namespace {

// Files under dir that contain needle (or its UTF-16 form); bounded so a huge temp folder cannot stall the test.
QStringList filesContaining(const QString &dir, const QByteArray &needle, qint64 *scanned)
{
    QStringList hits;
    const QByteArray wide = QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(needle).utf16()), needle.size() * 2);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || info.size() > (64ll << 20) || *scanned > (3ll << 30))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        *scanned += data.size();
        if (data.contains(needle) || data.contains(wide))
            hits << path;
    }
    return hits;
}

QStringList cmdlinesContaining(const QByteArray &needle)
{
    QStringList hits;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << pid;
    }
    return hits;
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canaryKeyLeavesNoTrace()
    {
#ifndef Q_OS_LINUX
        QSKIP("searches /proc");
#endif
        const QByteArray canary = "sk-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        test::TempProfile profile;
        const QString home = qEnvironmentVariable("HOME");

        QProcess fake;
        fake.start(test::binary(QStringLiteral("ttc-fake-provider")),
                   {QStringLiteral("--text"), QStringLiteral("slow "), QStringLiteral("--text"), QStringLiteral("answer"),
                    QStringLiteral("--delay-ms"), QStringLiteral("400"), QStringLiteral("--log"),
                    profile.root() + QStringLiteral("/fake-requests.jsonl")});
        QVERIFY(fake.waitForStarted());
        QVERIFY(fake.waitForReadyRead(10000));
        const QByteArray port = fake.readLine().trimmed().mid(5);
        QVERIFY(!port.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"OPENAI_API_KEY", "TTC_TIER", "TTC_DAILY_LIMIT"})
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("TTC_OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:%1/v1").arg(QString::fromLatin1(port)));
        env.insert(QStringLiteral("TTC_KEYCHAIN_SERVICE"), QStringLiteral("ttc-canary-") + QFileInfo(profile.root()).fileName());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ttc.*.debug=true;qt.network.*.debug=true"));
        env.insert(QStringLiteral("TTC_LOG_CONSOLE"), QStringLiteral("1"));
        const QStringList base{QStringLiteral("--profile"), profile.root()};
        QByteArray allOutput;
        const auto ttc = [&](const QStringList &args, const QByteArray &input = {}) {
            test::ProcessResult r = test::runProcess(test::binary(QStringLiteral("ttc")), base + args, input, env, 60000);
            allOutput += r.out + r.err;
            return r;
        };

        test::ProcessResult r = ttc({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, canary + "\n");
        bool keychain = r.exitCode == 0;
        if (!keychain) {
            // No Secret Service here: the environment is the other supported source (not a file, not a command line).
            env.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(canary));
            qWarning("no keychain: the canary is given through the environment");
        }
        // A chat while /proc is searched: the running ttc must not carry the key in its command line.
        QProcess chat;
        chat.setProcessEnvironment(env);
        chat.start(test::binary(QStringLiteral("ttc")), base + QStringList{QStringLiteral("chat"), QStringLiteral("hello")});
        QVERIFY(chat.waitForStarted());
        QTest::qWait(300);
        QVERIFY2(cmdlinesContaining(canary).isEmpty(), "the canary is on a command line");
        QVERIFY(chat.waitForFinished(60000));
        QCOMPARE(chat.exitCode(), 0);
        allOutput += chat.readAllStandardOutput() + chat.readAllStandardError();
        r = ttc({QStringLiteral("keys"), QStringLiteral("validate"), QStringLiteral("openai")});
        QCOMPARE(r.exitCode, 0);
        r = ttc({QStringLiteral("keys"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        r = ttc({QStringLiteral("chat"), QStringLiteral("--json"), QStringLiteral("again")});
        QCOMPARE(r.exitCode, 0);
        r = ttc({QStringLiteral("usage")});
        QCOMPARE(r.exitCode, 0);
        fake.terminate();
        fake.waitForFinished(5000);

        // The fake provider did receive it (so the search below can find a leak if there is one).
        QVERIFY(QFile::exists(profile.root() + QStringLiteral("/fake-requests.jsonl")));
        QVERIFY2(!allOutput.contains(canary), "the canary appeared in ttc's output or logs on stderr");
        QVERIFY(QFile::exists(profile.profile().logDir() + QStringLiteral("/ttc.log")));
        qint64 scanned = 0;
        QStringList hits = filesContaining(profile.root(), canary, &scanned);
        if (!home.isEmpty() && !profile.root().startsWith(home))
            hits += filesContaining(home, canary, &scanned);
        hits += filesContaining(QDir::tempPath(), canary, &scanned);
        hits += cmdlinesContaining(canary);
        qInfo() << "searched" << scanned / 1024 << "KiB of files; keychain:" << keychain;
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the canary was found in: ") + hits.join(QStringLiteral(", "))));

        if (keychain) {
            r = ttc({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")});
            QCOMPARE(r.exitCode, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"

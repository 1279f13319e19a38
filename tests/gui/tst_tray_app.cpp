// The real tray app under Xvfb with a tray host (trayer): the icon is embedded and drawn, its menu opens, a second
// launch hands over to the first and exits 0, SIGTERM quits cleanly.
#include "TestSupport.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace ttc;

namespace {

QImage grabScreen(const QString &name)
{
    const QString path = test::artifactsDir() + QLatin1Char('/') + name;
    const test::ProcessResult r = test::runProcess(QStringLiteral("import"), {QStringLiteral("-window"),
                                                                              QStringLiteral("root"), path});
    if (r.exitCode != 0)
        qWarning() << "import failed:" << r.err;
    return QImage(path);
}

// Where two screen grabs differ: the bounding box of the differing pixels, and how many there are.
QRect changedArea(const QImage &a, const QImage &b, int *count)
{
    QRect box;
    *count = 0;
    const QRect r = a.rect().intersected(b.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                box |= QRect(x, y, 1, 1);
                ++*count;
            }
        }
    }
    return box;
}

int differingPixels(const QImage &a, const QImage &b, const QRect &area)
{
    int n = 0;
    const QRect r = area.intersected(a.rect()).intersected(b.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

} // namespace

class TestTrayApp : public QObject
{
    Q_OBJECT

    test::TempProfile m_profile;
    QProcess m_app;
    QRect m_icon;

    QProcessEnvironment env(const QString &readyFile = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (!readyFile.isEmpty())
            e.insert(QStringLiteral("TTC_READY_FILE"), readyFile);
        return e;
    }

    QByteArray log() const
    {
        QFile f(m_profile.profile().logDir() + QStringLiteral("/tooltip-companion.log"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display with a tray host: run through scripts/test-env");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("import")).isEmpty(), "imagemagick is missing");
    }

    void trayIconIsEmbeddedAndDrawn()
    {
        const QImage before = grabScreen(QStringLiteral("tray-before.png"));
        const QString readyFile = m_profile.root() + QStringLiteral("/ready.json");
        m_app.setProcessEnvironment(env(readyFile));
        m_app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_app.start(test::binary(QStringLiteral("tooltip-companion")), {QStringLiteral("--profile"), m_profile.root()});
        QVERIFY(m_app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(readyFile), 20000);

        QFile f(readyFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject ready = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(ready.value(QStringLiteral("platform")).toString(), QStringLiteral("xcb"));
        m_icon = QRect(ready.value(QStringLiteral("x")).toInt(), ready.value(QStringLiteral("y")).toInt(),
                       ready.value(QStringLiteral("width")).toInt(), ready.value(QStringLiteral("height")).toInt());
        QVERIFY2(m_icon.width() >= 16 && m_icon.height() >= 16, "the tray host gave the icon no size");

        // The icon's pixels appear on screen where the tray put it. The tray host may repaint a moment later on a
        // loaded machine, and may still move the icon while it makes room for it after the icon's first paint (the
        // position reported then: trayer sized to its content can report the screen's last column and then grow
        // leftwards), so look again for a while, at what changed on the whole screen, near the reported place.
        int changed = 0;
        QRect drawn;
        const QRect around = m_icon.adjusted(-2 * m_icon.width(), -m_icon.height(), 2 * m_icon.width(), m_icon.height());
        const auto enough = [&] { return changed > m_icon.width() * m_icon.height() / 4 && drawn.intersects(around); };
        QElapsedTimer waited;
        waited.start();
        do {
            QTest::qWait(200);
            const QImage after = grabScreen(QStringLiteral("tray-icon.png"));
            QVERIFY(!after.isNull());
            drawn = changedArea(before, after, &changed);
        } while (!enough() && waited.elapsed() < 8000);
        QVERIFY2(enough(), qPrintable(QStringLiteral("%1 pixels changed in %2,%3 %4x%5; the icon was reported at %6,%7 %8x%9")
                                          .arg(changed).arg(drawn.x()).arg(drawn.y()).arg(drawn.width())
                                          .arg(drawn.height()).arg(m_icon.x()).arg(m_icon.y()).arg(m_icon.width())
                                          .arg(m_icon.height())));
        QVERIFY2(drawn.width() <= 3 * m_icon.width() && drawn.height() <= 3 * m_icon.height(),
                 "more than the icon changed on screen");
        m_icon = drawn;  // where it is now: the menu test clicks there
    }

    void clickOpensTheMenu()
    {
        const QImage before = grabScreen(QStringLiteral("tray-before-click.png"));
        const QPoint c = m_icon.center();
        test::runProcess(QStringLiteral("xdotool"), {QStringLiteral("mousemove"), QString::number(c.x()),
                                                     QString::number(c.y()), QStringLiteral("click"),
                                                     QStringLiteral("1")});
        int changed = 0;
        QElapsedTimer waited;
        waited.start();
        do {
            QTest::qWait(250);
            const QImage menu = grabScreen(QStringLiteral("tray-menu.png"));
            changed = differingPixels(before, menu, menu.rect());
        } while (changed <= 2000 && waited.elapsed() < 8000);
        QVERIFY2(changed > 2000, qPrintable(QStringLiteral("the menu did not appear (%1 pixels changed)").arg(changed)));
        test::runProcess(QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("Escape")});
        QTest::qWait(200);
    }

    void secondLaunchHandsOverAndExits()
    {
        QElapsedTimer t;
        t.start();
        const test::ProcessResult second =
            test::runProcess(test::binary(QStringLiteral("tooltip-companion")),
                             {QStringLiteral("--profile"), m_profile.root()}, {}, env(), 15000);
        QCOMPARE(second.exitCode, 0);
        QVERIFY(!second.timedOut);
        QVERIFY2(t.elapsed() < 10000, "the hand-over should be quick");
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("a later launch handed over its arguments"), 5000);
        QCOMPARE(m_app.state(), QProcess::Running);

        const test::ProcessResult bad = test::runProcess(test::binary(QStringLiteral("tooltip-companion")),
                                                         {QStringLiteral("--profile"), m_profile.root(),
                                                          QStringLiteral("--no-such-flag")},
                                                         {}, env(), 15000);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("no-such-flag"));
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcessEnvironment e = env();
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("WAYLAND_DISPLAY"));
        test::ProcessResult r = test::runProcess(test::binary(QStringLiteral("tooltip-companion")),
                                                 {QStringLiteral("--version")}, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(TTC_VERSION));
        r = test::runProcess(test::binary(QStringLiteral("tooltip-companion")), {QStringLiteral("--help")}, {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--profile"));
    }

    void sigtermQuitsCleanly()
    {
        QVERIFY(m_app.state() == QProcess::Running);
        ::kill(pid_t(m_app.processId()), SIGTERM);
        QVERIFY(m_app.waitForFinished(10000));
        QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_app.exitCode(), 0);
        QVERIFY(log().contains("quitting"));
        // The history database was opened after the icon was ready.
        QVERIFY(log().contains("history database open"));
    }

    // A window opened at start-up gets its first frame before the work it does not need: reading API keys from the
    // keychain and the voice shortcut (and the account, started with it) come after it.
    void startupWorkWaitsForTheChatWindow()
    {
        test::TempProfile profile;
        QProcess app;
        app.setProcessEnvironment(env());
        app.start(test::binary(QStringLiteral("tooltip-companion")),
                  {QStringLiteral("--profile"), profile.root(), QStringLiteral("--open"), QStringLiteral("chat")});
        QVERIFY(app.waitForStarted());
        const auto logText = [&profile] {
            QFile f(profile.profile().logDir() + QStringLiteral("/tooltip-companion.log"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains("voice shortcut") && logText().contains("reading API keys"), 20000);
        const QByteArray text = logText();
        const qsizetype frame = text.indexOf("chat window: first frame on screen");
        QVERIFY2(frame >= 0, text.constData());
        QVERIFY2(frame < text.indexOf("reading API keys"), text.constData());
        QVERIFY2(frame < text.indexOf("voice shortcut"), text.constData());
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
    }

    void cleanupTestCase()
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.kill();
            m_app.waitForFinished();
        }
    }
};

QTEST_GUILESS_MAIN(TestTrayApp)
#include "tst_tray_app.moc"

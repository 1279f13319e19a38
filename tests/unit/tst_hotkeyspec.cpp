#include "voice/GlobalHotkey.h"

#include <QTest>

using namespace ttc;

class TestHotkeySpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<uint>("keysym");
        QTest::newRow("default") << "Ctrl+Alt+Space" << "Ctrl+Alt+Space" << 0x20u;
        QTest::newRow("lower case, spaces") << "ctrl + shift + v" << "Ctrl+Shift+V" << uint('v');
        QTest::newRow("order is normalized") << "Alt+Ctrl+1" << "Ctrl+Alt+1" << uint('1');
        QTest::newRow("function key") << "Meta+F9" << "Meta+F9" << 0xffc6u;
        QTest::newRow("aliases") << "Control+Super+Esc" << "Ctrl+Meta+Esc" << 0xff1bu;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QFETCH(uint, keysym);
        const Result<HotkeySpec> s = parseHotkey(text);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->toString(), normalized);
        QCOMPARE(s->keysym, keysym);
        QVERIFY(s->isValid());
        QCOMPARE(parseHotkey(s->toString())->toString(), normalized);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no modifier") << "Space";
        QTest::newRow("unknown key") << "Ctrl+Alt+Banana";
        QTest::newRow("unknown modifier") << "Hyper+A";
        QTest::newRow("F25") << "Ctrl+F25";
    }

    void rejects()
    {
        QFETCH(QString, text);
        const Result<HotkeySpec> s = parseHotkey(text);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("hotkey_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestHotkeySpec)
#include "tst_hotkeyspec.moc"

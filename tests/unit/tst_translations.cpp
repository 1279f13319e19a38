// The shipped catalogs (translations/tooltip-companion_{de,es,fr}.ts) are complete: lupdate over today's sources, on
// copies, finds nothing new, vanished or obsolete; every message has a translation with the same placeholders and
// accelerators as its source; and the compiled catalogs translate real strings through the code's own tr() helpers,
// which only works when their contexts are the ones lupdate filed the messages under.
#include "keys/KeyValidator.h"
#include "providers/ProviderTypes.h"
#include "voice/Wav.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace ttc;

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList tokens(const QString &text, const QRegularExpression &re)
{
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

// Same file set and include paths as translations/CMakeLists.txt (qt_add_translations on the app target).
QStringList lupdateSources(const QDir &root)
{
    QStringList files;
    const QList<QPair<QString, QStringList>> globs{
        {QStringLiteral("core"), {QStringLiteral("*.cpp")}},
        {QStringLiteral("ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.qml")}},
        {QStringLiteral("app"), {QStringLiteral("*.cpp")}}};
    for (const auto &[dir, patterns] : globs) {
        QDirIterator it(root.filePath(dir), patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QDir m_source;
    QTemporaryDir m_tmp;
    QHash<QString, QList<Message>> m_updated; // per language: the catalog after lupdate ran over today's sources

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString source = qEnvironmentVariable("TTC_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "TTC_SOURCE_DIR is not set");
        m_source = QDir(source);
        const QString lupdate = qEnvironmentVariable("TTC_LUPDATE");
        QVERIFY2(QFile::exists(lupdate), "TTC_LUPDATE does not name lupdate");

        const QStringList sources = lupdateSources(m_source);
        QVERIFY(sources.size() > 50);
        QFile list(m_tmp.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(sources.join(QLatin1Char('\n')).toUtf8() + '\n');
        list.close();

        QStringList args{QStringLiteral("-locations"),
                         QStringLiteral("none"),
                         QStringLiteral("-I"),
                         m_source.filePath(QStringLiteral("core")),
                         QStringLiteral("-I"),
                         m_source.filePath(QStringLiteral("ui")),
                         QLatin1Char('@') + list.fileName(),
                         QStringLiteral("-ts")};
        for (const QString &lang : kLanguages) {
            const QString name = QStringLiteral("tooltip-companion_%1.ts").arg(lang);
            const QString copy = m_tmp.filePath(name);
            QVERIFY(QFile::copy(m_source.filePath(QStringLiteral("translations/") + name), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            args << copy;
        }
        // Without -no-obsolete: a message whose source text is gone stays in the copy, marked vanished or obsolete.
        QProcess p;
        p.start(lupdate, args);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());

        for (const QString &lang : kLanguages) {
            QString error;
            m_updated[lang] = readTs(m_tmp.filePath(QStringLiteral("tooltip-companion_%1.ts").arg(lang)), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void catalogsAreComplete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &lang : kLanguages)
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void catalogsAreComplete()
    {
        QFETCH(QString, lang);
        const QList<Message> messages = m_updated.value(lang);
        QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));

        static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]|%L?n"));
        static const QRegularExpression accelerator(QStringLiteral("&(?!&)\\S"));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("[%1] \"%2\": ").arg(m.context, m.source.left(70));
            if (m.type == QLatin1String("unfinished")) {
                problems << where + QStringLiteral("unfinished (new or changed text; run update_translations and "
                                                   "translate it)");
                continue;
            }
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                problems << where + m.type +
                                QStringLiteral(" (the text is gone from the sources; run update_translations)");
                continue;
            }
            if (m.translations.size() != (m.numerus ? 2 : 1)) {
                problems << where + QStringLiteral("has %1 forms").arg(m.translations.size());
                continue;
            }
            const QStringList want = tokens(m.source, placeholder);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral("empty translation");
                    continue;
                }
                QStringList got = tokens(t, placeholder);
                QStringList expected = want;
                if (m.numerus && !got.contains(QStringLiteral("%n")))
                    expected.removeAll(QStringLiteral("%n")); // "une seconde": a plural form may spell the number
                if (got != expected)
                    problems << where + QStringLiteral("placeholders %1 in \"%2\"").arg(got.join(QLatin1Char(',')), t);
                if (tokens(t, accelerator).size() != tokens(m.source, accelerator).size())
                    problems << where + QStringLiteral("accelerator (&) lost or added in \"%1\"").arg(t);
                if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')))
                    problems << where + QStringLiteral("trailing line break differs in \"%1\"").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.mid(0, 20).join(QLatin1Char('\n')) +
                                                QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    // A tr() helper outside a QObject class passes its own context to QCoreApplication::translate(), while lupdate
    // files the helper's calls under the enclosing namespace or class. A context the catalog does not have means
    // that helper's strings are never translated.
    void translateContextsAreCatalogContexts()
    {
        QSet<QString> contexts;
        for (const Message &m : m_updated.value(kLanguages.first()))
            contexts.insert(m.context);
        static const QRegularExpression call(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
        QStringList problems;
        for (const QString &path : lupdateSources(m_source)) {
            if (!path.endsWith(QLatin1String(".cpp")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = call.globalMatch(text); it.hasNext();) {
                const QString context = it.next().captured(1);
                if (!contexts.contains(context))
                    problems << QStringLiteral("%1: translate(\"%2\", …) but the catalogs have no such context")
                                    .arg(m_source.relativeFilePath(path), context);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }

    void compiledCatalogsTranslateTheCode_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("quit");        // a QObject class's tr(): ttc::TrayController
        QTest::addColumn<QString>("statusValid"); // ttc::keys::statusText: a namespace-level tr() helper
        QTest::addColumn<QString>("missingKey");  // ttc::providers::describe
        QTest::addColumn<QString>("badWav");      // ttc::voice::parseWav's error
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("five");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Beenden") << QStringLiteral("gültig")
                            << QStringLiteral("Kein API-Schlüssel für OpenAI.")
                            << QStringLiteral("Keine verwendbare WAV-Datei")
                            << QStringLiteral("Heute 1 Cloud-Anfrage, kein Tageslimit.")
                            << QStringLiteral("Heute 5 Cloud-Anfragen, kein Tageslimit.");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Salir") << QStringLiteral("válida")
                            << QStringLiteral("No hay clave de API para OpenAI.")
                            << QStringLiteral("No es un archivo WAV utilizable")
                            << QStringLiteral("1 solicitud en la nube hoy, sin límite diario.")
                            << QStringLiteral("5 solicitudes en la nube hoy, sin límite diario.");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Quitter") << QStringLiteral("valide")
                            << QStringLiteral("Aucune clé d’API pour OpenAI.")
                            << QStringLiteral("Fichier WAV inutilisable")
                            << QStringLiteral("1 requête cloud aujourd’hui, sans limite quotidienne.")
                            << QStringLiteral("5 requêtes cloud aujourd’hui, sans limite quotidienne.");
    }

    void compiledCatalogsTranslateTheCode()
    {
        QFETCH(QString, lang);
        QFETCH(QString, quit);
        QFETCH(QString, statusValid);
        QFETCH(QString, missingKey);
        QFETCH(QString, badWav);
        QFETCH(QString, one);
        QFETCH(QString, five);

        const QString lrelease = qEnvironmentVariable("TTC_LRELEASE");
        QVERIFY2(QFile::exists(lrelease), "TTC_LRELEASE does not name lrelease");
        const QString ts = m_source.filePath(QStringLiteral("translations/tooltip-companion_%1.ts").arg(lang));
        const QString qm = m_tmp.filePath(QStringLiteral("tooltip-companion_%1.qm").arg(lang));
        QProcess p;
        p.start(lrelease, {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        auto translator = std::make_unique<QTranslator>();
        QVERIFY(translator->load(qm));
        QCOMPARE(translator->language().left(2), lang);
        QVERIFY(QCoreApplication::installTranslator(translator.get()));

        QCOMPARE(QCoreApplication::translate("ttc::TrayController", "&Quit"), quit);
        QCOMPARE(keys::statusText(keys::KeyStatus::Valid), statusValid);
        QVERIFY2(providers::describe(providers::ErrorKind::MissingKey, QStringLiteral("OpenAI")).startsWith(missingKey),
                 qPrintable(providers::describe(providers::ErrorKind::MissingKey, QStringLiteral("OpenAI"))));
        const auto wav = voice::parseWav(QByteArrayLiteral("not a wav file at all, just text"));
        QVERIFY(!wav.ok());
        QVERIFY2(wav.error().message.startsWith(badWav), qPrintable(wav.error().message));
        // Two plural forms in each language, chosen by n.
        const char *requests = "%n cloud request(s) today, no daily limit.";
        QCOMPARE(QCoreApplication::translate("ttc::AccountWindow", requests, nullptr, 1), one);
        QCOMPARE(QCoreApplication::translate("ttc::AccountWindow", requests, nullptr, 5), five);

        QVERIFY(QCoreApplication::removeTranslator(translator.get()));
        QCOMPARE(keys::statusText(keys::KeyStatus::Valid), QStringLiteral("valid"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

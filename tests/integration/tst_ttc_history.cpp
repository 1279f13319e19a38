// ttc history on an empty and a filled profile, run as a user would run it.
#include "TestSupport.h"
#include "settings/Settings.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "util/Uuid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace ttc;

class TestTtcHistory : public QObject
{
    Q_OBJECT

    test::ProcessResult ttc(const test::TempProfile &p, QStringList args)
    {
        return test::runProcess(test::binary(QStringLiteral("ttc")), QStringList{QStringLiteral("--profile"), p.root()} + args);
    }

private Q_SLOTS:
    void versionHelpAndUsage()
    {
        test::TempProfile p;
        test::ProcessResult r = ttc(p, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ttc " TTC_VERSION));
        r = ttc(p, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("history"));
        QVERIFY(r.out.contains("Exit codes"));
        r = ttc(p, {});
        QCOMPARE(r.exitCode, 2);
        r = ttc(p, {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown command"));
        r = ttc(p, {QStringLiteral("history")});
        QCOMPARE(r.exitCode, 2);
        r = ttc(p, {QStringLiteral("history"), QStringLiteral("show")});
        QCOMPARE(r.exitCode, 2);
        r = ttc(p, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n') >= 1, true);
    }

    // ttc speaks the language the app was set to in the profile, else the system's (LANGUAGE, LANG); help and usage
    // errors in another language still leave nothing behind in the profile.
    void speaksTheUsersLanguage()
    {
        test::TempProfile home;
        const Profile p = Profile::resolve(home.root() + QStringLiteral("/fresh")); // nothing exists yet
        QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
        english.remove(QStringLiteral("LANGUAGE"));
        english.remove(QStringLiteral("LC_ALL"));
        english.remove(QStringLiteral("LC_MESSAGES"));
        english.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        const QString ttcPath = test::binary(QStringLiteral("ttc"));
        const QStringList profile{QStringLiteral("--profile"), p.root()};
        const QStringList badLimit{QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--limit"),
                                   QStringLiteral("x")};

        QProcessEnvironment french = english;
        french.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
        test::ProcessResult r = test::runProcess(ttcPath, profile + QStringList{QStringLiteral("frobnicate")}, {}, french);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("commande inconnue")), r.err.constData());
        QVERIFY2(!QDir(p.root()).exists(), "a usage error created the profile");

        r = test::runProcess(ttcPath, profile + badLimit, {}, english);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("ttc: --limit expects a positive number\n"));

        {
            Settings settings(p.settingsPath());
            settings.setLanguage(QStringLiteral("de"));
        }
        r = test::runProcess(ttcPath, profile + QStringList{QStringLiteral("--help")}, {}, french);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).startsWith(QStringLiteral("Aufruf: ttc")), r.out.constData());
        r = test::runProcess(ttcPath, profile + badLimit, {}, english);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("ttc: --limit erwartet eine positive Zahl\n"));
        // The log, in English for whoever reads it, says which language the command spoke.
        QFile log(p.logDir() + QStringLiteral("/ttc.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains("user interface language: de"), "the log does not name the language");
    }

    void emptyProfile()
    {
        test::TempProfile p;
        test::ProcessResult r = ttc(p, {QStringLiteral("history"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("No chats yet"));
        r = ttc(p, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        r = ttc(p, {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("anything")});
        QCOMPARE(r.exitCode, 0);
        r = ttc(p, {QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("0190abcd")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("ttc: "));
    }

    void filledProfileWhileAnotherProcessWrites()
    {
        test::TempProfile p;
        test::FakeClock clock;
        UuidV7Generator ids(clock);
        QVERIFY(store::openConnection(p.profile().databasePath(), QStringLiteral("app")).ok());
        QString tripId, cookId;
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("app"));
            store::ChatRepository repo(db, clock, ids);
            const store::Session trip = *repo.createSession(QStringLiteral("Scotland trip"));
            const store::Session cook = *repo.createSession(QString());  // untitled: named by its first message
            tripId = trip.id;
            cookId = cook.id;
            store::Message m;
            m.sessionId = trip.id;
            m.content = QStringLiteral("Which umbrella survives the wind in Édinburgh?");
            QVERIFY(repo.addMessage(m).ok());
            m.role = store::Role::Assistant;
            m.model = QStringLiteral("gpt-4o-mini");
            m.content = QStringLiteral("A vented **umbrella** with a fibreglass frame.\n\n| a | b |\n|---|---|\n| 1 | 2 |");
            clock.advance(10);
            QVERIFY(repo.addMessage(m).ok());
            m.sessionId = cook.id;
            m.role = store::Role::User;
            m.content = QStringLiteral("How long do I rest a steak?");
            clock.advance(10);
            QVERIFY(repo.addMessage(m).ok());

            // The "app" now holds a write transaction open while ttc reads: WAL lets readers through.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET title = 'uncommitted' WHERE id = '%1'").arg(tripId)));

            test::ProcessResult r = ttc(p, {QStringLiteral("history"), QStringLiteral("list")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.out.contains(tripId.toUtf8()), r.out.constData());
            QVERIFY(r.out.contains("Scotland trip"));
            QVERIFY(!r.out.contains("uncommitted"));
            QVERIFY(r.out.contains("How long do I rest a steak?"));
            QVERIFY(r.out.indexOf(cookId.toUtf8()) < r.out.indexOf(tripId.toUtf8()));  // newest first

            r = ttc(p, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
            const QJsonArray list = QJsonDocument::fromJson(r.out).array();
            QCOMPARE(list.size(), 2);
            QCOMPARE(list.at(1).toObject().value(QStringLiteral("messages")).toInt(), 2);

            r = ttc(p, {QStringLiteral("history"), QStringLiteral("show"), tripId.left(28)});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("Which umbrella survives"));
            QVERIFY(r.out.contains("assistant · gpt-4o-mini"));

            r = ttc(p, {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("umbrella")});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.count('\n'), 2);
            QVERIFY2(r.out.contains("**umbrella**"), r.out.constData());

            r = ttc(p, {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("edinburgh"),
                        QStringLiteral("--json")});
            const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.at(0).toObject().value(QStringLiteral("session_id")).toString(), tripId);

            r = ttc(p, {QStringLiteral("history"), QStringLiteral("export"), tripId, QStringLiteral("--format"),
                        QStringLiteral("md")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith("# Scotland trip\n"));
            QVERIFY(r.out.contains("| a | b |"));

            const QString file = p.root() + QStringLiteral("/out.json");
            r = ttc(p, {QStringLiteral("history"), QStringLiteral("export"), tripId, QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"), file});
            QCOMPARE(r.exitCode, 0);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject exported = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(exported.value(QStringLiteral("messages")).toArray().size(), 2);

            r = ttc(p, {QStringLiteral("history"), QStringLiteral("export"), tripId, QStringLiteral("--format"),
                        QStringLiteral("pdf")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        store::closeConnection(QStringLiteral("app"));
    }
};

QTEST_GUILESS_MAIN(TestTtcHistory)
#include "tst_ttc_history.moc"

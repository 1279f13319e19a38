// core/protocol: the lease (Ed25519), offline allowance arithmetic, quota days and the JSON shapes.
#include "protocol/Dto.h"
#include "protocol/Lease.h"
#include "protocol/Quota.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ttc::protocol;

class TestProtocol : public QObject
{
    Q_OBJECT

    static QDateTime at(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC(); }

    LeasePayload payload() const
    {
        LeasePayload p;
        p.userId = QStringLiteral("u1");
        p.tier = QStringLiteral("free");
        p.dailyRequests = 50;
        p.usedToday = 20;
        p.day = QDate(2026, 11, 28);
        p.issuedAt = at("2026-11-28T10:00:00Z");
        p.validUntil = at("2026-11-29T10:00:00Z");
        p.version = 3;
        return p;
    }

private Q_SLOTS:
    void leaseRoundTripAndVerify()
    {
        const Ed25519Key key = Ed25519Key::generate();
        QCOMPARE(key.publicKey().size(), 32);
        const SignedLease lease = signLease(payload(), key);
        const auto wire = SignedLease::fromJson(QJsonDocument::fromJson(QJsonDocument(lease.toJson()).toJson()).object());
        QVERIFY(wire.ok());
        auto v = verifyLease(*wire, key.publicKey(), at("2026-11-28T12:00:00Z"));
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QCOMPARE(v->usedToday, 20);
        QCOMPARE(*v->dailyRequests, 50);
        QCOMPARE(v->keyId, leaseKeyId(key.publicKey()));
    }

    void leaseRejectsTamperWrongKeyAndExpiry()
    {
        const Ed25519Key key = Ed25519Key::generate();
        SignedLease lease = signLease(payload(), key);
        SignedLease tampered = lease;
        tampered.payload.replace("\"used\":20", "\"used\":0");
        QVERIFY(tampered.payload != lease.payload);
        QCOMPARE(verifyLease(tampered, key.publicKey(), at("2026-11-28T12:00:00Z")).error().code, QStringLiteral("bad_signature"));
        SignedLease badSig = lease;
        badSig.signature[5] = char(badSig.signature[5] ^ 1);
        QCOMPARE(verifyLease(badSig, key.publicKey(), at("2026-11-28T12:00:00Z")).error().code, QStringLiteral("bad_signature"));
        QCOMPARE(verifyLease(lease, Ed25519Key::generate().publicKey(), at("2026-11-28T12:00:00Z")).error().code,
                 QStringLiteral("bad_signature"));
        QCOMPARE(verifyLease(lease, key.publicKey(), at("2026-11-29T10:00:00Z")).error().code, QStringLiteral("expired"));
        QCOMPARE(verifyLease(lease, key.publicKey(), at("2026-11-28T09:00:00Z")).error().code, QStringLiteral("not_yet_valid"));
    }

    void rfc8032Vector()
    {
        // RFC 8032 section 7.1, TEST 1 (empty message).
        const auto sk = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        auto key = Ed25519Key::fromPrivate(sk);
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey().toHex(), QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(key->sign({}).toHex(),
                 QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
        QVERIFY(ed25519Verify(key->publicKey(), {}, key->sign({})));
        QVERIFY(!ed25519Verify(key->publicKey(), "x", key->sign({})));
    }

    void offlineAllowance_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("spent");
        QTest::addColumn<int>("expected");
        QTest::newRow("same day") << "2026-11-28T12:00:00Z" << 0 << 30;
        QTest::newRow("same day, spent offline") << "2026-11-28T12:00:00Z" << 25 << 5;
        QTest::newRow("same day, overspent") << "2026-11-28T12:00:00Z" << 40 << 0;
        QTest::newRow("next day: full limit") << "2026-11-29T01:00:00Z" << 3 << 47;
        QTest::newRow("expired") << "2026-11-29T10:00:00Z" << 0 << 0;
        QTest::newRow("clock before lease day") << "2026-11-27T23:00:00Z" << 0 << 0;
    }
    void offlineAllowance()
    {
        QFETCH(QString, now);
        QFETCH(int, spent);
        QFETCH(int, expected);
        const auto n = ttc::protocol::offlineAllowance(payload(), at(now.toLatin1().constData()), spent);
        QVERIFY(n.has_value());
        QCOMPARE(*n, expected);
    }

    void unlimitedAllowance()
    {
        LeasePayload p = payload();
        p.dailyRequests.reset();
        QVERIFY(!ttc::protocol::offlineAllowance(p, at("2026-11-28T12:00:00Z"), 1000).has_value());
        QCOMPARE(*ttc::protocol::offlineAllowance(p, at("2026-11-30T12:00:00Z"), 0), 0);
    }

    void quotaDay_data()
    {
        QTest::addColumn<QString>("occurred");
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("day");
        QTest::newRow("same day") << "2026-11-28T23:59:59Z" << "2026-11-29T00:10:00Z" << "2026-11-28";
        QTest::newRow("35 days back is kept") << "2026-10-24T00:10:00Z" << "2026-11-28T00:10:00Z" << "2026-10-24";
        QTest::newRow("older than 35 days") << "2026-10-24T00:09:59Z" << "2026-11-28T00:10:00Z" << "2026-11-28";
        QTest::newRow("5 minutes ahead is kept") << "2026-11-29T00:04:00Z" << "2026-11-28T23:59:00Z" << "2026-11-29";
        QTest::newRow("future beyond 5 minutes") << "2026-11-29T00:05:01Z" << "2026-11-28T23:59:00Z" << "2026-11-28";
        QTest::newRow("offset time") << "2026-11-29T01:30:00+02:00" << "2026-11-29T00:00:00Z" << "2026-11-28";
    }
    void quotaDay()
    {
        QFETCH(QString, occurred);
        QFETCH(QString, received);
        QFETCH(QString, day);
        QCOMPARE(ttc::protocol::quotaDay(parseIsoUtc(occurred), parseIsoUtc(received)).toString(Qt::ISODate), day);
        QCOMPARE(nextReset(parseIsoUtc(received)).time(), QTime(0, 0));
    }

    void usageEventValidation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("valid");
        const QString ok = QStringLiteral(R"({"id":"0190a0b0-c0d0-7e00-8000-000000000001","provider":"openai","kind":"chat","occurred_at":"2026-11-28T10:00:00Z","tokens_in":3,"tokens_out":4})");
        QTest::newRow("ok") << ok << true;
        QTest::newRow("bad id") << QString(ok).replace(QStringLiteral("0190a0b0"), QStringLiteral("zz")) << false;
        QTest::newRow("sql in provider") << QString(ok).replace(QStringLiteral("openai"), QStringLiteral("x'; DROP TABLE users;--")) << false;
        QTest::newRow("no zone") << QString(ok).replace(QStringLiteral("10:00:00Z"), QStringLiteral("10:00:00")) << false;
        QTest::newRow("negative tokens") << QString(ok).replace(QStringLiteral(":3,"), QStringLiteral(":-3,")) << false;
        QTest::newRow("string tokens") << QString(ok).replace(QStringLiteral(":3,"), QStringLiteral(":\"3\",")) << false;
    }
    void usageEventValidation()
    {
        QFETCH(QString, json);
        QFETCH(bool, valid);
        const auto e = UsageEvent::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(e.ok(), valid);
        if (valid)
            QCOMPARE(UsageEvent::fromJson(e->toJson())->toJson(), e->toJson());
    }

    void pushAndPullShapes()
    {
        PushRequest p{QStringLiteral("c1"), {{1, QStringLiteral("message.put"), {{QStringLiteral("id"), QStringLiteral("m1")}}}}};
        const auto back = PushRequest::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->mutations.size(), 1);
        QJsonObject tooMany = p.toJson();
        QJsonArray ms;
        for (int i = 1; i <= kMaxPushMutations + 1; ++i)
            ms.append(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("args"), QJsonObject{}}});
        tooMany.insert(QStringLiteral("mutations"), ms);
        QVERIFY(!PushRequest::fromJson(tooMany).ok());
        PullResponse r;
        r.cookie = QStringLiteral("7");
        r.patch.append({false, PatchKind::Session, QStringLiteral("s1"), {}});
        const auto rb = PullResponse::fromJson(r.toJson());
        QVERIFY(rb.ok());
        QCOMPARE(rb->patch.at(0).put, false);
        QVERIFY(!rb->patch.at(0).toJson().contains(QStringLiteral("value")));
        QCOMPARE(parseErrorBody(QJsonDocument(errorBody(QStringLiteral("rate_limited"), QStringLiteral("m"))).toJson())->code,
                 QStringLiteral("rate_limited"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"

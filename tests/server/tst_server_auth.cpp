// Server security units: JWT strictness, Argon2id parameters, Stripe signatures (fixtures and our own vectors).
#include "Auth.h"
#include "Stripe.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace ttc::server;

namespace {
constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
QByteArray part(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(b64);
}
QString forge(const QJsonObject &header, const QJsonObject &claims, const QByteArray &secret)
{
    const QByteArray input = part(header) + '.' + part(claims);
    return QString::fromLatin1(input + '.' + QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256).toBase64(b64));
}
QByteArray sign(qint64 t, const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT

    const QByteArray m_secret = QByteArray(40, 'k');
    const qint64 m_now = 1800000000;

    QJsonObject claims() const
    {
        return {{QStringLiteral("iss"), QStringLiteral("ttc-server")}, {QStringLiteral("aud"), QStringLiteral("ttc-client")},
                {QStringLiteral("sub"), QStringLiteral("u1")},        {QStringLiteral("sid"), QStringLiteral("f1")},
                {QStringLiteral("typ"), QStringLiteral("access")},    {QStringLiteral("iat"), m_now},
                {QStringLiteral("nbf"), m_now},                       {QStringLiteral("exp"), m_now + 900}};
    }

private Q_SLOTS:
    void jwtRoundTrip()
    {
        JwtSigner jwt(m_secret);
        const QString t = jwt.issue(QStringLiteral("u1"), QStringLiteral("f1"), m_now);
        auto c = jwt.verify(t, m_now + 10);
        QVERIFY(c.ok());
        QCOMPARE(c->userId, QStringLiteral("u1"));
        QCOMPARE(c->familyId, QStringLiteral("f1"));
        QCOMPARE(jwt.verify(t, m_now + 2000).error().code, QStringLiteral("token_expired"));
        QCOMPARE(JwtSigner(QByteArray(40, 'x')).verify(t, m_now).error().code, QStringLiteral("invalid_token"));
    }

    void jwtRejects_data()
    {
        QTest::addColumn<QString>("token");
        const QJsonObject hs{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const QJsonObject none{{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const QJsonObject hs512{{QStringLiteral("alg"), QStringLiteral("HS512")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const QJsonObject rs{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
        QTest::newRow("alg none, empty sig") << QString::fromLatin1(part(none) + '.' + part(claims()) + '.');
        QTest::newRow("alg none, hmac sig") << forge(none, claims(), m_secret);
        QTest::newRow("HS512") << forge(hs512, claims(), m_secret);
        QTest::newRow("RS256 header") << forge(rs, claims(), m_secret);
        QJsonObject c = claims();
        c.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
        QTest::newRow("wrong audience") << forge(hs, c, m_secret);
        c = claims();
        c.insert(QStringLiteral("typ"), QStringLiteral("refresh"));
        QTest::newRow("wrong typ") << forge(hs, c, m_secret);
        c = claims();
        c.remove(QStringLiteral("exp"));
        QTest::newRow("no exp") << forge(hs, c, m_secret);
        c = claims();
        c.remove(QStringLiteral("nbf"));
        QTest::newRow("no nbf") << forge(hs, c, m_secret);
        c = claims();
        c.insert(QStringLiteral("nbf"), m_now + 3600);
        QTest::newRow("not yet valid") << forge(hs, c, m_secret);
        c = claims();
        c.insert(QStringLiteral("exp"), m_now + 90000);
        QTest::newRow("lifetime too long") << forge(hs, c, m_secret);
        c = claims();
        c.insert(QStringLiteral("exp"), m_now - 100);
        QTest::newRow("expired") << forge(hs, c, m_secret);
        QString tampered = forge(hs, claims(), m_secret);
        c = claims();
        c.insert(QStringLiteral("sub"), QStringLiteral("admin"));
        tampered = QString::fromLatin1(part(hs) + '.' + part(c)) + u'.' + tampered.section(u'.', 2);
        QTest::newRow("tampered claims") << tampered;
        QTest::newRow("garbage") << QStringLiteral("a.b.c");
        QTest::newRow("two parts") << QStringLiteral("abc.def");
    }
    void jwtRejects()
    {
        QFETCH(QString, token);
        QVERIFY(!JwtSigner(m_secret).verify(token, m_now + 1).ok());
    }

    void argon2idParameters()
    {
        const QString h = hashPassword(QStringLiteral("correct horse"));
        QVERIFY2(h.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"), qPrintable(h));
        QVERIFY(verifyPassword(h, QStringLiteral("correct horse")));
        QVERIFY(!verifyPassword(h, QStringLiteral("correct horsE")));
        QVERIFY(!passwordNeedsRehash(h));
        QVERIFY(!verifyPassword(QStringLiteral("$2b$10$abc"), QStringLiteral("x")));
    }

    void stripeFixtureVectors()
    {
        const QString dir = ttc::test::fixturesDir();
        if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/stripe/derived_cases.json")))
            QSKIP("Stripe fixtures not present (TTC_FIXTURES_DIR)");
        QFile f(dir + QStringLiteral("/stripe/derived_cases.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QFile p(dir + QStringLiteral("/stripe/") + root.value(QStringLiteral("payload_file")).toString());
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray payload = p.readAll();
        QCOMPARE(payload.size(), 484);
        int checked = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject c = v.toObject();
            QList<QByteArray> secrets{(c.contains(QStringLiteral("secret_override")) ? c.value(QStringLiteral("secret_override"))
                                                                                     : root.value(QStringLiteral("secret"))).toString().toUtf8()};
            QByteArray body = payload;
            if (c.contains(QStringLiteral("payload_override")))
                body = c.value(QStringLiteral("payload_override")).toString().toUtf8();
            if (c.value(QStringLiteral("payload_transform")).toString() == u"strip trailing LF")
                body.chop(1);
            if (c.contains(QStringLiteral("payload_suffix")))
                body += c.value(QStringLiteral("payload_suffix")).toString().toUtf8();
            // Our server always enforces 300 s, whatever tolerance the upstream case used.
            const auto r = verifyStripeSignature(c.value(QStringLiteral("header")).toString().toUtf8(), body, secrets,
                                                 c.value(QStringLiteral("now")).toInteger(), 300);
            const bool accept = c.value(QStringLiteral("ours")).toString() == u"accept";
            QVERIFY2(r.ok() == accept, qPrintable(c.value(QStringLiteral("name")).toString()));
            ++checked;
        }
        QVERIFY(checked >= 12);
        // Secret rollover: the header carries signatures for both secrets; either one accepts.
        const QByteArray rollHeader = "t=1533204620,v1=2220f87ef101a04665f11cdf770523143f875572008577fa0f20882ddb9cc3c7,"
                                      "v1=e45af9d09dc5feee7a037de44dd89ea703f04f85a404a0dc04f8690276c7815a";
        QVERIFY(verifyStripeSignature(rollHeader, payload, {"webhook_secret_rolled_key"}, 1533204621).ok());

        QFile n(dir + QStringLiteral("/stripe/node_crypto_hmac_vectors.json"));
        QVERIFY(n.open(QIODevice::ReadOnly));
        const QJsonObject node = QJsonDocument::fromJson(n.readAll()).object();
        for (const QJsonValue &v : node.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject c = v.toObject();
            QCOMPARE(QMessageAuthenticationCode::hash(c.value(QStringLiteral("payload")).toString().toUtf8(),
                                                      node.value(QStringLiteral("secret")).toString().toUtf8(), QCryptographicHash::Sha256)
                         .toHex(),
                     c.value(QStringLiteral("expected")).toString().toLatin1());
        }
    }

    void stripeOwnVectors_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("expected"); // "" = accept
        const QByteArray body = R"({"id":"evt_1","type":"customer.subscription.updated"})";
        const qint64 t = 1800000000;
        const QByteArray good = sign(t, body, "whsec_test");
        QTest::newRow("valid") << ("t=" + QByteArray::number(t) + ",v1=" + good) << t << QString();
        QTest::newRow("at +300") << ("t=" + QByteArray::number(t) + ",v1=" + good) << t + 300 << QString();
        QTest::newRow("too old") << ("t=" + QByteArray::number(t) + ",v1=" + good) << t + 301 << QStringLiteral("timestamp_out_of_tolerance");
        QTest::newRow("future") << ("t=" + QByteArray::number(t) + ",v1=" + good) << t - 301 << QStringLiteral("timestamp_out_of_tolerance");
        QTest::newRow("uppercase hex") << ("t=" + QByteArray::number(t) + ",v1=" + good.toUpper()) << t << QStringLiteral("signature_mismatch");
        QTest::newRow("multi v1, second good") << ("t=" + QByteArray::number(t) + ",v1=" + QByteArray(64, 'a') + ",v1=" + good) << t << QString();
        QTest::newRow("v0 only") << ("t=" + QByteArray::number(t) + ",v0=" + good) << t << QStringLiteral("malformed_signature");
        QTest::newRow("no t") << ("v1=" + good) << t << QStringLiteral("malformed_signature");
        QTest::newRow("empty") << QByteArray() << t << QStringLiteral("malformed_signature");
        QTest::newRow("t not a number") << ("t=abc,v1=" + good) << t << QStringLiteral("malformed_signature");
        QTest::newRow("other timestamp") << ("t=" + QByteArray::number(t + 1) + ",v1=" + good) << t << QStringLiteral("signature_mismatch");
    }
    void stripeOwnVectors()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, now);
        QFETCH(QString, expected);
        const QByteArray body = R"({"id":"evt_1","type":"customer.subscription.updated"})";
        const auto r = verifyStripeSignature(header, body, {"whsec_other", "whsec_test"}, now);
        QCOMPARE(r.ok() ? QString() : r.error().code, expected);
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"

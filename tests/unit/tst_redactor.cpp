#include "log/Redactor.h"

#include <QTest>

using ttc::log::redact;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");   // must not survive
        QTest::addColumn<QString>("kept");     // must survive (context a reader needs)

        QTest::newRow("openai key") << "calling with sk-abcdefghijklmnop1234567890ABCD now"
                                    << "sk-abcdefghijklmnop1234567890ABCD" << "calling with";
        QTest::newRow("openai project key") << "key sk-proj-AbC_dEf-123456789012345678901234567890 used"
                                            << "sk-proj-AbC_dEf-123456789012345678901234567890" << "used";
        QTest::newRow("anthropic key") << "sk-ant-api03-Zx9_Yw8-Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8Ba7-AAAAAAAA"
                                       << "Zx9_Yw8-Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8Ba7" << "";
        QTest::newRow("google key") << "url?alt=sse (AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY)"
                                    << "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY" << "url?alt=sse";
        QTest::newRow("elevenlabs key") << "voice via sk_0123456789abcdef0123456789abcdef0123456789abcdef"
                                        << "0123456789abcdef0123456789abcdef0123456789abcdef" << "voice via";
        QTest::newRow("authorization header") << "Authorization: Bearer abc.def.ghi-very-secret-token"
                                              << "very-secret-token" << "Authorization";
        QTest::newRow("authorization lower json") << R"({"authorization":"Basic dXNlcjpwYXNzd29yZA==","x":1})"
                                                  << "dXNlcjpwYXNzd29yZA==" << R"("x":1)";
        QTest::newRow("x-api-key header") << "x-api-key: plainvalue-0001" << "plainvalue-0001" << "x-api-key";
        QTest::newRow("x-goog-api-key header") << "X-Goog-Api-Key: somegooglevalue" << "somegooglevalue"
                                               << "X-Goog-Api-Key";
        QTest::newRow("xi-api-key header") << "xi-api-key=0123456789abcdef0123456789abcdef"
                                           << "0123456789abcdef0123456789abcdef" << "xi-api-key";
        QTest::newRow("bearer inline") << "sent bearer ttcat_QWERTY123456 to server" << "QWERTY123456"
                                       << "to server";
        QTest::newRow("jwt") << "token eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLXZhbHVl done"
                             << "eyJzdWIiOiIxMjMifQ" << "done";
        QTest::newRow("refresh token json") << R"({"refresh_token":"opaque-refresh-value-123","expires_in":900})"
                                            << "opaque-refresh-value-123" << R"("expires_in":900)";
        QTest::newRow("access token json") << R"({"access_token": "abc123secret"})" << "abc123secret" << "access_token";
        QTest::newRow("password json") << R"({"email":"a@b.c","password":"hunter2 with space"})"
                                       << "hunter2" << "email";
        QTest::newRow("password form") << "login password=hunter2&user=ann" << "hunter2" << "user=ann";
        QTest::newRow("query key") << "GET /v1beta/models?key=secretquerykey&alt=sse" << "secretquerykey"
                                   << "alt=sse";
        QTest::newRow("stripe webhook secret") << "secret whsec_abcdefghijklmnopqrstuvwx configured"
                                               << "whsec_abcdefghijklmnopqrstuvwx" << "configured";
        QTest::newRow("stripe live key") << "sk_live_51HabcdefghijKLMNOP" << "51HabcdefghijKLMNOP" << "";
        QTest::newRow("cookie header") << "Cookie: session=abcdef123" << "abcdef123" << "Cookie";
    }

    void removesSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(ttc::log::kRedacted), qPrintable(out));
        if (!kept.isEmpty())
            QVERIFY2(out.contains(kept), qPrintable(out));
    }

    void leavesOrdinaryText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("prose") << "database migrated to schema 3";
        QTest::newRow("tokens count") << "usage tokens_in=12 tokens_out=40";
        QTest::newRow("model name") << "model gpt-4o-mini, skipping task-list";
        QTest::newRow("url") << "GET https://api.openai.com/v1/models";
        QTest::newRow("monkey") << "the monkey ate a banana";
    }

    void leavesOrdinaryText()
    {
        QFETCH(QString, input);
        QCOMPARE(redact(input), input);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"

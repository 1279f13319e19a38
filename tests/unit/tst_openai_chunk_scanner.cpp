// The fast reader of OpenAI-style chunks against QJsonDocument: whenever it accepts a chunk, it must read exactly
// what the document says; whatever it is unsure of, it must refuse (the provider then uses QJsonDocument).
#include "TestSupport.h"
#include "providers/OpenAiChunkScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ttc::providers;

namespace {

// What QJsonDocument says, in the scanner's terms; false when the document is not valid JSON.
bool reference(const QByteArray &json, QList<OpenAiChunkChoice> &out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    out.clear();
    for (const QJsonValue &v : doc.object().value(QLatin1String("choices")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonObject d = c.value(QLatin1String("delta")).toObject();
        OpenAiChunkChoice x;
        x.index = c.value(QLatin1String("index")).toInt();
        x.content = d.value(QLatin1String("content")).toString();
        x.reasoning = d.value(QLatin1String("reasoning")).toString();
        x.reasoningContent = d.value(QLatin1String("reasoning_content")).toString();
        x.refusal = d.value(QLatin1String("refusal")).toString();
        x.finishReason = c.value(QLatin1String("finish_reason")).toString();
        out << x;
    }
    return true;
}

void compare(const QByteArray &json)
{
    QList<OpenAiChunkChoice> fast;
    if (!scanOpenAiChunk(json, fast))
        return;
    QList<OpenAiChunkChoice> slow;
    QVERIFY2(reference(json, slow), json.constData());
    QCOMPARE(fast.size(), slow.size());
    for (qsizetype i = 0; i < fast.size(); ++i) {
        QCOMPARE(fast[i].index, slow[i].index);
        QCOMPARE(fast[i].content, slow[i].content);
        QCOMPARE(fast[i].reasoning, slow[i].reasoning);
        QCOMPARE(fast[i].reasoningContent, slow[i].reasoningContent);
        QCOMPARE(fast[i].refusal, slow[i].refusal);
        QCOMPARE(fast[i].finishReason, slow[i].finishReason);
    }
}

// Every `data:` payload of the recorded OpenAI-compatible streams.
QList<QByteArray> recordedChunks()
{
    QList<QByteArray> out;
    const QString root = ttc::test::fixturesDir();
    for (const char *dir : {"openai", "llamacpp", "ollama", "sse_framing"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (QByteArray line : f.readAll().split('\n')) {
                line = line.trimmed();
                if (line.startsWith("data:"))
                    line = line.mid(5).trimmed();
                if (line.startsWith('{'))
                    out << line;
            }
        }
    }
    return out;
}

// Hidden from moc, whose tokenizer loses its way in raw string literals.
#ifndef Q_MOC_RUN
void addRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("content");
    const auto row = [](const char *name, const QByteArray &j, bool ok, const QString &c) {
        QTest::newRow(name) << j << ok << c;
    };
    row("plain", R"({"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":null,"finish_reason":null}]})", true, QStringLiteral("Hi"));
    row("escapes", R"({"choices":[{"index":0,"delta":{"content":"a\n\"b\"\\ \u00e9 \ud83d\ude00 \/"}}]})", true,
        QStringLiteral("a\n\"b\"\\ \u00e9 \U0001F600 /"));
    row("utf8", "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}}]}", true,
        QStringLiteral("\u65e5\u672c \U0001F600"));
    row("u2028 inside", "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\xe2\x80\xa8" "b\"}}]}", true,
        QStringLiteral("a\u2028b"));
    row("whitespace", " {\n \"choices\" : [ { \"index\" : 0 , \"delta\" : { \"content\" : \"x\" } } ] } ", true,
        QStringLiteral("x"));
    row("role only", R"({"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})", true, QString());
    row("nested unknown", R"({"choices":[{"index":0,"delta":{"content":"y"},"logprobs":{"content":[{"t":[1,2.5e-3,-1]}]}}],"x":{"y":[true,false,null]}})", true, QStringLiteral("y"));
    // Refused: the full path decides.
    row("usage", R"({"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2}})", false, QString());
    row("error", R"({"error":{"message":"boom"}})", false, QString());
    row("tool calls", R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"name":"f"}}]}}]})", false, QString());
    row("trailing garbage", R"({"choices":[]} x)", false, QString());
    row("truncated", R"({"choices":[{"index":0,"delta":{"content":"Hi)", false, QString());
    row("bad escape", R"({"choices":[{"index":0,"delta":{"content":"\x"}}]})", false, QString());
    row("lone surrogate", R"({"choices":[{"index":0,"delta":{"content":"\ud83d"}}]})", false, QString());
    row("invalid utf8", "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xc3\x28\"}}]}", false, QString());
    row("overlong utf8", "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xc0\xaf\"}}]}", false, QString());
    row("utf8 surrogate", "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xed\xa0\x80\"}}]}", false, QString());
    row("control char", "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\x01\"}}]}", false, QString());
    row("not an object", R"([1,2])", false, QString());
    row("negative index", R"({"choices":[{"index":-1,"delta":{"content":"x"}}]})", false, QString());
    row("deep", QByteArray(R"({"a":)") + QByteArray(100, '[') + QByteArray(100, ']') + "}", false, QString());
}
#endif

} // namespace

class TestOpenAiChunkScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data() { addRows(); }

    void reads()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, accepted);
        QFETCH(QString, content);
        QList<OpenAiChunkChoice> choices;
        QCOMPARE(scanOpenAiChunk(json, choices), accepted);
        if (accepted && !choices.isEmpty())
            QCOMPARE(choices.first().content, content);
        compare(json);
    }

    void agreesOnRecordedStreams()
    {
        if (ttc::test::fixturesDir().isEmpty())
            QSKIP("TTC_FIXTURES_DIR is absent: no recorded streams (the generated chunks above cover the scanner)");
        const QList<QByteArray> chunks = recordedChunks();
        QVERIFY2(chunks.size() > 20, "the recorded streams were not found (TTC_FIXTURES_DIR)");
        int accepted = 0;
        for (const QByteArray &c : chunks) {
            QList<OpenAiChunkChoice> x;
            accepted += scanOpenAiChunk(c, x) ? 1 : 0;
            compare(c);
            if (QTest::currentTestFailed())
                QFAIL(c.constData());
        }
        QVERIFY2(accepted * 2 > chunks.size(), "most recorded chunks should take the fast path");
    }

    // Random damage to real chunks: the scanner never accepts what QJsonDocument rejects, nor reads it differently.
    void agreesOnDamagedChunks()
    {
        if (ttc::test::fixturesDir().isEmpty())
            QSKIP("TTC_FIXTURES_DIR is absent: no recorded chunks to damage");
        const QList<QByteArray> chunks = recordedChunks();
        QVERIFY(!chunks.isEmpty());
        // TTC_FUZZ_SEED / TTC_FUZZ_ITERATIONS explore further than the fixed default run.
        bool seeded = false;
        const quint32 seed = qEnvironmentVariable("TTC_FUZZ_SEED").toUInt(&seeded);
        const int iterations = qEnvironmentVariableIntValue("TTC_FUZZ_ITERATIONS") > 0
            ? qEnvironmentVariableIntValue("TTC_FUZZ_ITERATIONS") : 20000;
        QRandomGenerator rng(seeded ? seed : 20261129u);
        const char alphabet[] = "{}[]\",:\\u0 \n\x80\xc3\xe2\xff" "abtnfl-1.eE";
        for (int i = 0; i < iterations; ++i) {
            QByteArray c = chunks.at(rng.bounded(qsizetype(chunks.size())));
            const int edits = 1 + rng.bounded(3);
            for (int e = 0; e < edits && !c.isEmpty(); ++e) {
                const int at = rng.bounded(qsizetype(c.size()));
                switch (rng.bounded(3)) {
                case 0: c[at] = alphabet[rng.bounded(int(sizeof alphabet - 1))]; break;
                case 1: c.remove(at, 1 + rng.bounded(3)); break;
                default: c.insert(at, alphabet[rng.bounded(int(sizeof alphabet - 1))]); break;
                }
            }
            compare(c);
            if (QTest::currentTestFailed())
                QFAIL(c.toPercentEncoding().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenAiChunkScanner)
#include "tst_openai_chunk_scanner.moc"

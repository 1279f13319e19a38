// Provider adapters over recorded and self-written streams: every recording reassembles exactly as its
// EXPECTED.txt says, under whole, 1-byte and random chunking; error bodies map to their categories and exit codes.
#include "TestSupport.h"
#include "FakeProviderServer.h"
#include "net/SseParser.h"
#include "providers/AnthropicProvider.h"
#include "providers/GeminiProvider.h"
#include "providers/LocalProvider.h"
#include "providers/OpenAiProvider.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ttc;
using namespace ttc::providers;

namespace {

struct Decoded
{
    StreamResult result;
    QString streamedText;       // what onText delivered, in order
    QString streamedReasoning;
};

Decoded decode(const Provider &provider, const QByteArray &bytes, int mode, quint32 seed = 3)
{
    Decoded d;
    std::unique_ptr<StreamDecoder> decoder = provider.newDecoder();
    decoder->onText = [&](const QString &t) { d.streamedText += t; };
    decoder->onReasoning = [&](const QString &t) { d.streamedReasoning += t; };
    net::SseParser parser([&](const net::SseEvent &e) { decoder->onEvent(e); });
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype n = mode == 0 ? bytes.size() : mode > 0 ? mode : 1 + rng.bounded(97);
        parser.feed(QByteArrayView(bytes).sliced(i, std::min(n, bytes.size() - i)));
        i += n;
    }
    parser.finish();
    decoder->onEnd(parser.unframed());
    d.result = decoder->result;
    return d;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// EXPECTED.txt: "== name[ | ...]" sections of "key = value" lines.
QMap<QString, QStringList> expectedSections(const QString &path)
{
    QMap<QString, QStringList> out;
    QString current;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("== "))) {
            current = line.mid(3).section(QLatin1String(" |"), 0, 0).trimmed();
            out[current];
        } else if (!current.isEmpty()) {
            out[current] << line.trimmed();
        }
    }
    return out;
}

QString jsonString(const QString &literal)
{
    return QJsonDocument::fromJson(QStringLiteral("[%1]").arg(literal).toUtf8()).array().first().toString();
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString valueAfter(const QString &line, const QString &prefix)
{
    return line.startsWith(prefix) ? line.mid(prefix.size()) : QString();
}

const QList<int> kModes{0, 1, -1};

} // namespace

class TestProviderStreams : public QObject
{
    Q_OBJECT

    QString m_fixtures;

private Q_SLOTS:
    void initTestCase() { m_fixtures = test::fixturesDir(); }

    // --- the project's own streams (always run) ---
    void ownStreams_data()
    {
        QTest::addColumn<QString>("provider");
        for (const char *p : {"openai", "anthropic", "gemini", "local"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void ownStreams()
    {
        QFETCH(QString, provider);
        const QStringList chunks{QStringLiteral("Hel"), QStringLiteral("lo \u00b0 \u2014 "), QStringLiteral("\U0001F44B"),
                                 QStringLiteral(" a\u2028b"), QStringLiteral(" done.")};
        const QStringList thinking{QStringLiteral("Let me"), QStringLiteral(" think.")};
        const QByteArray bytes = test::FakeProviderServer::stream(provider == QLatin1String("local") ? QStringLiteral("openai") : provider,
                                                                  chunks, 12, 34, thinking);
        std::unique_ptr<Provider> p;
        if (provider == QLatin1String("anthropic"))
            p = std::make_unique<AnthropicProvider>();
        else if (provider == QLatin1String("gemini"))
            p = std::make_unique<GeminiProvider>();
        else if (provider == QLatin1String("local"))
            p = std::make_unique<LocalProvider>();
        else
            p = std::make_unique<OpenAiProvider>();
        for (int mode : {0, 1, 2, 3, -1}) {
            const Decoded d = decode(*p, bytes, mode);
            QVERIFY2(!d.result.error, qPrintable(d.result.error ? d.result.error->message : QString()));
            QVERIFY(d.result.ended);
            QCOMPARE(d.streamedText, chunks.join(QString()));
            QCOMPARE(d.result.text(), chunks.join(QString()));
            QCOMPARE(d.streamedReasoning, thinking.join(QString()));
            QCOMPARE(d.result.usage.inputTokens, 12);
            QCOMPARE(d.result.usage.outputTokens, 34);
        }
    }

    void truncatedStreamsFail_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("openai no [DONE]")
            << QStringLiteral("openai") << test::FakeProviderServer::openAiStream({QStringLiteral("part")}, 1, 1, {}, false);
        QTest::newRow("anthropic no message_stop")
            << QStringLiteral("anthropic")
            << test::FakeProviderServer::anthropicStream({QStringLiteral("part")}, 1, 1, {}, false);
        // A Gemini stream ends with its body; the last chunk (with finishReason) never came.
        QByteArray gemini = test::FakeProviderServer::geminiStream({QStringLiteral("part"), QStringLiteral("lost")});
        gemini.truncate(gemini.lastIndexOf("data: "));
        QTest::newRow("gemini no finishReason") << QStringLiteral("gemini") << gemini;
    }

    void truncatedStreamsFail()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, bytes);
        std::unique_ptr<Provider> p = provider == QLatin1String("anthropic") ? std::unique_ptr<Provider>(new AnthropicProvider)
                                      : provider == QLatin1String("gemini")  ? std::unique_ptr<Provider>(new GeminiProvider)
                                                                             : std::unique_ptr<Provider>(new OpenAiProvider);
        const Decoded d = decode(*p, bytes, -1);
        QVERIFY(d.result.error);
        QCOMPARE(d.result.error->kind, ErrorKind::Network);
        QCOMPARE(d.result.text(), QStringLiteral("part"));  // the partial answer is kept
    }

    void midStreamErrors_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("kind");
        QTest::newRow("openai/llama.cpp error frame") << QStringLiteral("openai") << int(ErrorKind::Other);
        QTest::newRow("anthropic event: error") << QStringLiteral("anthropic") << int(ErrorKind::Overloaded);
        QTest::newRow("gemini raw json") << QStringLiteral("gemini") << int(ErrorKind::Overloaded);
    }

    void midStreamErrors()
    {
        QFETCH(QString, provider);
        QFETCH(int, kind);
        const QByteArray bytes =
            test::FakeProviderServer::midStreamErrorReply(provider, {QStringLiteral("Hi "), QStringLiteral("there")}).body();
        std::unique_ptr<Provider> p = provider == QLatin1String("anthropic") ? std::unique_ptr<Provider>(new AnthropicProvider)
                                      : provider == QLatin1String("gemini")  ? std::unique_ptr<Provider>(new GeminiProvider)
                                                                             : std::unique_ptr<Provider>(new OpenAiProvider);
        for (int mode : kModes) {
            const Decoded d = decode(*p, bytes, mode);
            QVERIFY(d.result.error);
            QCOMPARE(int(d.result.error->kind), kind);
            QCOMPARE(d.result.text(), QStringLiteral("Hi there"));
        }
    }

    void invalidJsonIsMalformed()
    {
        const Decoded d = decode(OpenAiProvider(), "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\ndata: {nope\n\n", 1);
        QVERIFY(d.result.error);
        QCOMPARE(d.result.error->kind, ErrorKind::MalformedStream);
        QCOMPARE(d.result.text(), QStringLiteral("a"));
        QCOMPARE(exitCodeFor(d.result.error->kind), 7);
    }

    void ownErrorBodies_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        for (const char *p : {"openai", "anthropic"}) {
            QTest::addRow("%s 401", p) << QString::fromLatin1(p) << 401 << int(ErrorKind::InvalidKey) << 3;
            QTest::addRow("%s 429", p) << QString::fromLatin1(p) << 429 << int(ErrorKind::RateLimited) << 5;
            QTest::addRow("%s 404", p) << QString::fromLatin1(p) << 404 << int(ErrorKind::ModelNotFound) << 7;
        }
        QTest::newRow("anthropic 529") << QStringLiteral("anthropic") << 529 << int(ErrorKind::Overloaded) << 5;
        QTest::newRow("gemini 400 key") << QStringLiteral("gemini") << 400 << int(ErrorKind::InvalidKey) << 3;
        QTest::newRow("gemini 503") << QStringLiteral("gemini") << 503 << int(ErrorKind::Overloaded) << 5;
        QTest::newRow("gemini 403") << QStringLiteral("gemini") << 403 << int(ErrorKind::Permission) << 3;
    }

    void ownErrorBodies()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        std::unique_ptr<Provider> p = provider == QLatin1String("anthropic") ? std::unique_ptr<Provider>(new AnthropicProvider)
                                      : provider == QLatin1String("gemini")  ? std::unique_ptr<Provider>(new GeminiProvider)
                                                                             : std::unique_ptr<Provider>(new OpenAiProvider);
        const ProviderError e = p->classifyHttpError(status, {}, test::FakeProviderServer::errorReply(provider, status).body());
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(exitCodeFor(e.kind), exitCode);
        QVERIFY(!e.message.isEmpty());
    }

    void htmlErrorPage()
    {
        const ProviderError e = OpenAiProvider().classifyHttpError(
            502, {{"Retry-After", "3"}}, "<!DOCTYPE html><html><body>Bad gateway</body></html>");
        QCOMPARE(e.kind, ErrorKind::Other);
        QCOMPARE(e.providerCode, QStringLiteral("html"));
        QCOMPARE(e.retryAfterMs, 3000);
    }

    // --- third-party recordings ---
    void openAiRecordings()
    {
        const auto sections = expectedSections(m_fixtures + QStringLiteral("/openai/EXPECTED.txt"));
        if (sections.isEmpty())
            QSKIP("no openai fixtures");
        int n = 0;
        for (auto it = sections.begin(); it != sections.end(); ++it) {
            const QByteArray bytes = readFile(m_fixtures + QStringLiteral("/openai/") + it.key());
            QVERIFY2(!bytes.isEmpty(), qPrintable(it.key()));
            for (int mode : kModes) {
                const Decoded d = decode(OpenAiProvider(), bytes, mode);
                QVERIFY2(!d.result.error, qPrintable(it.key()));
                QVERIFY(d.result.ended);
                int choice = 0;
                for (const QString &line : it.value()) {
                    if (line.startsWith(QLatin1String("choice "))) {
                        choice = line.section(QLatin1Char(' '), 1, 1).toInt();
                        QCOMPARE(d.result.choices.value(choice).finishReason, line.section(QLatin1String("= "), 1).trimmed());
                    } else if (const QString v = valueAfter(line, QStringLiteral("content = ")); !v.isEmpty()) {
                        QCOMPARE(d.result.choices.value(choice).content, jsonString(v));
                    } else if (const QString r = valueAfter(line, QStringLiteral("refusal = ")); !r.isEmpty()) {
                        QCOMPARE(d.result.choices.value(choice).refusal, jsonString(r));
                        QCOMPARE(d.streamedText, jsonString(r));  // a refusal is what the user reads
                    } else if (line.startsWith(QLatin1String("tool_call "))) {
                        const int index = line.section(QLatin1String("index="), 1).section(QLatin1Char(' '), 0, 0).toInt();
                        const QJsonObject call = jsonObject(line.mid(line.indexOf(QLatin1Char('{'))));
                        bool found = false;
                        for (const ToolCall &t : d.result.toolCalls) {
                            if (t.index != index)
                                continue;
                            found = true;
                            QCOMPARE(t.id, call.value(QLatin1String("id")).toString());
                            QCOMPARE(t.name, call.value(QLatin1String("name")).toString());
                            QCOMPARE(t.arguments, call.value(QLatin1String("arguments")).toString());
                        }
                        QVERIFY(found);
                    } else if (const QString u = valueAfter(line, QStringLiteral("usage = ")); !u.isEmpty()) {
                        const QJsonObject usage = jsonObject(u);
                        QCOMPARE(d.result.usage.inputTokens, usage.value(QLatin1String("prompt_tokens")).toInteger());
                        QCOMPARE(d.result.usage.outputTokens, usage.value(QLatin1String("completion_tokens")).toInteger());
                    }
                }
                QCOMPARE(d.streamedText.isEmpty(), d.result.choices.value(0).content.isEmpty() &&
                                                       d.result.choices.value(0).refusal.isEmpty());
            }
            ++n;
        }
        QCOMPARE(n, 8);
    }

    void anthropicRecordings()
    {
        const auto sections = expectedSections(m_fixtures + QStringLiteral("/anthropic/EXPECTED.txt"));
        if (sections.isEmpty())
            QSKIP("no anthropic fixtures");
        for (auto it = sections.begin(); it != sections.end(); ++it) {
            const QByteArray bytes = readFile(m_fixtures + QStringLiteral("/anthropic/") + it.key());
            QVERIFY(!bytes.isEmpty());
            for (int mode : kModes) {
                const Decoded d = decode(AnthropicProvider(), bytes, mode);
                QVERIFY2(!d.result.error, qPrintable(it.key()));
                QVERIFY(d.result.ended);
                QString text, thinking;
                for (const QString &line : it.value()) {
                    if (line.startsWith(QLatin1String("block "))) {
                        const QJsonObject b = jsonObject(line.mid(line.indexOf(QLatin1Char('{'))));
                        const QString type = b.value(QLatin1String("type")).toString();
                        if (type == QLatin1String("text"))
                            text += b.value(QLatin1String("text")).toString();
                        else if (type == QLatin1String("thinking"))
                            thinking += b.value(QLatin1String("text")).toString();
                        else if (type == QLatin1String("tool_use")) {
                            bool found = false;
                            for (const ToolCall &t : d.result.toolCalls) {
                                if (t.id == b.value(QLatin1String("id")).toString()) {
                                    found = true;
                                    QCOMPARE(t.name, b.value(QLatin1String("name")).toString());
                                    QCOMPARE(t.arguments, b.value(QLatin1String("text")).toString());
                                }
                            }
                            QVERIFY(found);
                        }
                    } else if (const QString s = valueAfter(line, QStringLiteral("stop_reason = ")); !s.isEmpty()) {
                        QCOMPARE(d.result.finishReason, s);
                    } else if (const QString u = valueAfter(line, QStringLiteral("message_start.usage = ")); !u.isEmpty()) {
                        QCOMPARE(d.result.usage.inputTokens, jsonObject(u).value(QLatin1String("input_tokens")).toInteger());
                    } else if (const QString f = valueAfter(line, QStringLiteral("final message_delta.usage = ")); !f.isEmpty()) {
                        QCOMPARE(d.result.usage.outputTokens, jsonObject(f).value(QLatin1String("output_tokens")).toInteger());
                    }
                }
                QCOMPARE(d.result.text(), text);
                QCOMPARE(d.streamedText, text);
                QCOMPARE(d.streamedReasoning, thinking);
            }
        }
        // The in-stream error event.
        const Decoded e = decode(AnthropicProvider(),
                                 readFile(m_fixtures + QStringLiteral("/anthropic/error_event_overloaded_in_stream.sse")), -1);
        QVERIFY(e.result.error);
        QCOMPARE(e.result.error->kind, ErrorKind::Overloaded);
        QCOMPARE(exitCodeFor(e.result.error->kind), 5);
    }

    void geminiRecordings()
    {
        const auto sections = expectedSections(m_fixtures + QStringLiteral("/gemini/EXPECTED.txt"));
        if (sections.isEmpty())
            QSKIP("no gemini fixtures");
        int n = 0;
        for (auto it = sections.begin(); it != sections.end(); ++it) {
            const QByteArray bytes = readFile(m_fixtures + QStringLiteral("/gemini/") + it.key());
            QVERIFY2(!bytes.isEmpty(), qPrintable(it.key()));
            const bool midStreamError = it.key().contains(QLatin1String("error-mid-stream"));
            // No chunk says why the answer ended (no finishReason, no blockReason): the body was cut short or is
            // not an answer at all, which fails rather than passing for an empty reply.
            const bool noEnd = it.value().contains(QStringLiteral("finishReason seen on chunk #: []")) &&
                               !it.value().join(QLatin1Char('\n')).contains(QLatin1String("blockReason="));
            for (int mode : kModes) {
                const Decoded d = decode(GeminiProvider(), bytes, mode);
                QVERIFY2(bool(d.result.error) == (midStreamError || noEnd), qPrintable(it.key()));
                if (noEnd)
                    QCOMPARE(d.result.error->providerCode, QStringLiteral("incomplete_stream"));
                for (const QString &line : it.value()) {
                    if (const QString t = valueAfter(line, QStringLiteral("text = ")); !t.isEmpty()) {
                        QCOMPARE(d.result.text(), jsonString(t));
                        QCOMPARE(d.streamedText, jsonString(t));
                    } else if (const QString th = valueAfter(line, QStringLiteral("thought text = ")); !th.isEmpty()) {
                        QCOMPARE(d.streamedReasoning, jsonString(th));
                    } else if (const QString u = valueAfter(line, QStringLiteral("usage = ")); !u.isEmpty() && u != QLatin1String("null")) {
                        const QJsonObject usage = jsonObject(u);
                        QCOMPARE(d.result.usage.inputTokens, usage.value(QLatin1String("promptTokenCount")).toInteger());
                        QCOMPARE(d.result.usage.outputTokens,
                                 usage.value(QLatin1String("candidatesTokenCount")).toInteger() +
                                     usage.value(QLatin1String("thoughtsTokenCount")).toInteger());
                    } else if (line.contains(QLatin1String("blockReason=SAFETY"))) {
                        QCOMPARE(d.result.finishReason, QStringLiteral("SAFETY"));
                    }
                }
            }
            ++n;
        }
        QVERIFY(n >= 10);
    }

    void localRecordings()
    {
        const QString dir = m_fixtures + QStringLiteral("/ollama/");
        const QByteArray gptOss = readFile(dir + QStringLiteral("v1_chat_stream_gpt-oss_reasoning_with_usage.sse"));
        if (gptOss.isEmpty())
            QSKIP("no ollama fixtures");
        for (int mode : kModes) {
            const Decoded d = decode(LocalProvider(), gptOss, mode);
            QVERIFY(!d.result.error);
            QCOMPARE(d.streamedText, QStringLiteral("Hello there! \U0001F44B How can I help you today?"));
            QCOMPARE(d.streamedReasoning,
                     QStringLiteral("The user says \"hi\". Probably wants to greet. We can respond with a friendly greeting."));
            QCOMPARE(d.result.usage.inputTokens, 68);
            QCOMPARE(d.result.usage.outputTokens, 41);
        }
        const Decoded tool = decode(LocalProvider(), readFile(dir + QStringLiteral("v1_chat_stream_tool_call_single_chunk.sse")), 1);
        QVERIFY(!tool.result.toolCalls.isEmpty());
        QVERIFY(!tool.result.toolCalls.first().arguments.isEmpty());
        const Decoded tail = decode(LocalProvider(), readFile(dir + QStringLiteral("v1_chat_stream_tail_qwen2.5_finish_and_usage.sse")), -1);
        QVERIFY(!tail.result.error);
        QVERIFY(tail.result.usage.known());

        const QString ll = m_fixtures + QStringLiteral("/llamacpp/");
        const Decoded qwen3 = decode(LocalProvider(), readFile(ll + QStringLiteral("v1_chat_stream_qwen3_content_finish_timings_done.EXCERPT.sse")), -1);
        QVERIFY(!qwen3.result.error);
        QVERIFY(qwen3.streamedText.startsWith(QLatin1String("Quick sort")));
        const Decoded frame = decode(LocalProvider(), readFile(ll + QStringLiteral("midstream_error_frame.CONSTRUCTED.sse")), 1);
        QVERIFY(frame.result.error);
        QCOMPARE(frame.result.error->httpStatus, 500);  // llama.cpp puts the status in error.code
        QCOMPARE(exitCodeFor(frame.result.error->kind), 7);
    }

    void recordedErrorBodies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("openai 401") << "openai/error_401_invalid_api_key.json" << "openai" << 401 << int(ErrorKind::InvalidKey) << 3;
        QTest::newRow("openai 429 quota") << "openai/error_429_insufficient_quota.json" << "openai" << 429 << int(ErrorKind::InsufficientQuota) << 7;
        QTest::newRow("openai 429 tpm") << "openai/error_429_rate_limit_tpm.json" << "openai" << 429 << int(ErrorKind::RateLimited) << 5;
        QTest::newRow("anthropic 400 long") << "anthropic/error_400_prompt_too_long_with_request_id.json" << "anthropic" << 400 << int(ErrorKind::ContextTooLong) << 7;
        QTest::newRow("anthropic 401") << "anthropic/error_401_authentication.json" << "anthropic" << 401 << int(ErrorKind::InvalidKey) << 3;
        QTest::newRow("anthropic 429") << "anthropic/error_429_rate_limit.json" << "anthropic" << 429 << int(ErrorKind::RateLimited) << 5;
        QTest::newRow("anthropic 529") << "anthropic/error_529_overloaded.json" << "anthropic" << 529 << int(ErrorKind::Overloaded) << 5;
        QTest::newRow("gemini 400 key") << "gemini/googleai_unary-failure-api-key.json" << "gemini" << 400 << int(ErrorKind::InvalidKey) << 3;
        QTest::newRow("gemini 403") << "gemini/googleai_unary-failure-generativelanguage-api-not-enabled.json" << "gemini" << 403 << int(ErrorKind::Permission) << 3;
        QTest::newRow("gemini 404") << "gemini/googleai_unary-failure-unknown-model.json" << "gemini" << 404 << int(ErrorKind::ModelNotFound) << 7;
        QTest::newRow("gemini 429") << "gemini/relayed_error_429_resource_exhausted.json" << "gemini" << 429 << int(ErrorKind::RateLimited) << 5;
        QTest::newRow("llama.cpp 400 ctx") << "llamacpp/error_400_exceed_context_size.CONSTRUCTED.json" << "local" << 400 << int(ErrorKind::ContextTooLong) << 7;
        QTest::newRow("llama.cpp 401") << "llamacpp/error_401_invalid_api_key.CONSTRUCTED.json" << "local" << 401 << int(ErrorKind::InvalidKey) << 3;
        QTest::newRow("llama.cpp 503") << "llamacpp/error_503_loading_model.CONSTRUCTED.json" << "local" << 503 << int(ErrorKind::Overloaded) << 5;
        QTest::newRow("ollama 404") << "ollama/error_404_model_not_found.CONSTRUCTED.json" << "local" << 404 << int(ErrorKind::ModelNotFound) << 7;
    }

    void recordedErrorBodies()
    {
        QFETCH(QString, file);
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        const QByteArray body = readFile(m_fixtures + QLatin1Char('/') + file);
        if (body.isEmpty())
            QSKIP("fixture absent");
        std::unique_ptr<Provider> p = provider == QLatin1String("anthropic") ? std::unique_ptr<Provider>(new AnthropicProvider)
                                      : provider == QLatin1String("gemini")  ? std::unique_ptr<Provider>(new GeminiProvider)
                                      : provider == QLatin1String("local")   ? std::unique_ptr<Provider>(new LocalProvider)
                                                                             : std::unique_ptr<Provider>(new OpenAiProvider);
        const ProviderError e = p->classifyHttpError(status, {}, body);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(exitCodeFor(e.kind), exitCode);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
        if (file.contains(QLatin1String("429_resource")))
            QVERIFY(e.retryAfterMs >= 19000);
    }
};

QTEST_GUILESS_MAIN(TestProviderStreams)
#include "tst_provider_streams.moc"

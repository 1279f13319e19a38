#include "voice/CloudEngines.h"

#include "net/SseParser.h"
#include "providers/OpenAiProvider.h"
#include "providers/ProviderTypes.h"
#include "util/Clock.h"
#include "voice/VoiceLogging.h"
#include "voice/Wav.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>

namespace ttc::voice {

namespace {

// The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("ttc::voice", text);
}

QString displayName(const QString &provider)
{
    return provider == QLatin1String("elevenlabs") ? QStringLiteral("ElevenLabs") : QStringLiteral("OpenAI");
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

Error fromProviderError(const providers::ProviderError &e)
{
    QString message = e.message;
    if (!e.providerMessage.isEmpty())
        message += QStringLiteral(" (") + e.providerMessage + QLatin1Char(')');
    return Error{e.code(), message};
}

Error fromNet(const net::HttpResult &r, const QString &provider)
{
    using providers::ErrorKind;
    const ErrorKind kind = r.failure == net::NetFailure::Timeout   ? ErrorKind::Timeout
                           : r.failure == net::NetFailure::Cancelled ? ErrorKind::Cancelled
                           : r.failure == net::NetFailure::TooLarge  ? ErrorKind::TooLarge
                                                                     : ErrorKind::Network;
    return fromProviderError(providers::makeError(kind, displayName(provider)));
}

// Checks that do not need the network, in the order the user can fix them: plan, then key.
std::optional<Error> preflight(const CloudAccess &access, const QString &provider, QString *key)
{
    if (access.entitlement) {
        if (Result<void> r = access.entitlement(provider); !r)
            return r.error();
    }
    *key = access.apiKey ? access.apiKey(provider) : QString();
    if (key->isEmpty())
        return fromProviderError(providers::makeError(providers::ErrorKind::MissingKey, displayName(provider)));
    if (!access.network || !access.clock)
        return Error{QStringLiteral("provider_error"), tr("Cloud voice is not set up in this program.")};
    return std::nullopt;
}

class CloudSttJob final : public SttJob
{
public:
    CloudSttJob(const CloudAccess &access, QObject *parent) : SttJob(parent), m_access(access) {}

    void fail(const Error &e)
    {
        // Asynchronously, so that a refusal arrives like any other result: after the caller connected.
        QTimer::singleShot(0, this, [this, e] { finish(e); });
    }

    void start(const QNetworkRequest &request, const QByteArray &body, bool streamed, Transcript base)
    {
        m_transcript = std::move(base);
        m_streamed = streamed;
        m_http = new net::HttpJob(*m_access.network, request, "POST", body, *m_access.clock, m_access.http, this);
        connect(m_http, &net::HttpJob::data, this, [this](const QByteArray &chunk) {
            if (m_streamed)
                m_sse.feed(chunk);
            else
                m_body += chunk;
        });
        connect(m_http, &net::HttpJob::finished, this, [this](const net::HttpResult &r) { onFinished(r); });
        m_http->start();
    }

    void cancel() override
    {
        if (m_http)
            m_http->cancel();
        finish(fromProviderError(providers::makeError(providers::ErrorKind::Cancelled, QStringLiteral("OpenAI"))));
    }

private:
    void onEvent(const net::SseEvent &ev)
    {
        const QJsonObject o = QJsonDocument::fromJson(ev.data).object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("transcript.text.delta")) {
            m_partial += o.value(QLatin1String("delta")).toString();
            Q_EMIT partialText(m_partial);
        } else if (type == QLatin1String("transcript.text.done")) {
            m_done = o;
        }
    }

    void onFinished(const net::HttpResult &r)
    {
        if (r.failure == net::NetFailure::Cancelled)
            return;
        if (r.status && (r.status < 200 || r.status >= 300)) {
            providers::OpenAiProvider openai;
            finish(fromProviderError(openai.classifyHttpError(r.status, r.headers, r.errorBody)));
            return;
        }
        if (!r.ok()) {
            finish(fromNet(r, QStringLiteral("openai")));
            return;
        }
        QJsonObject o;
        if (m_streamed) {
            m_sse.finish();
            if (m_done.isEmpty()) {
                finish(fromProviderError(providers::makeError(providers::ErrorKind::MalformedStream,
                                                              QStringLiteral("OpenAI"))));
                return;
            }
            o = m_done;
        } else {
            o = QJsonDocument::fromJson(m_body).object();
            if (!o.contains(QLatin1String("text"))) {
                finish(fromProviderError(providers::makeError(providers::ErrorKind::MalformedStream,
                                                              QStringLiteral("OpenAI"))));
                return;
            }
        }
        m_transcript.text = o.value(QLatin1String("text")).toString().trimmed();
        m_transcript.command = parseCommand(m_transcript.text);
        m_transcript.elapsedMs = m_access.clock->monotonicMs() - m_started;
        const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
        if (m_access.recordUsage)
            m_access.recordUsage({QStringLiteral("stt"), QStringLiteral("openai"), m_transcript.model,
                                  usage.value(QLatin1String("input_tokens")).toInteger(
                                      qint64(usage.value(QLatin1String("seconds")).toDouble())),
                                  usage.value(QLatin1String("output_tokens")).toInteger()});
        finish(m_transcript);
    }

    CloudAccess m_access;
    net::HttpJob *m_http = nullptr;
    net::SseParser m_sse{[this](const net::SseEvent &e) { onEvent(e); }};
    QByteArray m_body;
    QString m_partial;
    QJsonObject m_done;
    Transcript m_transcript;
    bool m_streamed = false;

public:
    qint64 m_started = 0;
};

class CloudTtsJob final : public TtsJob
{
public:
    CloudTtsJob(const CloudAccess &access, QString provider, QObject *parent)
        : TtsJob(parent), m_access(access), m_provider(std::move(provider))
    {
    }
    QString mimeType() const override { return QStringLiteral("audio/mpeg"); }

    void fail(const Error &e)
    {
        QTimer::singleShot(0, this, [this, e] { finish(e); });
    }

    void start(const QNetworkRequest &request, const QByteArray &body, VoiceUsage usage)
    {
        m_usage = std::move(usage);
        m_http = new net::HttpJob(*m_access.network, request, "POST", body, *m_access.clock, m_access.http, this);
        connect(m_http, &net::HttpJob::data, this, [this](const QByteArray &chunk) {
            m_audio += chunk;
            Q_EMIT audioData(chunk);
        });
        connect(m_http, &net::HttpJob::finished, this, [this](const net::HttpResult &r) { onFinished(r); });
        m_http->start();
    }

    void cancel() override
    {
        if (m_http)
            m_http->cancel();
        finish(fromProviderError(providers::makeError(providers::ErrorKind::Cancelled, displayName(m_provider))));
    }

private:
    void onFinished(const net::HttpResult &r)
    {
        if (r.failure == net::NetFailure::Cancelled)
            return;
        if (r.status && (r.status < 200 || r.status >= 300)) {
            if (m_provider == QLatin1String("elevenlabs")) {
                finish(elevenLabsError(r.status, r.errorBody));
            } else {
                providers::OpenAiProvider openai;
                finish(fromProviderError(openai.classifyHttpError(r.status, r.headers, r.errorBody)));
            }
            return;
        }
        if (!r.ok()) {
            finish(fromNet(r, m_provider));
            return;
        }
        if (m_audio.isEmpty()) {
            finish(fromProviderError(providers::makeError(providers::ErrorKind::MalformedStream, displayName(m_provider))));
            return;
        }
        if (m_access.recordUsage)
            m_access.recordUsage(m_usage);
        finish(SpeechAudio{m_audio, mimeType()});
    }

    CloudAccess m_access;
    QString m_provider;
    net::HttpJob *m_http = nullptr;
    QByteArray m_audio;
    VoiceUsage m_usage;
};

} // namespace

Result<void> cloudVoiceEntitlement(const QString &tier)
{
    if (tier == QLatin1String("pro") || tier == QLatin1String("enterprise"))
        return {};
    return Error{providers::errorCode(providers::ErrorKind::TierLocked),
                 tr("Cloud voice (OpenAI transcription and speech, ElevenLabs) is part of the Pro plan, and this "
                    "profile is on the %1 plan. Offline voice works on every plan: choose the offline engine "
                    "(--engine local).")
                     .arg(tier.isEmpty() ? tr("Free") : tier)};
}

Result<void> insertVoiceUsage(QSqlDatabase &db, const QString &id, qint64 occurredAtMs, const VoiceUsage &u)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO usage_events (id, kind, provider, model, occurred_at, tokens_in, tokens_out)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(u.kind);
    q.addBindValue(u.provider);
    q.addBindValue(u.model);
    q.addBindValue(occurredAtMs);
    q.addBindValue(u.inputUnits);
    q.addBindValue(u.outputUnits);
    if (!q.exec())
        return Error{QStringLiteral("store"), q.lastError().text()};
    return {};
}

QUrl defaultVoiceBaseUrl(const QString &provider)
{
    const QByteArray name = QByteArray("TTC_") + provider.toUpper().toLatin1() + QByteArray("_BASE_URL");
    const QString env = qEnvironmentVariable(name.constData());
    if (!env.isEmpty())
        return QUrl(env);
    return provider == QLatin1String("elevenlabs") ? QUrl(QStringLiteral("https://api.elevenlabs.io"))
                                                   : QUrl(QStringLiteral("https://api.openai.com/v1"));
}

QString voiceKeyFromEnvironment(const QString &provider)
{
    if (provider == QLatin1String("elevenlabs"))
        return qEnvironmentVariable("ELEVENLABS_API_KEY");
    if (provider == QLatin1String("openai"))
        return qEnvironmentVariable("OPENAI_API_KEY");
    return {};
}

QByteArray multipartBody(const QByteArray &boundary, const QList<QPair<QByteArray, QByteArray>> &fields,
                         const QByteArray &fileField, const QByteArray &fileName, const QByteArray &fileType,
                         const QByteArray &fileData)
{
    QByteArray body;
    for (const auto &f : fields) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + f.first + "\"\r\n\r\n";
        body += f.second + "\r\n";
    }
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName + "\"\r\n";
    body += "Content-Type: " + fileType + "\r\n\r\n";
    body += fileData + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

SttJob *OpenAiSpeechToText::transcribe(const PcmAudio &audio, const SttOptions &options, QObject *parent)
{
    auto *job = new CloudSttJob(m_access, parent);
    QString key;
    if (std::optional<Error> e = preflight(m_access, id(), &key)) {
        job->fail(*e);
        return job;
    }
    const QString model = options.model.isEmpty() ? defaultModel() : options.model;
    // whisper-1 cannot stream; the gpt-4o transcription models can, and their text then arrives as it is made.
    const bool streamed = model != QLatin1String("whisper-1");
    const QByteArray boundary = "ttc-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    using Field = QPair<QByteArray, QByteArray>;
    QList<Field> fields{Field("model", model.toUtf8()), Field("response_format", "json")};
    if (streamed)
        fields.append(Field("stream", "true"));
    if (!options.language.isEmpty())
        fields.append(Field("language", options.language.toUtf8()));
    const QByteArray body = multipartBody(boundary, fields, "file", "speech.wav", "audio/wav",
                                          toWav(resampled(audio, kRecognizerRate)));
    QNetworkRequest request(endpoint(m_access.baseUrl ? m_access.baseUrl(id()) : defaultVoiceBaseUrl(id()),
                                     QStringLiteral("/audio/transcriptions")));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setRawHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
    request.setRawHeader("Accept", streamed ? "text/event-stream" : "application/json");
    Transcript base;
    base.engine = id();
    base.model = model;
    base.audioSeconds = audio.seconds();
    job->m_started = m_access.clock->monotonicMs();
    job->start(request, body, streamed, base);
    return job;
}

TtsJob *OpenAiTextToSpeech::synthesize(const QString &text, const TtsOptions &options, QObject *parent)
{
    auto *job = new CloudTtsJob(m_access, id(), parent);
    QString key;
    if (std::optional<Error> e = preflight(m_access, id(), &key)) {
        job->fail(*e);
        return job;
    }
    const QString model = options.model.isEmpty() ? defaultModel() : options.model;
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("input"), text},
                     {QStringLiteral("voice"), options.voice.isEmpty() ? defaultVoice() : options.voice},
                     {QStringLiteral("response_format"), QStringLiteral("mp3")}};
    if (options.rate != 1.0)
        body.insert(QStringLiteral("speed"), std::clamp(options.rate, 0.25, 4.0));
    QNetworkRequest request(endpoint(m_access.baseUrl ? m_access.baseUrl(id()) : defaultVoiceBaseUrl(id()),
                                     QStringLiteral("/audio/speech")));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "audio/mpeg");
    job->start(request, QJsonDocument(body).toJson(QJsonDocument::Compact),
               {QStringLiteral("tts"), id(), model, text.size(), 0});
    return job;
}

TtsJob *ElevenLabsTextToSpeech::synthesize(const QString &text, const TtsOptions &options, QObject *parent)
{
    auto *job = new CloudTtsJob(m_access, id(), parent);
    QString key;
    if (std::optional<Error> e = preflight(m_access, id(), &key)) {
        job->fail(*e);
        return job;
    }
    const QString model = options.model.isEmpty() ? defaultModel() : options.model;
    const QString voice = options.voice.isEmpty() ? defaultVoice() : options.voice;
    QUrl url = endpoint(m_access.baseUrl ? m_access.baseUrl(id()) : defaultVoiceBaseUrl(id()),
                        QStringLiteral("/v1/text-to-speech/") + voice +
                            QStringLiteral("/stream"));
    url.setQuery(QUrlQuery{{QStringLiteral("output_format"), QStringLiteral("mp3_44100_128")}});
    QJsonObject body{{QStringLiteral("text"), text}, {QStringLiteral("model_id"), model}};
    if (options.rate != 1.0)
        body.insert(QStringLiteral("voice_settings"),
                    QJsonObject{{QStringLiteral("speed"), std::clamp(options.rate, 0.7, 1.2)}});
    QNetworkRequest request(url);
    request.setRawHeader("xi-api-key", key.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "audio/mpeg");
    job->start(request, QJsonDocument(body).toJson(QJsonDocument::Compact),
               {QStringLiteral("tts"), id(), model, text.size(), 0});
    return job;
}

Error elevenLabsError(int status, const QByteArray &body)
{
    using providers::ErrorKind;
    const QJsonValue detail = QJsonDocument::fromJson(body).object().value(QLatin1String("detail"));
    QString code, message;
    if (detail.isObject()) {
        code = detail.toObject().value(QLatin1String("status")).toString();
        message = detail.toObject().value(QLatin1String("message")).toString();
    } else if (detail.isArray()) {
        QStringList msgs;
        for (const QJsonValue &v : detail.toArray())
            msgs << v.toObject().value(QLatin1String("msg")).toString();
        message = msgs.join(QStringLiteral("; "));
    } else if (detail.isString()) {
        code = detail.toString();
    }
    ErrorKind kind = providers::kindForStatus(status);
    if (code == QLatin1String("invalid_api_key"))
        kind = ErrorKind::InvalidKey;
    else if (code == QLatin1String("quota_exceeded"))
        kind = ErrorKind::InsufficientQuota;  // an HTTP 401, but the key is fine: the ElevenLabs credits are used up
    else if (code == QLatin1String("missing_permissions") || code.startsWith(QLatin1String("only_for_creator")))
        kind = ErrorKind::Permission;
    else if (code == QLatin1String("too_many_concurrent_requests"))
        kind = ErrorKind::RateLimited;
    else if (code == QLatin1String("system_busy"))
        kind = ErrorKind::Overloaded;
    else if (code == QLatin1String("voice_not_found") || code == QLatin1String("max_character_limit_exceeded") ||
             status == 422)
        kind = ErrorKind::BadRequest;
    providers::ProviderError e = providers::makeError(kind, QStringLiteral("ElevenLabs"), status, code, message);
    return fromProviderError(e);
}

void registerCloudEngines(EngineRegistry &registry, const CloudAccess &access)
{
    registry.addSpeechToText({QStringLiteral("openai"), tr("OpenAI transcription"), true},
                             [access] { return std::make_unique<OpenAiSpeechToText>(access); });
    registry.addTextToSpeech({QStringLiteral("openai"), tr("OpenAI speech"), true},
                             [access] { return std::make_unique<OpenAiTextToSpeech>(access); });
    registry.addTextToSpeech({QStringLiteral("elevenlabs"), tr("ElevenLabs"), true},
                             [access] { return std::make_unique<ElevenLabsTextToSpeech>(access); });
}

} // namespace ttc::voice

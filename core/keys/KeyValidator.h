#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ttc {
class Clock;
}
namespace ttc::providers {
class ProviderRegistry;
}

namespace ttc::keys {

enum class KeyStatus { Unknown, Valid, Invalid, Unverified };

struct Validation
{
    KeyStatus status = KeyStatus::Unknown;
    qint64 checkedAtMs = 0;
    QStringList models;      // what the key can use, when the call lists them
    QString message;         // translated; why invalid/unverified
};

QString statusText(KeyStatus status);   // translated, for lists
QString statusId(KeyStatus status);     // "valid", "invalid", "unverified", "unknown"

// Checks a key with the provider's cheapest authenticated call: OpenAI/Anthropic GET /v1/models, Gemini
// GET /v1beta/models (400 API_KEY_INVALID = invalid), ElevenLabs GET /v1/user (only invalid_api_key = invalid).
// A network failure is "unverified", never "invalid".
class KeyValidator : public QObject
{
    Q_OBJECT

public:
    KeyValidator(QNetworkAccessManager &nam, const providers::ProviderRegistry &registry, const Clock &clock,
                 QObject *parent = nullptr);

    // baseUrl empty: the registry's (env/setting/default).
    void validate(const QString &provider, const QString &key, const QUrl &baseUrl, QObject *context,
                  std::function<void(const Validation &)> done);

    static QUrl elevenLabsBaseUrl();   // env TTC_ELEVENLABS_BASE_URL or https://api.elevenlabs.io

private:
    QNetworkAccessManager &m_nam;
    const providers::ProviderRegistry &m_registry;
    const Clock &m_clock;
};

} // namespace ttc::keys
Q_DECLARE_METATYPE(ttc::keys::KeyStatus)

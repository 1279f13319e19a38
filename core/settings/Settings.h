#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <memory>

namespace ttc {

// Every setting: its type, accessor name, key and default, in one table. Later features add rows here.
// X(Type, getter, setter, "group/key", default)
#define TTC_SETTINGS_TABLE(X)                                                                             \
    X(bool, startAtLogin, setStartAtLogin, "general/startAtLogin", false)                                  \
    X(QString, language, setLanguage, "general/language", QString())                                       \
    X(bool, showTrayHintOnClose, setShowTrayHintOnClose, "general/showTrayHintOnClose", true)              \
    X(int, hoverDelayMs, setHoverDelayMs, "browser/hoverDelayMs", 250)                                      \
    X(bool, browserAiSummaries, setBrowserAiSummaries, "browser/aiSummaries", false)                       \
    X(QString, browserSearchUrl, setBrowserSearchUrl, "browser/searchUrl",                                   \
      QStringLiteral("https://duckduckgo.com/?q=%s"))                                                     \
    X(QString, defaultProvider, setDefaultProvider, "chat/defaultProvider", QStringLiteral("openai"))      \
    X(QString, serverUrl, setServerUrl, "account/serverUrl", QString())                                    \
    X(QString, voiceHotkey, setVoiceHotkey, "voice/hotkey", QStringLiteral("Ctrl+Alt+Space"))              \
    X(QString, voiceInputDevice, setVoiceInputDevice, "voice/inputDevice", QString())                      \
    X(int, voiceMaxSeconds, setVoiceMaxSeconds, "voice/maxSeconds", 60)                                     \
    X(int, voiceSilenceMs, setVoiceSilenceMs, "voice/silenceMs", 1200)                                      \
    X(QString, voiceSttEngine, setVoiceSttEngine, "voice/sttEngine", QStringLiteral("local"))              \
    X(QString, voiceTtsEngine, setVoiceTtsEngine, "voice/ttsEngine", QStringLiteral("local"))              \
    X(QString, voiceTtsVoice, setVoiceTtsVoice, "voice/ttsVoice", QString())                               \
    X(double, voiceTtsRate, setVoiceTtsRate, "voice/ttsRate", 1.0)                                          \
    X(double, voiceTtsVolume, setVoiceTtsVolume, "voice/ttsVolume", 1.0)                                    \
    X(bool, voiceAutoSend, setVoiceAutoSend, "voice/autoSend", true)                                       \
    X(bool, voiceAutoSpeak, setVoiceAutoSpeak, "voice/autoSpeak", false)                                      \
    X(QString, chatAppearance, setChatAppearance, "chat/appearance", QStringLiteral("system"))             \
    X(bool, chatAlwaysOnTop, setChatAlwaysOnTop, "chat/alwaysOnTop", false)                                \
    X(QVariantMap, chatWindowGeometry, setChatWindowGeometry, "chat/windowGeometry", QVariantMap())        \
    X(QString, chatLastSession, setChatLastSession, "chat/lastSession", QString()) \
    X(QString, openaiBaseUrl, setOpenaiBaseUrl, "providers/openaiBaseUrl", QString())                       \
    X(QString, anthropicBaseUrl, setAnthropicBaseUrl, "providers/anthropicBaseUrl", QString())              \
    X(QString, geminiBaseUrl, setGeminiBaseUrl, "providers/geminiBaseUrl", QString())                       \
    X(QString, localBaseUrl, setLocalBaseUrl, "providers/localBaseUrl", QString())                          \
    X(QString, openaiModel, setOpenaiModel, "providers/openaiModel", QString())                             \
    X(QString, anthropicModel, setAnthropicModel, "providers/anthropicModel", QString())                    \
    X(QString, geminiModel, setGeminiModel, "providers/geminiModel", QString())                             \
    X(QString, localModel, setLocalModel, "providers/localModel", QString())                                \
    X(QString, localTier, setLocalTier, "quota/tier", QStringLiteral("free"))                               \
    X(int, dailyRequestLimit, setDailyRequestLimit, "quota/dailyLimit", 0)                                  \
    X(int, previewCacheMaxMB, setPreviewCacheMaxMB, "preview/cacheMaxMB", 64)                               \
    X(QStringList, previewOptOutSites, setPreviewOptOutSites, "preview/optOutSites", QStringList())

// The typed settings facade: one INI file in the profile, change notifications, no other global state.
class Settings : public QObject
{
    Q_OBJECT

public:
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

#define TTC_SETTINGS_DECLARE(Type, getter, setter, key, def) \
    Type getter() const { return value(QStringLiteral(key)).value<Type>(); } \
    void setter(const Type &v) { setValue(QStringLiteral(key), QVariant::fromValue(v)); }
    TTC_SETTINGS_TABLE(TTC_SETTINGS_DECLARE)
#undef TTC_SETTINGS_DECLARE

    // Untyped access by key, for QML and generic editors; unknown keys are refused with a warning.
    Q_INVOKABLE QVariant value(const QString &key) const;
    Q_INVOKABLE bool setValue(const QString &key, const QVariant &value);
    Q_INVOKABLE void reset(const QString &key);
    static QVariant defaultValue(const QString &key);
    static QStringList keys();

    QString filePath() const;
    void sync();

Q_SIGNALS:
    void changed(const QString &key, const QVariant &value);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ttc

#pragma once

#include "util/Profile.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace ttc {
class Clock;
class Settings;
}
namespace ttc::store {
class Database;
}
namespace ttc::keys {
class KeyRing;
class KeyValidator;
class SecretStore;
}
namespace ttc::providers {
class ProviderRegistry;
}

namespace ttc::chat {
class ChatService;
class ModelTable;
class QuotaGuard;
}

namespace ttc::ai {

// The AI access layer as one object for composition roots: providers, keys, quota, prices and the chat engine,
// sharing one network access manager. Built on first use (CompanionApp::ai(), ttc chat), never at startup.
// The key ring reads the keychain when asked (keys().load()) or when a chat turn first needs a key.
class AiServices : public QObject
{
    Q_OBJECT

public:
    // secrets: null = the OS keychain (KeychainSecretStore). settings may be null (defaults, env only).
    // network: the app's shared manager (system proxy); null = one of its own.
    AiServices(const Profile &profile, Settings *settings, store::Database &database, const Clock &clock,
               std::unique_ptr<keys::SecretStore> secrets = {}, QNetworkAccessManager *network = nullptr,
               QObject *parent = nullptr);
    ~AiServices() override;

    chat::ChatService &chat() const { return *m_chat; }
    keys::KeyRing &keys() const { return *m_keys; }
    keys::KeyValidator &validator() const { return *m_validator; }
    keys::SecretStore &secrets() const { return *m_secrets; }
    chat::QuotaGuard &quota() const { return *m_quota; }
    providers::ProviderRegistry &providers() const { return *m_registry; }
    chat::ModelTable &models() const { return *m_models; }
    QNetworkAccessManager &network() const { return *m_nam; }

    // Replaces where quota decisions come from (the account feature's server-backed guard).
    void setQuotaGuard(std::unique_ptr<chat::QuotaGuard> guard);

private:
    QNetworkAccessManager *m_nam;
    std::unique_ptr<keys::SecretStore> m_secrets;
    std::unique_ptr<providers::ProviderRegistry> m_registry;
    std::unique_ptr<chat::ModelTable> m_models;
    std::unique_ptr<chat::QuotaGuard> m_quota;
    keys::KeyRing *m_keys;
    keys::KeyValidator *m_validator;
    chat::ChatService *m_chat;
};

} // namespace ttc::ai

#include "ai/AiServices.h"

#include "account/AccountQuotaGuard.h"
#include "chat/ChatService.h"
#include "chat/ModelTable.h"
#include "chat/QuotaGuard.h"
#include "keys/KeyRing.h"
#include "keys/KeyValidator.h"
#include "keys/SecretStore.h"
#include "net/NetLogging.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"

#include <QNetworkAccessManager>

namespace ttc::ai {

AiServices::AiServices(const Profile &profile, Settings *settings, store::Database &database, const Clock &clock,
                       std::unique_ptr<keys::SecretStore> secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_nam(network ? network : new QNetworkAccessManager(this)),
      m_secrets(secrets ? std::move(secrets) : std::make_unique<keys::KeychainSecretStore>()),
      m_registry(std::make_unique<providers::ProviderRegistry>(settings)),
      m_models(std::make_unique<chat::ModelTable>()),
      m_quota(std::make_unique<account::AccountQuotaGuard>(database, settings, clock))
{
    QString error;
    const QString prices = profile.configDir() + QStringLiteral("/prices.json");
    if (!m_models->loadOverrides(prices, &error))
        qCWarning(lcChat) << "ignoring" << prices << ":" << error;
    m_keys = new keys::KeyRing(*m_secrets, this);
    m_validator = new keys::KeyValidator(*m_nam, *m_registry, clock, this);
    m_chat = new chat::ChatService(database, *m_registry, *m_keys, *m_quota, *m_nam, clock, *m_models, this);
    m_chat->setLockDir(profile.dataDir() + QStringLiteral("/locks"));
    if (settings)
        m_chat->setDefaultProvider(settings->defaultProvider());
}

AiServices::~AiServices()
{
    // Open replies are aborted before the network manager goes.
    m_chat->cancelAll();
    delete m_chat;
}

void AiServices::setQuotaGuard(std::unique_ptr<chat::QuotaGuard> guard)
{
    if (!guard)
        return;
    m_chat->setQuotaGuard(*guard);
    m_quota = std::move(guard);
}

} // namespace ttc::ai

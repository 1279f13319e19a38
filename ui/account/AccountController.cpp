#include "account/AccountController.h"

#include "account/AccountWindow.h"
#include "account/AuthSession.h"
#include "account/EntitlementCache.h"
#include "account/SyncClient.h"
#include "account/TokenStore.h"

namespace ttc {

AccountController::AccountController(store::Database &db, QNetworkAccessManager &nam, const Clock &clock,
                                     QUrl defaultServer, QObject *parent)
    : QObject(parent), m_tokens(std::make_unique<account::KeychainTokenStore>()), m_clock(clock)
{
    m_auth = new account::AuthSession(db, *m_tokens, nam, clock, this);
    m_auth->setDefaultServer(defaultServer);
    m_entitlement = new account::EntitlementCache(db, *m_auth, clock, this);
    m_sync = new account::SyncClient(db, *m_auth, clock, this);
    connect(m_sync, &account::SyncClient::entitlementReceived, m_entitlement, &account::EntitlementCache::accept);
    connect(m_auth, &account::AuthSession::stateChanged, this, [this] {
        if (m_auth->isSignedIn())
            m_entitlement->refresh();
    });
}

AccountController::~AccountController()
{
    m_sync->stop();
    delete m_window;
}

void AccountController::setDefaultServer(const QUrl &server)
{
    if (server.isValid())
        m_auth->setDefaultServer(server);
}

void AccountController::start()
{
    m_auth->load();
    m_sync->start();  // waits for a sign-in when there is none
}

void AccountController::openWindow()
{
    if (!m_window)
        m_window = new AccountWindow(*this, m_clock);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_entitlement->refresh();
}

} // namespace ttc

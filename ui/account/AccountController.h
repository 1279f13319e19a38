#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace ttc {
class Clock;
namespace store {
class Database;
}
namespace account {
class AuthSession;
class EntitlementCache;
class SyncClient;
class TokenStore;
} // namespace account

class AccountWindow;

// The account feature of the tray app: the session, the entitlement cache and the sync client over the app's
// database, built only after the tray is up and the database is open. Its window is made on first use.
class AccountController : public QObject
{
    Q_OBJECT

public:
    AccountController(store::Database &db, QNetworkAccessManager &nam, const Clock &clock, QUrl defaultServer,
                      QObject *parent = nullptr);
    ~AccountController() override;

    // Loads the stored account and, when signed in, starts syncing.
    void start();
    void openWindow();

    account::AuthSession &auth() { return *m_auth; }
    account::EntitlementCache &entitlement() { return *m_entitlement; }
    account::SyncClient &sync() { return *m_sync; }
    void setDefaultServer(const QUrl &server);

private:
    std::unique_ptr<account::TokenStore> m_tokens;
    account::AuthSession *m_auth = nullptr;
    account::EntitlementCache *m_entitlement = nullptr;
    account::SyncClient *m_sync = nullptr;
    QPointer<AccountWindow> m_window;
    const Clock &m_clock;
};

} // namespace ttc

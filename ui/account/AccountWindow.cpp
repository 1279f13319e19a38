#include "account/AccountWindow.h"

#include "account/AccountController.h"
#include "account/AuthSession.h"
#include "account/EntitlementCache.h"
#include "account/SyncClient.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ttc {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);  // server text is never rich text
    l->setWordWrap(true);
    return l;
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

AccountWindow::AccountWindow(AccountController &controller, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Window), m_controller(controller), m_clock(clock)
{
    setObjectName(QStringLiteral("accountWindow"));
    setWindowTitle(tr("Account – ToolTip Companion"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages = new QStackedWidget(this);

    auto *signedOut = new QWidget(m_pages);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(signedOut);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.com"));
    m_email = new QLineEdit(signedOut);
    m_email->setObjectName(QStringLiteral("email"));
    m_password = new QLineEdit(signedOut);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    m_signIn = new QPushButton(tr("&Sign in"), signedOut);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_signUp = new QPushButton(tr("&Create account"), signedOut);
    m_signUp->setObjectName(QStringLiteral("signUp"));
    m_formError = plainLabel(signedOut);
    m_formError->setObjectName(QStringLiteral("formError"));
    auto *intro = plainLabel(signedOut);
    intro->setText(tr("An account keeps your chat history and usage in sync across devices. Without one, "
                      "everything stays on this device."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signUp);
    buttons->addWidget(m_signIn);
    auto *outLayout = new QVBoxLayout(signedOut);
    outLayout->addWidget(intro);
    outLayout->addLayout(form);
    outLayout->addWidget(m_formError);
    outLayout->addLayout(buttons);
    outLayout->addStretch();

    auto *signedIn = new QWidget(m_pages);
    m_who = plainLabel(signedIn);
    m_who->setObjectName(QStringLiteral("who"));
    m_tier = plainLabel(signedIn);
    m_tier->setObjectName(QStringLiteral("tier"));
    m_usage = new QProgressBar(signedIn);
    m_usage->setObjectName(QStringLiteral("usage"));
    m_usageText = plainLabel(signedIn);
    m_usageText->setObjectName(QStringLiteral("usageText"));
    m_syncText = plainLabel(signedIn);
    m_syncText->setObjectName(QStringLiteral("syncText"));
    m_error = plainLabel(signedIn);
    m_error->setObjectName(QStringLiteral("error"));
    m_syncNow = new QPushButton(tr("Sync &now"), signedIn);
    m_upgrade = new QPushButton(tr("&Upgrade…"), signedIn);
    m_upgrade->setObjectName(QStringLiteral("upgrade"));
    m_signOut = new QPushButton(tr("Sign &out"), signedIn);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    auto *inButtons = new QHBoxLayout;
    inButtons->addWidget(m_syncNow);
    inButtons->addWidget(m_upgrade);
    inButtons->addStretch();
    inButtons->addWidget(m_signOut);
    auto *inLayout = new QVBoxLayout(signedIn);
    inLayout->addWidget(m_who);
    inLayout->addWidget(m_tier);
    inLayout->addWidget(m_usage);
    inLayout->addWidget(m_usageText);
    inLayout->addWidget(m_syncText);
    inLayout->addWidget(m_error);
    inLayout->addStretch();
    inLayout->addLayout(inButtons);

    m_pages->addWidget(signedOut);
    m_pages->addWidget(signedIn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(440, 300);

    connect(m_signIn, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_signUp, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { submit(false); });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_controller.auth().logout(this, [this](Result<void>) {
            setBusy(false);
            refresh();
        });
    });
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_controller.sync().syncOnce([](Result<account::SyncStats>) {});
        refresh();
    });
    connect(m_upgrade, &QPushButton::clicked, this, &AccountWindow::upgrade);
    connect(&m_controller.auth(), &account::AuthSession::stateChanged, this, &AccountWindow::refresh);
    connect(&m_controller.entitlement(), &account::EntitlementCache::changed, this, &AccountWindow::refresh);
    connect(&m_controller.sync(), &account::SyncClient::statusChanged, this, &AccountWindow::refresh);
    connect(&m_controller.sync(), &account::SyncClient::synced, this, &AccountWindow::refresh);
    const QUrl server = m_controller.auth().defaultServer();
    if (server.isValid())
        m_server->setText(server.toString());
    refresh();
}

void AccountWindow::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_signUp),
                       static_cast<QWidget *>(m_signOut), static_cast<QWidget *>(m_upgrade)})
        w->setEnabled(!busy);
}

void AccountWindow::submit(bool signup)
{
    const QUrl server = account::ApiClient::normalizeServer(m_server->text());
    if (!server.isValid()) {
        m_formError->setText(tr("Enter the server's address, for example https://sync.example.com."));
        return;
    }
    if (!m_email->text().contains(QLatin1Char('@')) || m_password->text().isEmpty()) {
        m_formError->setText(tr("Enter your email and password."));
        return;
    }
    m_formError->setText(signup ? tr("Creating the account…") : tr("Signing in…"));
    setBusy(true);
    const QString email = m_email->text().trimmed();
    const QString password = m_password->text();
    auto login = [this, server, email, password] {
        m_controller.auth().login(server, email, password, QString(), this, [this](Result<void> r) {
            setBusy(false);
            if (!r) {
                m_formError->setText(r.error().message);
                return;
            }
            m_password->clear();
            m_formError->clear();
            refresh();
        });
    };
    if (!signup) {
        login();
        return;
    }
    m_controller.auth().signup(server, email, password, this, [this, login](Result<void> r) {
        if (!r) {
            setBusy(false);
            m_formError->setText(r.error().message);
            return;
        }
        login();
    });
}

void AccountWindow::upgrade()
{
    setBusy(true);
    m_error->setText(tr("Opening the checkout page…"));
    m_controller.auth().call("POST", QStringLiteral("/v1/billing/checkout"),
                             QJsonObject{{QStringLiteral("tier"), QStringLiteral("pro")}}, this,
                             [this](const account::ApiReply &r) {
                                 setBusy(false);
                                 const QUrl url(r.body.value(QStringLiteral("url")).toString());
                                 if (!r.ok() || !url.isValid()
                                     || (url.scheme() != u"https" && url.scheme() != u"http")) {
                                     m_error->setText(r.ok() ? tr("The server sent no checkout link.")
                                                             : account::AuthSession::errorFor(r).message);
                                     return;
                                 }
                                 m_error->setText(tr("The checkout page opened in your browser. The new tier shows "
                                                     "here as soon as the payment is confirmed."));
                                 QDesktopServices::openUrl(url);
                             });
}

void AccountWindow::refresh()
{
    account::AuthSession &auth = m_controller.auth();
    if (!auth.isSignedIn()) {
        m_pages->setCurrentIndex(0);
        if (!auth.signedOutReason().isEmpty() && m_formError->text().isEmpty())
            m_formError->setText(auth.signedOutReason());
        return;
    }
    m_pages->setCurrentIndex(1);
    m_who->setText(tr("Signed in as %1 at %2").arg(auth.account().email, auth.account().server.host()));
    const auto &e = m_controller.entitlement().current();
    const qint64 now = m_clock.nowMs();
    if (e) {
        const QString tier = e->tier.isEmpty() ? QString() : e->tier.left(1).toUpper() + e->tier.mid(1);
        m_tier->setText(tr("Tier: %1").arg(tier));
        if (e->dailyLimit < 0) {
            m_usage->setRange(0, 1);
            m_usage->setValue(0);
            m_usage->setFormat(tr("Unlimited"));
            m_usageText->setText(tr("%n cloud request(s) today, no daily limit.", nullptr, e->usedToday));
        } else {
            m_usage->setRange(0, std::max(1, e->dailyLimit));
            m_usage->setValue(std::min(e->usedToday, e->dailyLimit));
            m_usage->setFormat(QStringLiteral("%v / %m"));
            m_usageText->setText(tr("%1 of %2 cloud requests used today; resets %3.")
                                     .arg(e->usedToday)
                                     .arg(e->dailyLimit)
                                     .arg(localTime(e->resetsAtMs)));
        }
        m_upgrade->setVisible(e->tier == QLatin1String("free"));
    } else {
        m_tier->setText(tr("Tier: not known yet"));
        m_usageText->clear();
    }
    account::SyncClient &sync = m_controller.sync();
    QString status;
    switch (sync.status()) {
    case account::SyncClient::Status::Syncing:
        status = tr("Syncing…");
        break;
    case account::SyncClient::Status::Offline:
        status = tr("Offline: changes wait on this device and are sent when the server can be reached.");
        break;
    case account::SyncClient::Status::Failed:
        status = tr("Sync failed; it is retried automatically.");
        break;
    default:
        status = sync.lastSyncMs() ? tr("Synced; last sync %1.").arg(localTime(sync.lastSyncMs())) : tr("Not synced yet.");
        break;
    }
    m_syncText->setText(status);
    QString error = sync.lastError();
    if (error.isEmpty() && m_controller.entitlement().lastRefreshFailed())
        error = m_controller.entitlement().lastError();
    if (e && m_controller.entitlement().lastRefreshFailed() && !e->lease.verified)
        error += QLatin1Char(' ') + tr("Offline use of cloud providers needs one successful connection first.");
    Q_UNUSED(now)
    m_error->setText(error);
}

} // namespace ttc

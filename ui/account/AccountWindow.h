#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ttc {
class AccountController;
class Clock;

// Sign up / sign in / out, tier, today's usage against the limit, sync status and errors, and the upgrade link.
// Everything the server says is shown as plain text.
class AccountWindow : public QWidget
{
    Q_OBJECT

public:
    AccountWindow(AccountController &controller, const Clock &clock, QWidget *parent = nullptr);

private:
    void refresh();
    void submit(bool signup);
    void upgrade();
    void setBusy(bool busy);

    AccountController &m_controller;
    const Clock &m_clock;
    QStackedWidget *m_pages = nullptr;
    // Signed-out page
    QLineEdit *m_server = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signUp = nullptr;
    QLabel *m_formError = nullptr;
    // Signed-in page
    QLabel *m_who = nullptr;
    QLabel *m_tier = nullptr;
    QProgressBar *m_usage = nullptr;
    QLabel *m_usageText = nullptr;
    QLabel *m_syncText = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_upgrade = nullptr;
    QPushButton *m_signOut = nullptr;
};

} // namespace ttc

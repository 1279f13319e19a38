#include "keys/KeyManagerWindow.h"

#include "ai/AiServices.h"
#include "keys/KeyRing.h"
#include "keys/SecretStore.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ttc {

namespace {

QUrl keyPage(const QString &provider, const providers::ProviderRegistry &registry)
{
    if (provider == QLatin1String("elevenlabs"))
        return QUrl(QStringLiteral("https://elevenlabs.io/app/settings/api-keys"));
    const providers::Provider *p = registry.provider(provider);
    return p ? p->keyPageUrl() : QUrl();
}

} // namespace

KeyManagerWindow::KeyManagerWindow(ai::AiServices &ai, QWidget *parent) : QWidget(parent, Qt::Window), m_ai(ai)
{
    setObjectName(QStringLiteral("keyManager"));
    setWindowTitle(tr("API Keys"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Keys are kept in your system keychain and only sent to their provider. A local model "
                                "server on this computer needs no key."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    int r = 0;
    for (const QString &provider : keys::KeyRing::providers()) {
        Row row;
        auto *name = new QLabel(keys::KeyRing::displayName(provider), this);
        name->setTextFormat(Qt::PlainText);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        row.key = new QLabel(this);
        row.key->setTextFormat(Qt::PlainText);
        row.key->setObjectName(QStringLiteral("key_") + provider);
        row.source = new QLabel(this);
        row.source->setTextFormat(Qt::PlainText);
        row.status = new QLabel(this);
        row.status->setTextFormat(Qt::PlainText);
        row.status->setObjectName(QStringLiteral("status_") + provider);
        row.set = new QPushButton(this);
        row.set->setObjectName(QStringLiteral("set_") + provider);
        row.test = new QPushButton(tr("Test"), this);
        row.test->setObjectName(QStringLiteral("test_") + provider);
        row.remove = new QPushButton(tr("Remove"), this);
        row.remove->setObjectName(QStringLiteral("remove_") + provider);
        connect(row.set, &QPushButton::clicked, this, [this, provider] { askForKey(provider); });
        connect(row.test, &QPushButton::clicked, this, [this, provider] { testKey(provider); });
        connect(row.remove, &QPushButton::clicked, this, [this, provider] { removeKey(provider); });
        grid->addWidget(name, r, 0);
        grid->addWidget(row.key, r, 1);
        grid->addWidget(row.source, r, 2);
        grid->addWidget(row.status, r, 3);
        grid->addWidget(row.set, r, 4);
        grid->addWidget(row.test, r, 5);
        grid->addWidget(row.remove, r, 6);
        const QUrl page = keyPage(provider, m_ai.providers());
        if (page.isValid()) {
            // Our own constant link, not remote text.
            auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(page.toString(QUrl::FullyEncoded), tr("Get a key")), this);
            link->setTextFormat(Qt::RichText);
            link->setOpenExternalLinks(true);
            grid->addWidget(link, r, 7);
        }
        m_rows.insert(provider, row);
        ++r;
    }
    layout->addLayout(grid);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    layout->addWidget(m_notice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    layout->addWidget(buttons);

    connect(&m_ai.keys(), &keys::KeyRing::changed, this, &KeyManagerWindow::refreshRow);
    connect(&m_ai.keys(), &keys::KeyRing::loaded, this, &KeyManagerWindow::refresh);
    if (!m_ai.keys().isLoaded())
        m_ai.keys().load();  // opened before the app read them (at start-up); a no-op while a read runs
    refresh();
}

void KeyManagerWindow::refresh()
{
    for (const QString &provider : keys::KeyRing::providers())
        refreshRow(provider);
    const Error e = m_ai.keys().lastError();
    m_notice->setText(e.code.isEmpty() ? QString() : e.message);
}

void KeyManagerWindow::refreshRow(const QString &provider)
{
    auto it = m_rows.find(provider);
    if (it == m_rows.end())
        return;
    const keys::KeyRing &ring = m_ai.keys();
    const keys::KeySource source = ring.source(provider);
    const bool loaded = ring.isLoaded();
    it->key->setText(source == keys::KeySource::None ? tr("no key") : ring.masked(provider));
    switch (source) {
    case keys::KeySource::Keychain: it->source->setText(tr("keychain")); break;
    case keys::KeySource::Session: it->source->setText(tr("this session only")); break;
    case keys::KeySource::Environment:
        it->source->setText(tr("environment (%1)").arg(keys::KeyRing::envVars(provider).join(QStringLiteral(", "))));
        break;
    case keys::KeySource::None: it->source->clear(); break;
    }
    it->set->setText(source == keys::KeySource::None ? tr("Add…") : tr("Replace…"));
    it->set->setEnabled(loaded);
    it->test->setEnabled(loaded && source != keys::KeySource::None);
    it->remove->setEnabled(loaded && (source == keys::KeySource::Keychain || source == keys::KeySource::Session));
    it->status->setText(statusText(provider));
}

QString KeyManagerWindow::maskedText(const QString &provider) const
{
    return m_rows.value(provider).key ? m_rows.value(provider).key->text() : QString();
}

QString KeyManagerWindow::statusText(const QString &provider) const
{
    if (!m_checks.contains(provider))
        return keys::statusText(keys::KeyStatus::Unknown);
    const keys::Validation &v = m_checks[provider];
    const QString when = QDateTime::fromMSecsSinceEpoch(v.checkedAtMs).toString(QStringLiteral("HH:mm"));
    if (v.status == keys::KeyStatus::Valid && !v.models.isEmpty())
        return tr("%1, checked %2, %n model(s)", nullptr, int(v.models.size())).arg(keys::statusText(v.status), when);
    return tr("%1, checked %2").arg(keys::statusText(v.status), when);
}

void KeyManagerWindow::askForKey(const QString &provider)
{
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("%1 API key").arg(keys::KeyRing::displayName(provider)),
                                              tr("Paste the key:"), QLineEdit::Password, QString(), &ok);
    if (ok && !keys::normalizeKey(key).isEmpty())
        setKey(provider, key);
}

void KeyManagerWindow::setKey(const QString &provider, const QString &key, bool askSessionOnly)
{
    m_checks.remove(provider);
    m_ai.keys().setKey(provider, key, this, [this, provider, key, askSessionOnly](Result<void> r) {
        if (r) {
            m_notice->setText(tr("The %1 key was saved in the keychain.").arg(keys::KeyRing::displayName(provider)));
            refreshRow(provider);
            Q_EMIT keyStored(provider, true);
            testKey(provider);
            return;
        }
        if (r.error().code == QLatin1String("no_backend")) {
            const bool sessionOnly =
                !askSessionOnly ||
                QMessageBox::question(this, tr("No keychain"),
                                      r.error().message + QStringLiteral("\n\n") +
                                          tr("Keep the key in memory until ToolTip Companion quits?")) == QMessageBox::Yes;
            if (sessionOnly) {
                m_ai.keys().setSessionKey(provider, key);
                m_notice->setText(tr("The %1 key is kept for this session only.").arg(keys::KeyRing::displayName(provider)));
                Q_EMIT keyStored(provider, true);
                return;
            }
        }
        m_notice->setText(r.error().message);
        Q_EMIT keyStored(provider, false);
    });
}

void KeyManagerWindow::testKey(const QString &provider)
{
    const QString key = m_ai.keys().key(provider);
    if (key.isEmpty())
        return;
    auto it = m_rows.find(provider);
    if (it != m_rows.end()) {
        it->status->setText(tr("checking…"));
        it->test->setEnabled(false);
    }
    m_ai.validator().validate(provider, key, {}, this, [this, provider](const keys::Validation &v) {
        m_checks.insert(provider, v);
        refreshRow(provider);
        if (!v.message.isEmpty())
            m_notice->setText(v.message);
        Q_EMIT keyTested(provider, v.status);
    });
}

void KeyManagerWindow::removeKey(const QString &provider, bool confirm)
{
    if (confirm &&
        QMessageBox::question(this, tr("Remove key"),
                              tr("Remove the %1 key from the keychain?").arg(keys::KeyRing::displayName(provider))) !=
            QMessageBox::Yes)
        return;
    m_checks.remove(provider);
    m_ai.keys().removeKey(provider, this, [this, provider](Result<void> r) {
        m_notice->setText(r ? tr("The %1 key was removed.").arg(keys::KeyRing::displayName(provider)) : r.error().message);
        refreshRow(provider);
        Q_EMIT keyRemoved(provider);
    });
}

} // namespace ttc

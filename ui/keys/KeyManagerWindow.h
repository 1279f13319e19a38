#pragma once

#include "keys/KeyValidator.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ttc::ai {
class AiServices;
}

namespace ttc {

// The key manager: each provider with its masked key (prefix + last 4), where it comes from, its last check,
// and set/replace (paste), test and remove. Keys go straight to the keychain through the shared KeyRing, so every
// feature sees a change at once. A key is never shown in full.
class KeyManagerWindow : public QWidget
{
    Q_OBJECT

public:
    explicit KeyManagerWindow(ai::AiServices &ai, QWidget *parent = nullptr);

    // What the buttons do, callable by tests without dialogs. setKey stores in the keychain; when none is available
    // it asks whether to keep the key for this session (askSessionOnly=false answers "yes" without asking).
    void setKey(const QString &provider, const QString &key, bool askSessionOnly = true);
    void testKey(const QString &provider);
    void removeKey(const QString &provider, bool confirm = true);

    QString maskedText(const QString &provider) const;
    QString statusText(const QString &provider) const;

Q_SIGNALS:
    void keyStored(const QString &provider, bool ok);
    void keyTested(const QString &provider, ttc::keys::KeyStatus status);
    void keyRemoved(const QString &provider);

private:
    struct Row
    {
        QLabel *key = nullptr;
        QLabel *source = nullptr;
        QLabel *status = nullptr;
        QPushButton *set = nullptr;
        QPushButton *test = nullptr;
        QPushButton *remove = nullptr;
    };
    void refresh();
    void refreshRow(const QString &provider);
    void askForKey(const QString &provider);

    ai::AiServices &m_ai;
    QHash<QString, Row> m_rows;
    QHash<QString, keys::Validation> m_checks;
    QLabel *m_notice = nullptr;
};

} // namespace ttc

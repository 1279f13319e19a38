#pragma once

#include <QColor>
#include <QObject>
#include <QQmlEngine>

namespace ttc::chat {

// Colours of the chat window for light and dark, following the system unless the user picked one
// (setting chat/appearance: system|light|dark).
class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The chat window owns its theme")
    Q_PROPERTY(QString appearance READ appearance WRITE setAppearance NOTIFY changed)
    Q_PROPERTY(bool dark READ isDark NOTIFY changed)
    Q_PROPERTY(QColor window READ window NOTIFY changed)
    Q_PROPERTY(QColor sidebar READ sidebar NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor mutedText READ mutedText NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor accentText READ accentText NOTIFY changed)
    Q_PROPERTY(QColor userBubble READ userBubble NOTIFY changed)
    Q_PROPERTY(QColor assistantBubble READ assistantBubble NOTIFY changed)
    Q_PROPERTY(QColor codeBackground READ codeBackground NOTIFY changed)
    Q_PROPERTY(QColor danger READ danger NOTIFY changed)
    Q_PROPERTY(QColor warning READ warning NOTIFY changed)
    Q_PROPERTY(QColor link READ link NOTIFY changed)
    Q_PROPERTY(QColor highlight READ highlight NOTIFY changed)
    Q_PROPERTY(QColor selection READ selection NOTIFY changed)
    Q_PROPERTY(QColor control READ control NOTIFY changed)
    Q_PROPERTY(QColor hover READ hover NOTIFY changed)
    Q_PROPERTY(QColor pressed READ pressed NOTIFY changed)

public:
    explicit Theme(QObject *parent = nullptr);

    QString appearance() const { return m_appearance; }
    void setAppearance(const QString &appearance);
    bool isDark() const;

    QColor window() const { return pick(0xffffff, 0x1e1f22); }
    QColor sidebar() const { return pick(0xf3f4f6, 0x17181b); }
    QColor surface() const { return pick(0xffffff, 0x2a2c31); }
    QColor text() const { return pick(0x1f2328, 0xe6e7ea); }
    QColor mutedText() const { return pick(0x5f6670, 0x9aa0a8); }
    QColor border() const { return pick(0xd8dbe0, 0x3a3d44); }
    QColor accent() const { return pick(0x2f6fe4, 0x5b8ff0); }
    QColor accentText() const { return QColor(0xffffff); }
    QColor userBubble() const { return pick(0xe8f0fe, 0x24385e); }
    QColor assistantBubble() const { return pick(0xf6f7f9, 0x26282d); }
    QColor codeBackground() const { return pick(0xf0f1f3, 0x16171a); }
    QColor danger() const { return pick(0xc62828, 0xef6b6b); }
    QColor warning() const { return pick(0x9a6700, 0xe3b341); }
    QColor link() const { return pick(0x1a5fd0, 0x7aa7ff); }
    QColor highlight() const { return pick(0xffe08a, 0x6b5a1e); }
    QColor selection() const { return pick(0xb6d0fb, 0x3b5787); }
    // Push buttons; the wash over whatever is under a hovered or pressed flat control.
    QColor control() const { return pick(0xe6e8ec, 0x34373d); }
    QColor hover() const { return overlay(0.07); }
    QColor pressed() const { return overlay(0.14); }

    // Whether the system colours are dark (the application palette's window colour), used for "system".
    static bool systemIsDark();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QColor pick(QRgb light, QRgb dark) const { return QColor(isDark() ? dark : light); }
    QColor overlay(float alpha) const
    {
        QColor c = text();
        c.setAlphaF(alpha);
        return c;
    }

    QString m_appearance = QStringLiteral("system");
    bool m_systemDark = false;
};

} // namespace ttc::chat

#pragma once

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickTextDocument>
#include <QString>

class QTextDocument;

namespace ttc::chat {

// Shows untrusted text (model replies, search snippets) in a read-only QML TextEdit without ever interpreting it as
// HTML: Markdown is parsed with HTML disabled, images become their alt text (nothing is fetched), and links other
// than http(s) and mailto become plain text. Usage:
//   TextEdit { id: view; readOnly: true; textFormat: TextEdit.PlainText
//              SafeTextDocument { document: view.textDocument; markdown: model.content } }
// `marked` instead shows plain text whose ranges between U+0002 and U+0003 are highlighted (search snippets).
class SafeTextDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QString markdown READ markdown WRITE setMarkdown NOTIFY markdownChanged)
    Q_PROPERTY(QString marked READ marked WRITE setMarked NOTIFY markedChanged)
    Q_PROPERTY(QString plainText READ plainText WRITE setPlainText NOTIFY plainTextChanged)
    Q_PROPERTY(QColor linkColor READ linkColor WRITE setLinkColor NOTIFY linkColorChanged)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY highlightColorChanged)

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    QQuickTextDocument *document() const { return m_document; }
    void setDocument(QQuickTextDocument *document);
    QString markdown() const { return m_markdown; }
    void setMarkdown(const QString &markdown);
    QString marked() const { return m_marked; }
    void setMarked(const QString &marked);
    QString plainText() const { return m_plain; }
    void setPlainText(const QString &text);
    QColor linkColor() const { return m_linkColor; }
    void setLinkColor(const QColor &color);
    QColor highlightColor() const { return m_highlightColor; }
    void setHighlightColor(const QColor &color);

    // The pure part, for tests and other views: Markdown into `target` (cleared first), sanitized.
    static void renderMarkdown(QTextDocument &target, const QString &markdown, const QColor &linkColor = {});
    static void renderMarked(QTextDocument &target, const QString &marked, const QColor &highlight);
    // Removes images (alt text stays) and anchors whose scheme is not http, https or mailto.
    static void sanitize(QTextDocument &document, const QColor &linkColor = {});
    static bool isSafeLink(const QString &href);

Q_SIGNALS:
    void documentChanged();
    void markdownChanged();
    void markedChanged();
    void plainTextChanged();
    void linkColorChanged();
    void highlightColorChanged();

private:
    void render();

    QPointer<QQuickTextDocument> m_document;
    QString m_markdown;
    QString m_marked;
    QString m_plain;
    QColor m_linkColor;
    QColor m_highlightColor = QColor(255, 213, 79, 140);
    enum class Mode { Markdown, Marked, Plain } m_mode = Mode::Markdown;
};

} // namespace ttc::chat

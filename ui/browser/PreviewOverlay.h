#pragma once

#include "preview/PreviewTypes.h"

#include <QWidget>

class QLabel;

namespace ttc::browser {

// The hover card: a frameless tool window that never takes focus. Everything in it is plain text (page titles are
// untrusted). It is filled as parts arrive: a loading state, then title, site, description, reading time and
// summary, then the thumbnail.
class PreviewOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewOverlay(QWidget *parent = nullptr);

    // Shows the loading state for `url` next to `linkRect` (global coordinates).
    void showLoading(const QUrl &url, const QString &linkText, const QRect &linkRect);
    void setPreview(const preview::Preview &preview);
    void setError(const QString &message);
    void setThumbnail(const QImage &image);
    // The site icon from a decoded image (decodeFavicon); a null image keeps the generic one.
    void setFavicon(const QImage &image);
    // Whether the header shows the site's own icon rather than the generic link icon.
    bool hasSiteFavicon() const { return m_siteFavicon; }
    QLabel *faviconLabel() const { return m_favicon; }
    // The AI summary under the offline one: begun (a "Summarizing…" line), streamed in, or dropped.
    void beginAiSummary();
    void appendAiSummary(const QString &text);
    void clearAiSummary();
    QString aiSummaryText() const;
    bool hasAiSummary() const;
    void dismiss();

    QUrl url() const { return m_url; }
    bool isLoading() const { return m_loading; }
    QString titleText() const;
    QLabel *titleLabel() const { return m_title; }

    static constexpr int kWidth = 380;
    static constexpr int kFaviconSize = 16;      // logical pixels
    static constexpr int kFaviconStoreSize = 64; // what is kept: enough for a device pixel ratio of 4

    // Decodes a site icon as served (PNG, ICO with several sizes, SVG, GIF, JPEG...) into an image of at most
    // maxSide×maxSide; null when it cannot be read, or declares a size no icon has (a decompression bomb).
    static QImage decodeFavicon(const QByteArray &bytes, int maxSide = kFaviconStoreSize);

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reposition();
    void applyPalette();
    void showGenericFavicon();

    QUrl m_url;
    QRect m_linkRect;
    bool m_loading = false;
    QLabel *m_favicon = nullptr;
    bool m_siteFavicon = false;
    QLabel *m_site = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_aiHeading = nullptr;
    QLabel *m_aiSummary = nullptr;
    QString m_aiText;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ttc::browser

#include "PreviewOverlay.h"

#include "TooltipPlacement.h"

#include <QApplication>
#include <QBoxLayout>
#include <QBuffer>
#include <QIcon>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QStyle>

#include <cmath>

namespace ttc::browser {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);   // titles like <img src=x onerror=…> show literally
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setFocusPolicy(Qt::NoFocus);
    label->hide();
    return label;
}

QString clipped(const QString &text, int maxChars)
{
    const QString t = text.simplified();
    return t.size() <= maxChars ? t : t.left(maxChars - 1).trimmed() + QChar(0x2026);
}

void setShown(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PreviewOverlay::PreviewOverlay(QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus |
                          Qt::WindowStaysOnTopHint | Qt::NoDropShadowWindowHint)
{
    setObjectName(QStringLiteral("linkPreviewOverlay"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_X11DoNotAcceptFocus);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Link preview"));
    setFixedWidth(kWidth);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_favicon = new QLabel(this);
    m_favicon->setObjectName(QStringLiteral("previewFavicon"));
    m_favicon->setFixedSize(kFaviconSize, kFaviconSize);
    m_favicon->setAlignment(Qt::AlignCenter);
    m_site = plainLabel(this, QStringLiteral("previewSite"), false);
    m_site->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_favicon);
    header->addWidget(m_site, 1);
    layout->addLayout(header);

    m_title = plainLabel(this, QStringLiteral("previewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("previewThumbnail"));
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);   // white pages stay apart from the card
    m_thumbnail->hide();
    layout->addWidget(m_thumbnail);

    m_description = plainLabel(this, QStringLiteral("previewDescription"));
    layout->addWidget(m_description);
    m_meta = plainLabel(this, QStringLiteral("previewMeta"), false);
    layout->addWidget(m_meta);
    m_summary = plainLabel(this, QStringLiteral("previewSummary"));
    layout->addWidget(m_summary);
    m_aiHeading = plainLabel(this, QStringLiteral("previewAiHeading"), false);
    QFont headingFont = m_aiHeading->font();
    headingFont.setBold(true);
    m_aiHeading->setFont(headingFont);
    layout->addWidget(m_aiHeading);
    m_aiSummary = plainLabel(this, QStringLiteral("previewAiSummary"));
    m_aiSummary->setAccessibleName(tr("AI summary"));
    layout->addWidget(m_aiSummary);
    m_status = plainLabel(this, QStringLiteral("previewStatus"));
    layout->addWidget(m_status);

    applyPalette();
}

QString PreviewOverlay::titleText() const
{
    return m_title->text();
}

void PreviewOverlay::showLoading(const QUrl &url, const QString &linkText, const QRect &linkRect)
{
    m_url = url;
    m_linkRect = linkRect;
    m_loading = true;
    showGenericFavicon();
    setShown(m_site, url.host());
    setShown(m_title, clipped(linkText.isEmpty() ? url.toDisplayString() : linkText, 200));
    m_thumbnail->clear();
    m_thumbnail->hide();
    setShown(m_description, {});
    setShown(m_meta, {});
    setShown(m_summary, {});
    m_aiText.clear();
    setShown(m_aiHeading, {});
    setShown(m_aiSummary, {});
    setShown(m_status, tr("Loading preview…"));
    reposition();
    show();
    raise();
}

void PreviewOverlay::setPreview(const preview::Preview &card)
{
    m_loading = false;
    const QUrl shown = card.finalUrl.isValid() ? card.finalUrl : card.url;
    setShown(m_site, clipped(card.siteName.isEmpty() ? shown.host() : card.siteName, 80));
    if (!card.title.isEmpty())
        setShown(m_title, clipped(card.title, 200));
    setShown(m_description, clipped(card.description, 320));
    QStringList meta;
    if (card.readingMinutes > 0)
        meta << tr("%n min read", nullptr, std::max(1, int(std::lround(card.readingMinutes))));
    if (!card.byline.isEmpty())
        meta << clipped(card.byline, 60);
    if (card.kind == preview::Preview::Kind::Image)
        meta << tr("Image");
    else if (card.kind == preview::Preview::Kind::Pdf)
        meta << tr("PDF document");
    setShown(m_meta, meta.join(QStringLiteral(" · ")));
    setShown(m_summary, card.summary == card.description ? QString() : clipped(card.summary, 420));
    setShown(m_status, {});
    if (!card.thumbnailPng.isEmpty())
        setThumbnail(QImage::fromData(card.thumbnailPng, "PNG"));
    if (!card.faviconPng.isEmpty())
        setFavicon(decodeFavicon(card.faviconPng));
    reposition();
}

void PreviewOverlay::setError(const QString &message)
{
    m_loading = false;
    setShown(m_status, clipped(message, 200));
    reposition();
}

void PreviewOverlay::setThumbnail(const QImage &image)
{
    if (image.isNull())
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize box = QSize(kWidth - 24, (kWidth - 24) * 10 / 16);
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(box * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_thumbnail->setPixmap(pixmap);
    m_thumbnail->show();
    reposition();
}

void PreviewOverlay::showGenericFavicon()
{
    m_siteFavicon = false;
    const qreal dpr = devicePixelRatioF();
    QPixmap generic = style()->standardIcon(QStyle::SP_FileLinkIcon).pixmap(QSize(kFaviconSize, kFaviconSize), dpr);
    m_favicon->setPixmap(generic);
}

void PreviewOverlay::setFavicon(const QImage &image)
{
    if (image.isNull())
        return;
    // Device pixels, so that a 2x screen gets a sharp 32 px icon in the same 16 logical px.
    const qreal dpr = devicePixelRatioF();
    const QSize box = QSize(kFaviconSize, kFaviconSize) * dpr;
    QPixmap pixmap = QPixmap::fromImage(
        image.size() == box ? image : image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_favicon->setPixmap(pixmap);
    m_siteFavicon = true;
}

QImage PreviewOverlay::decodeFavicon(const QByteArray &bytes, int maxSide)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return {};
    constexpr int kMaxDeclaredSide = 1024;   // a 64 KiB icon that claims more is not an icon
    const QSize wanted(maxSide, maxSide);
    const QByteArray format = reader.format();
    if (format == "svg" || format == "svgz") {
        // Vector icons are drawn at the size needed instead of their declared one.
        QSize size = reader.size();
        if (!size.isValid() || size.isEmpty())
            size = wanted;
        reader.setScaledSize(size.scaled(wanted, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        return image;
    }
    // An ICO holds several sizes: the smallest one at least maxSide wide, else the largest.
    QImage best;
    const int count = std::max(1, reader.imageCount());
    for (int i = 0; i < std::min(count, 16); ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            break;
        const QSize declared = reader.size();
        if (declared.isValid() && (declared.width() > kMaxDeclaredSide || declared.height() > kMaxDeclaredSide))
            continue;
        const QImage image = reader.read();
        if (image.isNull() || image.width() > kMaxDeclaredSide || image.height() > kMaxDeclaredSide)
            continue;
        const bool bigEnough = image.width() >= maxSide;
        const bool bestBigEnough = !best.isNull() && best.width() >= maxSide;
        if (best.isNull() || (bigEnough && (!bestBigEnough || image.width() < best.width()))
            || (!bigEnough && !bestBigEnough && image.width() > best.width()))
            best = image;
    }
    if (best.isNull())
        return {};
    if (best.width() > maxSide || best.height() > maxSide)
        best = best.scaled(wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return best.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

void PreviewOverlay::beginAiSummary()
{
    m_aiText.clear();
    setShown(m_aiHeading, tr("AI summary"));
    setShown(m_aiSummary, tr("Summarizing…"));
    reposition();
}

void PreviewOverlay::appendAiSummary(const QString &text)
{
    m_aiText += text;
    // Plain text, capped: the model's output is untrusted like the page's.
    setShown(m_aiSummary, clipped(m_aiText, 900));
    reposition();
}

void PreviewOverlay::clearAiSummary()
{
    m_aiText.clear();
    setShown(m_aiHeading, {});
    setShown(m_aiSummary, {});
    if (isVisible())
        reposition();
}

QString PreviewOverlay::aiSummaryText() const
{
    return m_aiText;
}

bool PreviewOverlay::hasAiSummary() const
{
    return m_aiHeading->isVisible();
}

void PreviewOverlay::dismiss()
{
    if (!isVisible())
        return;
    hide();
    m_loading = false;
    m_url.clear();
    Q_EMIT dismissed();
}

void PreviewOverlay::reposition()
{
    if (layout())
        layout()->activate();
    adjustSize();
    QScreen *screen = QGuiApplication::screenAt(m_linkRect.center());
    if (!screen)
        screen = this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const int maxHeight = std::max(120, available.height() / 2);
    if (height() > maxHeight)
        resize(width(), maxHeight);
    move(placeTooltip(m_linkRect, size(), available));
}

void PreviewOverlay::applyPalette()
{
    // Follows the application palette (dark mode included): the card uses the base/text roles, muted parts the
    // placeholder colour.
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    setPalette(p);
    QPalette muted = p;
    muted.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    for (QLabel *label : {m_site, m_meta, m_status})
        label->setPalette(muted);
    setAutoFillBackground(false);
}

void PreviewOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void PreviewOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    dismiss();
}

void PreviewOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PreviewOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace ttc::browser

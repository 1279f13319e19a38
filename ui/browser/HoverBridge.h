#pragma once

#include <QObject>
#include <QRectF>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace ttc::browser {

// A link under the mouse as the page script reports it: rect in CSS pixels relative to the page's viewport.
struct HoverLink
{
    QUrl url;
    QString text;
    QRectF rect;
    QUrl document;  // the frame's document when the link is in a frame of the page, else empty (the page itself)
};

// The only object a page's isolated script world can reach through its QWebChannel. Its two invokables take what
// the script measured and pass it on only when it is sane; it has no properties or signals of its own and ignores
// deleteLater() (the web channel publishes QObject's public slots too). Pages' own scripts run in the main world and
// cannot see it at all.
class HoverBridge final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxUrlLength = 4096;
    static constexpr int kMaxTextLength = 500;
    static constexpr double kMaxCoordinate = 1'000'000;

    using HoverSink = std::function<void(const HoverLink &)>;
    using LeaveSink = std::function<void()>;
    HoverBridge(HoverSink onHover, LeaveSink onLeave, QObject *parent = nullptr);

    // document: the address of the frame the link is in, empty for the page itself.
    Q_INVOKABLE void hovered(const QString &href, const QString &text, double x, double y, double width,
                             double height, const QString &document);
    Q_INVOKABLE void left();

    // The checks of hovered(): nullopt when the report is not believable.
    static std::optional<HoverLink> validate(const QString &href, const QString &text, double x, double y,
                                             double width, double height, const QString &document = {});

    int rejectedReports() const { return m_rejected; }

protected:
    bool event(QEvent *event) override;

private:
    HoverSink m_onHover;
    LeaveSink m_onLeave;
    int m_rejected = 0;
};

// The script injected into every page (isolated world, document ready, main frame only): qwebchannel.js followed by
// the hover listener. It reports anchors under the mouse and sends left() on mouse out, scroll, key press and
// click. (Not on blur: another page rendering offscreen blurs this one; the window's own deactivation dismisses.) window.__ttcHover.ready turns true in that world once the channel is connected.
QString hoverScriptSource();
// The name the bridge is registered under in the web channel.
inline constexpr char kHoverBridgeName[] = "ttcHover";

} // namespace ttc::browser

Q_DECLARE_METATYPE(ttc::browser::HoverLink)

#include "HoverBridge.h"

#include <QEvent>
#include <QFile>
#include <QLoggingCategory>

#include <cmath>

namespace ttc::browser {

Q_LOGGING_CATEGORY(lcBrowser, "ttc.browser")

HoverBridge::HoverBridge(HoverSink onHover, LeaveSink onLeave, QObject *parent)
    : QObject(parent), m_onHover(std::move(onHover)), m_onLeave(std::move(onLeave))
{
}

std::optional<HoverLink> HoverBridge::validate(const QString &href, const QString &text, double x, double y,
                                               double width, double height)
{
    if (href.isEmpty() || href.size() > kMaxUrlLength)
        return std::nullopt;
    for (double v : {x, y, width, height}) {
        if (!std::isfinite(v) || std::abs(v) > kMaxCoordinate)
            return std::nullopt;
    }
    if (width < 0 || height < 0)
        return std::nullopt;
    const QUrl url(href, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return std::nullopt;

    // Plain text on one line, bounded: the overlay never shows more than that.
    QString clean = text.left(kMaxTextLength);
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return HoverLink{url, clean.simplified(), QRectF(x, y, width, height)};
}

void HoverBridge::hovered(const QString &href, const QString &text, double x, double y, double width, double height)
{
    std::optional<HoverLink> link = validate(href, text, x, y, width, height);
    if (!link) {
        ++m_rejected;
        qCDebug(lcBrowser) << "hover report rejected (length" << href.size() << ")";
        return;
    }
    if (m_onHover)
        m_onHover(*link);
}

void HoverBridge::left()
{
    if (m_onLeave)
        m_onLeave();
}

bool HoverBridge::event(QEvent *event)
{
    // Owned by its page; a script calling deleteLater() must not pull it away.
    if (event->type() == QEvent::DeferredDelete)
        return true;
    return QObject::event(event);
}

QString hoverScriptSource()
{
    QFile channelJs(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
    QString source;
    if (channelJs.open(QIODevice::ReadOnly))
        source = QString::fromUtf8(channelJs.readAll());
    else
        qCWarning(lcBrowser) << "qwebchannel.js is missing from the Qt WebChannel resources: no link previews";
    source += QStringLiteral(R"JS(
;(function () {
    'use strict';
    if (window.__ttcHover)
        return;
    var state = window.__ttcHover = { ready: false };
    var bridge = null;
    var current = null;
    function anchorOf(node) {
        while (node && node.nodeType !== 1)
            node = node.parentNode;
        var a = node && node.closest ? node.closest('a[href], area[href]') : null;
        return (a instanceof HTMLAnchorElement || a instanceof HTMLAreaElement) ? a : null;
    }
    function leave() {
        if (current === null)
            return;
        current = null;
        if (bridge)
            bridge.left();
    }
    document.addEventListener('mouseover', function (e) {
        var a = anchorOf(e.target);
        if (a === current)
            return;
        if (a === null) {
            leave();
            return;
        }
        current = a;
        if (!bridge)
            return;
        var r = a.getBoundingClientRect();
        var text = (a.innerText || a.textContent || a.getAttribute('aria-label') || '').slice(0, 2000);
        bridge.hovered(String(a.href).slice(0, 8192), text, r.left, r.top, r.width, r.height);
    }, true);
    document.addEventListener('mouseout', function (e) {
        // Only towards another element: Chromium also sends a mouseout without one when a page elsewhere (a
        // thumbnail being rendered) is shown. Leaving the view altogether is seen by the view itself (Leave).
        if (current !== null && e.relatedTarget && !current.contains(e.relatedTarget))
            leave();
    }, true);
    window.addEventListener('scroll', leave, true);
    window.addEventListener('wheel', leave, { capture: true, passive: true });
    document.addEventListener('keydown', leave, true);
    document.addEventListener('mousedown', leave, true);
    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.)JS") + QLatin1String(kHoverBridgeName) + QStringLiteral(R"JS(;
        state.ready = true;
    });
})();
)JS");
    return source;
}

} // namespace ttc::browser

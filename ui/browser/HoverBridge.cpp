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
                                               double width, double height, const QString &document)
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
    QUrl frame;
    if (!document.isEmpty()) {
        frame = QUrl(document, QUrl::StrictMode);
        if (document.size() > kMaxUrlLength || !frame.isValid() || frame.isRelative())
            return std::nullopt;
    }

    // Plain text on one line, bounded: the overlay never shows more than that.
    QString clean = text.left(kMaxTextLength);
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return HoverLink{url, clean.simplified(), QRectF(x, y, width, height), frame};
}

void HoverBridge::hovered(const QString &href, const QString &text, double x, double y, double width, double height,
                          const QString &document)
{
    std::optional<HoverLink> link = validate(href, text, x, y, width, height, document);
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
        var view = a && a.ownerDocument.defaultView;   // each frame has its own element classes
        return (view && (a instanceof view.HTMLAnchorElement || a instanceof view.HTMLAreaElement)) ? a : null;
    }
    // Where a frame's viewport is in the page's: the frame elements' boxes and borders, frame by frame up.
    function offsetOf(view) {
        var x = 0, y = 0;
        while (view !== window) {
            var frame = view.frameElement;
            if (!frame)
                return null;
            var r = frame.getBoundingClientRect();
            x += r.left + frame.clientLeft;
            y += r.top + frame.clientTop;
            view = view.parent;
        }
        return { x: x, y: y };
    }
    function leave() {
        if (current === null)
            return;
        current = null;
        if (bridge)
            bridge.left();
    }
    function over(e) {
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
        var offset = offsetOf(a.ownerDocument.defaultView);
        if (offset === null)
            return;
        var r = a.getBoundingClientRect();
        var text = (a.innerText || a.textContent || a.getAttribute('aria-label') || '').slice(0, 2000);
        var inFrame = a.ownerDocument === document ? '' : String(a.ownerDocument.URL).slice(0, 8192);
        bridge.hovered(String(a.href).slice(0, 8192), text, r.left + offset.x, r.top + offset.y, r.width, r.height,
                       inFrame);
    }
    function out(e) {
        // Only towards another element: Chromium also sends a mouseout without one when a page elsewhere (a
        // thumbnail being rendered) is shown. Leaving the view altogether is seen by the view itself (Leave).
        if (current !== null && e.relatedTarget && !current.contains(e.relatedTarget))
            leave();
    }
    // The page, and the frames of its own origin (up to three deep) as they load, also those added later: their
    // links preview too. Frames of other sites cannot be reached from here.
    function watch(doc, depth) {
        if (!doc || doc.__ttcHoverWatched)
            return;
        doc.__ttcHoverWatched = true;
        var view = doc.defaultView;
        doc.addEventListener('mouseover', over, true);
        doc.addEventListener('mouseout', out, true);
        doc.addEventListener('keydown', leave, true);
        doc.addEventListener('mousedown', leave, true);
        if (view) {
            view.addEventListener('scroll', leave, true);
            view.addEventListener('wheel', leave, { capture: true, passive: true });
        }
        if (depth >= 3)
            return;
        followAll(doc, depth + 1);
        if (view && view.MutationObserver) {
            new view.MutationObserver(function (records) {
                for (var i = 0; i < records.length; ++i) {
                    var added = records[i].addedNodes;
                    for (var j = 0; j < added.length; ++j) {
                        var node = added[j];
                        if (node.nodeName === 'IFRAME' || node.nodeName === 'FRAME')
                            follow(node, depth + 1);
                        else if (node.nodeType === 1 && node.firstElementChild)
                            followAll(node, depth + 1);
                    }
                }
            }).observe(doc, { childList: true, subtree: true });
        }
    }
    function followAll(root, depth) {
        var frames = root.querySelectorAll('iframe, frame');
        for (var i = 0; i < frames.length; ++i)
            follow(frames[i], depth);
    }
    function follow(frame, depth) {
        if (frame.__ttcHoverFollowed)
            return;
        frame.__ttcHoverFollowed = true;
        function attach() {
            var inner = null;
            try { inner = frame.contentDocument; } catch (e) { inner = null; }
            if (inner)
                watch(inner, depth);   // the frame's first (blank) document now, its page once loaded
        }
        frame.addEventListener('load', attach);
        attach();
    }
    watch(document, 0);
    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.)JS") + QLatin1String(kHoverBridgeName) + QStringLiteral(R"JS(;
        state.ready = true;
    });
})();
)JS");
    return source;
}

} // namespace ttc::browser

#pragma once

#include "Result.h"
#include "preview/PreviewTypes.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

class QObject;

namespace ttc::browser {

// Where the overlay gets its previews from. `done` is called once on `context`'s thread, and not at all once
// `context` is gone. It may be called before request() returns (cached previews).
class PreviewSource
{
public:
    using Callback = std::function<void(Result<preview::Preview>)>;
    virtual ~PreviewSource() = default;
    virtual void request(const QUrl &url, QObject *context, Callback done) = 0;
    // Whether previews are kept (false for private windows: thumbnails are then not handed back either).
    virtual bool storesPreviews() const { return false; }
    // A rendered snapshot (PNG) of url, for the source to keep with its preview.
    virtual void setThumbnail(const QUrl &url, const QByteArray &png) { Q_UNUSED(url) Q_UNUSED(png) }
    // The bytes of a site icon as served (for the GUI to decode), with the same contract as request(); a source
    // without icons never calls `done`.
    using BytesCallback = std::function<void(Result<QByteArray>)>;
    virtual void fetchFavicon(const QUrl &iconUrl, QObject *context, BytesCallback done)
    {
        Q_UNUSED(iconUrl) Q_UNUSED(context) Q_UNUSED(done)
    }
    // The decoded, scaled site icon (PNG) of url's preview, for the source to keep with it.
    virtual void setFavicon(const QUrl &url, const QByteArray &png) { Q_UNUSED(url) Q_UNUSED(png) }
};

} // namespace ttc::browser

#pragma once

#include "Result.h"
#include "preview/PreviewTypes.h"

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
};

// Knows nothing but the link itself: host as the site and the URL as the title. Used when no preview pipeline is
// available.
class UrlOnlyPreviewSource final : public PreviewSource
{
public:
    void request(const QUrl &url, QObject *context, Callback done) override;
};

} // namespace ttc::browser

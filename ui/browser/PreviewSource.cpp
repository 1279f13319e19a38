#include "PreviewSource.h"

#include <QObject>

namespace ttc::browser {

void UrlOnlyPreviewSource::request(const QUrl &url, QObject *context, Callback done)
{
    if (!context)
        return;
    preview::Preview p;
    p.url = url;
    p.finalUrl = url;
    p.siteName = url.host();
    p.title = url.toDisplayString(QUrl::RemoveUserInfo);
    done(std::move(p));
}

} // namespace ttc::browser

#include "LinkPolicy.h"

namespace ttc::browser {

LinkVerdict classifyLink(const QUrl &link, const QUrl &page)
{
    if (!link.isValid() || link.isRelative())
        return LinkVerdict::Invalid;
    const QString scheme = link.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return LinkVerdict::NotWeb;
    if (link.host().isEmpty())
        return LinkVerdict::Invalid;
    // "#section" on the page itself: the same document, nothing to preview.
    if (page.isValid() && link.hasFragment() &&
        link.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments) ==
            page.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments))
        return LinkVerdict::SamePage;
    return LinkVerdict::Preview;
}

} // namespace ttc::browser

#pragma once

#include <QUrl>

namespace ttc::browser {

// Which hovered links get a preview. Only web pages elsewhere: http(s) links that do not merely point at another
// place of the page being shown. javascript:, mailto:, file:, data:, blob: and friends never do.
enum class LinkVerdict { Preview, NotWeb, SamePage, Invalid };

LinkVerdict classifyLink(const QUrl &link, const QUrl &page);
inline bool isPreviewable(const QUrl &link, const QUrl &page)
{
    return classifyLink(link, page) == LinkVerdict::Preview;
}

} // namespace ttc::browser

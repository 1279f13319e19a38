#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <QVariant>

namespace ttc::browser {

// The links of a page, as the resource bot lists them: grouped by what they lead to.
enum class ResourceGroup { Docs, Downloads, Media, References, Navigation };

struct ResourceLink
{
    QUrl url;
    QString text;
    ResourceGroup group = ResourceGroup::Navigation;
};

struct ResourceLimits
{
    int maxLinks = 2000;
    int maxUrlLength = 4096;
    int maxTextLength = 300;
};

// The group of `url` on a page at `pageUrl`: by the path's file extension first (docs, downloads, media), else
// another site (references) or the same site (navigation; hosts compared without a leading "www.").
ResourceGroup classifyResource(const QUrl &url, const QUrl &pageUrl);

// Turns what the page script returned (a list of {href, text}) into links: only http(s) URLs of sane length, the
// fragment dropped, duplicates removed (first text wins), at most limits.maxLinks. Anything malformed is skipped.
QList<ResourceLink> resourceLinksFromScript(const QVariant &value, const QUrl &pageUrl,
                                            const ResourceLimits &limits = {});

// The script for the isolated world that collects the page's links.
QString resourceScriptSource();

} // namespace ttc::browser

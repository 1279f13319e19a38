#include "preview/LinkPolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace ttc::preview {

namespace {

QString normalizeSite(QString s)
{
    s = s.trimmed().toLower();
    // Accept a pasted URL as well as a bare host.
    if (s.contains(QLatin1String("://")))
        s = QUrl(s).host().toLower();
    while (s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    if (s.startsWith(QLatin1String("www.")))
        s.remove(0, 4);
    return s;
}

bool isTrackingParameter(QStringView rawKey)
{
    const QString key = QUrl::fromPercentEncoding(rawKey.toLatin1()).toLower();
    return key.startsWith(QLatin1String("utm_")) || key == QLatin1String("fbclid") || key == QLatin1String("gclid");
}

bool covers(const QString &site, const QString &host)
{
    return host == site || host.endsWith(QLatin1Char('.') + site);
}

QUrl withoutFragment(QUrl u)
{
    u.setFragment(QString());
    return u.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

LinkPolicy::LinkPolicy(const QStringList &optOutSites)
{
    setOptOutSites(optOutSites);
}

void LinkPolicy::setOptOutSites(const QStringList &sites)
{
    m_optOut.clear();
    for (const QString &s : sites) {
        const QString n = normalizeSite(s);
        if (!n.isEmpty() && !m_optOut.contains(n))
            m_optOut.append(n);
    }
}

LinkPolicy::Verdict LinkPolicy::check(const QUrl &link, const QUrl &currentPage) const
{
    if (link.isEmpty() || !link.isValid())
        return Verdict::Invalid;
    QUrl url = link;
    if (url.isRelative()) {
        // "#top" on its own is a same-page anchor whatever the page is.
        if (url.path().isEmpty() && !url.hasQuery() && url.hasFragment())
            return Verdict::SamePageAnchor;
        if (currentPage.isEmpty() || currentPage.isRelative())
            return Verdict::Invalid;
        url = currentPage.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Verdict::NotHttp;
    if (url.host().isEmpty())
        return Verdict::Invalid;
    if (url.hasFragment() && !currentPage.isEmpty() && withoutFragment(url) == withoutFragment(currentPage))
        return Verdict::SamePageAnchor;
    if (isOptedOut(url))
        return Verdict::OptedOut;
    // "Don't preview links on this site": no previews on its pages, wherever their links lead.
    if (!currentPage.isEmpty() && !currentPage.isRelative() && isOptedOut(currentPage))
        return Verdict::OptedOut;
    return Verdict::Allowed;
}

bool LinkPolicy::isOptedOut(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    return std::any_of(m_optOut.cbegin(), m_optOut.cend(), [&host](const QString &site) { return covers(site, host); });
}

QString LinkPolicy::siteOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    return normalizeSite(url.host());
}

QStringList LinkPolicy::withSite(const QStringList &sites, const QUrl &url)
{
    const QString site = siteOf(url);
    QStringList out = sites;
    if (!site.isEmpty() && !LinkPolicy(sites).isOptedOut(url))
        out.append(site);
    return out;
}

QStringList LinkPolicy::withoutSite(const QStringList &sites, const QUrl &url)
{
    const QString host = url.host().toLower();
    QStringList out;
    for (const QString &s : sites) {
        const QString n = normalizeSite(s);
        if (n.isEmpty() || host.isEmpty() || !covers(n, host))
            out.append(s);
    }
    return out;
}

QString LinkPolicy::explain(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return {};
    case Verdict::Invalid:
        return QCoreApplication::translate("LinkPolicy", "This is not a valid web address.");
    case Verdict::NotHttp:
        return QCoreApplication::translate("LinkPolicy", "Only http and https links are previewed.");
    case Verdict::SamePageAnchor:
        return QCoreApplication::translate("LinkPolicy", "This link points into the same page.");
    case Verdict::OptedOut:
        return QCoreApplication::translate("LinkPolicy", "Previews are turned off for this site.");
    }
    return {};
}

QString LinkPolicy::code(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed: return QStringLiteral("allowed");
    case Verdict::Invalid: return QStringLiteral("invalid");
    case Verdict::NotHttp: return QStringLiteral("not_http");
    case Verdict::SamePageAnchor: return QStringLiteral("same_page");
    case Verdict::OptedOut: return QStringLiteral("opted_out");
    }
    return {};
}

QString LinkPolicy::normalizedKey(const QUrl &input)
{
    QUrl url = input;
    url.setFragment(QString());
    url.setUserInfo(QString());
    const QString scheme = url.scheme().toLower();
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1String("http") && url.port() == 80) || (scheme == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    if (url.path().isEmpty() && !url.host().isEmpty())
        url.setPath(QStringLiteral("/"));
    if (url.hasQuery()) {
        const QString query = url.query(QUrl::FullyEncoded);
        QStringList kept;
        for (QStringView part : QStringView(query).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (!isTrackingParameter(eq < 0 ? part : part.left(eq)))
                kept.append(part.toString());
        }
        if (kept.isEmpty())
            url.setQuery(QString());
        else
            url.setQuery(kept.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace ttc::preview

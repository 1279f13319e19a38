#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ttc::preview {

// Which links may be previewed, and the cache key of a URL. Pure and cheap: called on every hover.
class LinkPolicy
{
public:
    enum class Verdict {
        Allowed,
        Invalid,         // empty or unparsable
        NotHttp,         // javascript:, mailto:, file:, data:, ftp:, ... (only http and https are fetched)
        SamePageAnchor,  // "#section" or the current page with a fragment
        OptedOut,        // the link's host, or the host of the page it is on, is on the user's opt-out list
    };

    // optOutSites: host names ("example.com" also covers "www.example.com" and every other subdomain).
    explicit LinkPolicy(const QStringList &optOutSites = {});

    void setOptOutSites(const QStringList &sites);
    QStringList optOutSites() const { return m_optOut; }

    // currentPage: the page the link is on (for same-page anchors, and a page on an opted-out site previews
    // nothing); may be empty. A relative url is resolved against currentPage first.
    Verdict check(const QUrl &url, const QUrl &currentPage = {}) const;
    bool allows(const QUrl &url, const QUrl &currentPage = {}) const { return check(url, currentPage) == Verdict::Allowed; }

    // Whether url's host is covered by the opt-out list (the site itself or one of its parent domains).
    bool isOptedOut(const QUrl &url) const;

    // The site of an http(s) URL as the opt-out list keeps it: lowercase host without "www."; empty otherwise.
    static QString siteOf(const QUrl &url);
    // The opt-out list with url's site added (once), or with every entry that covers url's host removed.
    static QStringList withSite(const QStringList &sites, const QUrl &url);
    static QStringList withoutSite(const QStringList &sites, const QUrl &url);

    // A translated sentence saying why a link is not previewed; empty for Allowed.
    static QString explain(Verdict verdict);
    // A stable machine word for a verdict: "allowed", "invalid", "not_http", "same_page", "opted_out".
    static QString code(Verdict verdict);

    // The cache key of a URL: lowercase scheme and host, no fragment, no user info, default port removed, empty
    // path as "/", tracking parameters (utm_*, fbclid, gclid) dropped; other parameters keep their order and encoding.
    static QString normalizedKey(const QUrl &url);

private:
    QStringList m_optOut;  // lowercased, without leading dots or "www."
};

} // namespace ttc::preview

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ttc::preview {

// What a link leads to, as far as a preview needs to know. Every text field is plain text taken from untrusted
// pages: it is shown literally (never as rich text or HTML) and never interpreted.
struct Preview
{
    enum class Kind { Html, Image, Pdf, Other };

    QUrl url;                // as asked for
    QUrl finalUrl;           // after redirects
    int status = 0;          // HTTP status of the final response
    Kind kind = Kind::Html;
    QString contentType;     // e.g. "text/html", "image/png", "application/pdf"
    QString title;
    QString siteName;
    QString description;     // the page's own description, else an excerpt of its main text
    QString byline;
    QString published;       // ISO 8601 as the page states it, or empty
    QString lang;            // BCP 47 tag, or empty
    QUrl favicon;
    QUrl image;              // lead image
    double readingMinutes = 0;
    QString summary;         // extractive, 2-3 sentences, works offline
    QString mainText;        // the article text, paragraphs separated by blank lines
    QByteArray thumbnailPng; // rendered snapshot when one was made (GUI side only), else empty
    QByteArray faviconPng;   // the site icon, decoded and scaled by the GUI (at most 64 px), else empty
    qint64 fetchedAtMs = 0;
    bool fromCache = false;
};

} // namespace ttc::preview

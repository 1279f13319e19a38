#pragma once

#include <QString>
#include <QUrl>

namespace ttc::browser {

// What the address bar makes of `input`: a URL as typed (web, file, about, data, view-source), a host name as
// https:// (http:// for localhost and loopback addresses), anything else a query for `searchTemplate`, whose "%s"
// is replaced by the percent-encoded query. Empty input gives an empty URL.
QUrl urlFromInput(const QString &input, const QString &searchTemplate);

} // namespace ttc::browser

#pragma once

#include "preview/PreviewTypes.h"

#include <QJsonObject>

namespace ttc::preview {

// The JSON of `ttc preview --json` (DESIGN §2), exactly these fields: url, final_url, status, title, site_name,
// description, byline, published, lang, favicon, image, reading_minutes, summary, main_text.
QJsonObject toCliJson(const Preview &preview);

// The cache's `data` column: every field except the thumbnail and favicon (kept in their own blob columns) and
// fromCache.
QJsonObject toStorageJson(const Preview &preview);
Preview fromStorageJson(const QJsonObject &object);

QString kindName(Preview::Kind kind);  // "html", "image", "pdf", "other"

} // namespace ttc::preview

#pragma once

#include <QByteArray>
#include <QMap>

namespace ttc::test {

struct MultipartPart
{
    QByteArray disposition;
    QByteArray contentType;
    QByteArray body;
};

// A strict multipart/form-data reader for checking uploads: every part must be well formed and the body must end
// with the closing boundary (*ok false otherwise). Parts by their form field name.
QMap<QByteArray, MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body, bool *ok);

} // namespace ttc::test

#include "Multipart.h"

#include <QRegularExpression>

namespace ttc::test {

QMap<QByteArray, MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body, bool *ok)
{
    *ok = false;
    QMap<QByteArray, MultipartPart> parts;
    const qsizetype b = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data;") || b < 0)
        return parts;
    const QByteArray boundary = "--" + contentType.mid(b + 9);
    if (!body.startsWith(QByteArray(boundary + "\r\n")) || !body.endsWith(QByteArray(boundary + "--\r\n")))
        return parts;
    qsizetype pos = boundary.size() + 2;
    while (pos < body.size()) {
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + boundary), headEnd);
        if (headEnd < 0 || next < 0)
            return parts;
        MultipartPart p;
        for (const QByteArray &line : body.mid(pos, headEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-disposition:"))
                p.disposition = l.mid(20).trimmed();
            else if (l.toLower().startsWith("content-type:"))
                p.contentType = l.mid(13).trimmed();
        }
        p.body = body.mid(headEnd + 4, next - headEnd - 4);
        const QRegularExpression name(QStringLiteral("name=\"([^\"]+)\""));
        const auto m = name.match(QString::fromUtf8(p.disposition));
        if (!m.hasMatch())
            return parts;
        parts.insert(m.captured(1).toUtf8(), p);
        pos = next + 2 + boundary.size();
        if (body.mid(pos, 2) == "--") {
            *ok = true;
            return parts;
        }
        pos += 2;
    }
    return parts;
}

} // namespace ttc::test

#include "preview/PreviewJson.h"

namespace ttc::preview {

namespace {

QString urlText(const QUrl &u)
{
    return u.isEmpty() ? QString() : u.toString(QUrl::FullyEncoded);
}

Preview::Kind kindFrom(const QString &name)
{
    if (name == QLatin1String("image"))
        return Preview::Kind::Image;
    if (name == QLatin1String("pdf"))
        return Preview::Kind::Pdf;
    if (name == QLatin1String("other"))
        return Preview::Kind::Other;
    return Preview::Kind::Html;
}

} // namespace

QString kindName(Preview::Kind kind)
{
    switch (kind) {
    case Preview::Kind::Html: return QStringLiteral("html");
    case Preview::Kind::Image: return QStringLiteral("image");
    case Preview::Kind::Pdf: return QStringLiteral("pdf");
    case Preview::Kind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QJsonObject toCliJson(const Preview &p)
{
    return QJsonObject{{QStringLiteral("url"), urlText(p.url)},
                       {QStringLiteral("final_url"), urlText(p.finalUrl)},
                       {QStringLiteral("status"), p.status},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("site_name"), p.siteName},
                       {QStringLiteral("description"), p.description},
                       {QStringLiteral("byline"), p.byline},
                       {QStringLiteral("published"), p.published},
                       {QStringLiteral("lang"), p.lang},
                       {QStringLiteral("favicon"), urlText(p.favicon)},
                       {QStringLiteral("image"), urlText(p.image)},
                       {QStringLiteral("reading_minutes"), p.readingMinutes},
                       {QStringLiteral("summary"), p.summary},
                       {QStringLiteral("main_text"), p.mainText}};
}

QJsonObject toStorageJson(const Preview &p)
{
    QJsonObject o = toCliJson(p);
    o.insert(QStringLiteral("kind"), kindName(p.kind));
    o.insert(QStringLiteral("content_type"), p.contentType);
    o.insert(QStringLiteral("fetched_at"), double(p.fetchedAtMs));
    return o;
}

Preview fromStorageJson(const QJsonObject &o)
{
    Preview p;
    p.url = QUrl(o.value(QLatin1String("url")).toString());
    p.finalUrl = QUrl(o.value(QLatin1String("final_url")).toString());
    p.status = o.value(QLatin1String("status")).toInt();
    p.kind = kindFrom(o.value(QLatin1String("kind")).toString());
    p.contentType = o.value(QLatin1String("content_type")).toString();
    p.title = o.value(QLatin1String("title")).toString();
    p.siteName = o.value(QLatin1String("site_name")).toString();
    p.description = o.value(QLatin1String("description")).toString();
    p.byline = o.value(QLatin1String("byline")).toString();
    p.published = o.value(QLatin1String("published")).toString();
    p.lang = o.value(QLatin1String("lang")).toString();
    p.favicon = QUrl(o.value(QLatin1String("favicon")).toString());
    p.image = QUrl(o.value(QLatin1String("image")).toString());
    p.readingMinutes = o.value(QLatin1String("reading_minutes")).toDouble();
    p.summary = o.value(QLatin1String("summary")).toString();
    p.mainText = o.value(QLatin1String("main_text")).toString();
    p.fetchedAtMs = qint64(o.value(QLatin1String("fetched_at")).toDouble());
    return p;
}

} // namespace ttc::preview

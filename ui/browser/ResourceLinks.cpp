#include "ResourceLinks.h"

#include <QFileInfo>
#include <QSet>

namespace ttc::browser {

namespace {

QString siteOf(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

} // namespace

ResourceGroup classifyResource(const QUrl &url, const QUrl &pageUrl)
{
    static const QSet<QString> docs = {
        QStringLiteral("pdf"), QStringLiteral("doc"), QStringLiteral("docx"), QStringLiteral("odt"),
        QStringLiteral("ods"), QStringLiteral("odp"), QStringLiteral("xls"), QStringLiteral("xlsx"),
        QStringLiteral("ppt"), QStringLiteral("pptx"), QStringLiteral("rtf"), QStringLiteral("md"),
        QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("epub"), QStringLiteral("tex")};
    static const QSet<QString> downloads = {
        QStringLiteral("zip"), QStringLiteral("tar"), QStringLiteral("gz"), QStringLiteral("tgz"),
        QStringLiteral("bz2"), QStringLiteral("xz"), QStringLiteral("zst"), QStringLiteral("7z"),
        QStringLiteral("rar"), QStringLiteral("dmg"), QStringLiteral("exe"), QStringLiteral("msi"),
        QStringLiteral("deb"), QStringLiteral("rpm"), QStringLiteral("apk"), QStringLiteral("appimage"),
        QStringLiteral("flatpak"), QStringLiteral("iso"), QStringLiteral("img"), QStringLiteral("pkg"),
        QStringLiteral("jar"), QStringLiteral("whl")};
    static const QSet<QString> media = {
        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("svg"), QStringLiteral("avif"), QStringLiteral("bmp"),
        QStringLiteral("ico"), QStringLiteral("mp3"), QStringLiteral("ogg"), QStringLiteral("oga"),
        QStringLiteral("opus"), QStringLiteral("flac"), QStringLiteral("wav"), QStringLiteral("m4a"),
        QStringLiteral("aac"), QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mkv"),
        QStringLiteral("mov"), QStringLiteral("avi"), QStringLiteral("ogv"), QStringLiteral("m4v")};

    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    if (!suffix.isEmpty()) {
        if (docs.contains(suffix))
            return ResourceGroup::Docs;
        if (downloads.contains(suffix))
            return ResourceGroup::Downloads;
        if (media.contains(suffix))
            return ResourceGroup::Media;
    }
    return siteOf(url) == siteOf(pageUrl) ? ResourceGroup::Navigation : ResourceGroup::References;
}

QList<ResourceLink> resourceLinksFromScript(const QVariant &value, const QUrl &pageUrl, const ResourceLimits &limits)
{
    QList<ResourceLink> links;
    QSet<QUrl> seen;
    const QVariantList list = value.toList();
    for (const QVariant &entry : list) {
        if (links.size() >= limits.maxLinks)
            break;
        const QVariantMap map = entry.toMap();
        const QString href = map.value(QStringLiteral("href")).toString();
        if (href.isEmpty() || href.size() > limits.maxUrlLength)
            continue;
        QUrl url(href, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            continue;
        url.setFragment(QString());
        if (seen.contains(url))
            continue;
        seen.insert(url);
        QString text = map.value(QStringLiteral("text")).toString().simplified();
        if (text.size() > limits.maxTextLength)
            text = text.left(limits.maxTextLength - 1) + QChar(0x2026);
        links.append({url, text, classifyResource(url, pageUrl)});
    }
    return links;
}

QString resourceScriptSource()
{
    // Runs in the isolated world: it reads the DOM, which pages' own scripts cannot tamper with from there.
    // Links in frames of the page's own origin count too (an embedded table of contents, a docs index); frames of
    // other origins cannot be read from here and are left out.
    return QStringLiteral(R"JS((function () {
  var out = [];
  function collect(doc, depth) {
    var anchors = doc.querySelectorAll('a[href], area[href]');
    for (var i = 0; i < anchors.length && out.length < 2000; ++i) {
      var a = anchors[i];
      var href = String(a.href || '');
      if (href.length > 4096) continue;
      var text = String(a.innerText || a.textContent || a.getAttribute('title') || '').trim();
      out.push({href: href, text: text.slice(0, 300)});
    }
    if (depth >= 3) return;
    var frames = doc.querySelectorAll('iframe, frame');
    for (var j = 0; j < frames.length && out.length < 2000; ++j) {
      var inner = null;
      try { inner = frames[j].contentDocument; } catch (e) { inner = null; }
      if (inner) collect(inner, depth + 1);
    }
  }
  collect(document, 0);
  return out;
})())JS");
}

} // namespace ttc::browser

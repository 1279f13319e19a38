#include "AddressInput.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ttc::browser {

QUrl urlFromInput(const QString &input, const QString &searchTemplate)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const bool hasSpace = text.contains(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
    if (!hasSpace && scheme.match(text).hasMatch()) {
        const QUrl url(text, QUrl::StrictMode);
        const QString s = url.scheme().toLower();
        // "localhost:8080" parses as scheme "localhost": only real schemes count.
        if (url.isValid() && (s == QLatin1String("http") || s == QLatin1String("https") ||
                              s == QLatin1String("file") || s == QLatin1String("about") ||
                              s == QLatin1String("data") || s == QLatin1String("view-source")))
            return url;
    }
    if (!hasSpace) {
        // A host name, an address or localhost, with optional port and path.
        const QUrl guess(QStringLiteral("http://") + text, QUrl::StrictMode);
        const QString host = guess.host();
        const bool looksLikeHost = guess.isValid() && !host.isEmpty() &&
                                   (host.contains(QLatin1Char('.')) || host == QLatin1String("localhost") ||
                                    !QHostAddress(host).isNull());
        if (looksLikeHost) {
            const bool local = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
            return QUrl((local ? QStringLiteral("http://") : QStringLiteral("https://")) + text);
        }
    }
    QString tmpl = searchTemplate;
    if (!tmpl.contains(QLatin1String("%s")))
        tmpl = QStringLiteral("https://duckduckgo.com/?q=%s");
    const QString query = QString::fromUtf8(QUrl::toPercentEncoding(text));
    return QUrl(tmpl.replace(QLatin1String("%s"), query), QUrl::StrictMode);
}

} // namespace ttc::browser

#include "providers/LocalProvider.h"

#include <QCoreApplication>

namespace ttc::providers {

QString LocalProvider::displayName() const
{
    return QCoreApplication::translate("Providers", "Local server");
}

QList<QUrl> LocalProvider::candidateBaseUrls()
{
    return {QUrl(QStringLiteral("http://127.0.0.1:11434/v1")), QUrl(QStringLiteral("http://127.0.0.1:8080/v1"))};
}

} // namespace ttc::providers

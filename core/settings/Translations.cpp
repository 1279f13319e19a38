#include "settings/Translations.h"

#include "log/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace ttc {

QStringList Translations::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tooltip-companion_*.qm")});
    for (const QString &file : files)
        codes << file.mid(18, file.size() - 18 - 3);
    return codes;
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

Translations::Installed Translations::install(const QString &setting)
{
    const QLocale locale = setting.isEmpty() ? QLocale::system() : QLocale(setting);
    QLocale::setDefault(locale);

    auto *app = QCoreApplication::instance();
    auto own = std::make_unique<QTranslator>(app);
    // QTranslator::load(locale, …) walks the locale's UI languages ("de-AT", "de") and stops at English.
    if (!own->load(locale, QStringLiteral("tooltip-companion"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return {locale, false};
    QCoreApplication::installTranslator(own.release());
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.release());
    return {locale, true};
}

void Translations::log(const Installed &installed)
{
    const QLocale &locale = installed.locale;
    if (installed.translated)
        qCInfo(lcApp).noquote() << "user interface language:" << locale.name();
    else if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        qCInfo(lcApp).noquote() << "no translation for" << locale.name() << "- using English";
}

} // namespace ttc

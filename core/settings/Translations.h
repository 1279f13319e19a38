#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ttc {

// The user interface language: the system's, unless the "general/language" setting names one (e.g. "de").
// Installs the project's own translations (compiled into the app and ttc under :/i18n) and Qt's for the same
// language (standard dialogs, context menus, command-line help). English needs no translation files.
class Translations
{
public:
    // Languages the app ships, as codes ("de", "es", "fr"), English first as "en".
    static QStringList available();
    // A human name of a language in that language ("Deutsch"), for menus.
    static QString nativeName(const QString &code);

    struct Installed
    {
        QLocale locale;
        bool translated = false; // a catalog of ours was found for it (English needs none)
    };

    // Picks the language for `setting` (empty: the system's), makes it the default locale, installs the translators
    // on the application and returns what it chose. Call once, after the QCoreApplication exists and before any
    // text is built. It logs nothing, so that a command line can call it before its log exists: see log().
    static Installed install(const QString &setting);
    // Says in the log which language the user interface speaks.
    static void log(const Installed &installed);
};

} // namespace ttc

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ttc {

// The user interface language: the system's, unless the "general/language" setting names one (e.g. "de").
// Installs the app's own translations (compiled in under :/i18n) and Qt's for the same language (standard dialogs,
// context menus). English needs no translation files.
class Translations
{
public:
    // Languages the app ships, as codes ("de", "es", "fr"), English first as "en".
    static QStringList available();
    // A human name of a language in that language ("Deutsch"), for menus.
    static QString nativeName(const QString &code);

    // Picks the language for `setting` (empty: the system's), installs the translators on the application and
    // returns the chosen locale. Call once, after the QCoreApplication exists and before any window is built.
    static QLocale install(const QString &setting);
};

} // namespace ttc

#pragma once
/**
 * @file LanguageManager.h
 * Loads the console's translation (German, French or English) and Qt's own qtbase translation
 * from QLibraryInfo::path(QLibraryInfo::TranslationsPath), and switches them at run time (every
 * widget then receives QEvent::LanguageChange and retranslates itself).
 */
#include <QString>
#include <QStringList>

namespace ra::ui {

class LanguageManager
{
public:
    /// The languages of the console: "en", "de", "fr".
    static QStringList available();
    /// The native name of a language ("Deutsch", "Français", "English").
    static QString nativeName(const QString& code);
    /// @p code "en", "de" or "fr"; empty = the system language when available, else English.
    /// Returns the language now in use.
    static QString apply(const QString& code);
    /// The language in use.
    static QString current();
    /// Whether Qt's own translation (qtbase_<code>.qm) was found for the language in use.
    static bool qtTranslationLoaded();
};

} // namespace ra::ui

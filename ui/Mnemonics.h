#pragma once
/**
 * @file Mnemonics.h
 * Alt+letter mnemonics for texts that come from data (ADML presentation labels, target names):
 * a label without one gets the first letter that no other control of its window uses, so that
 * every labelled input can be reached with Alt+letter and no two controls share a letter
 * (Qt only focuses, and does not activate, a control whose mnemonic is ambiguous).
 */
#include <QChar>
#include <QSet>
#include <QString>

class QWidget;

namespace ra::ui {

class Mnemonics
{
public:
    /// The mnemonic letter of @p text, upper case ("S&ort" → 'O'); a null QChar when there is none
    /// ("&&" is a literal ampersand).
    static QChar key(const QString& text);

    /**
     * The letters taken in @p scope: the mnemonics of its buttons, group boxes, tab bars and
     * labels with a buddy (shown or not, e.g. the pages of a tab widget), and the menu bar titles
     * of its window. Labels under @p except are left out.
     */
    static QSet<QChar> used(const QWidget* scope, const QWidget* except = nullptr);

    /**
     * @p text with a mnemonic on the first letter not in @p used: A to Z before other letters
     * and digits, the first letter of a word before the others; the letter is added to @p used.
     * A literal '&' is escaped. When every letter is taken, the text is returned without one.
     */
    static QString withMnemonic(const QString& text, QSet<QChar>& used);

    /**
     * Gives every label under @p root that has a buddy and no mnemonic one that no control of
     * @p scope (see used()) has, the label with the fewest free letters first. Labels that have
     * one keep it. Call again after a rebuild: a label whose mnemonic was given by this function
     * gets a new one.
     */
    static void assignMissing(QWidget* root, const QWidget* scope);
};

} // namespace ra::ui

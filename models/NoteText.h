#pragma once
/**
 * @file NoteText.h
 * A reader's note (core/Note.h) in the user's language, built from its code and arguments.
 */
#include "core/Note.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ra {

/**
 * Translated texts of the notes GroupPolicy::read, GpoBackupReader::open and RegFile::toEntries
 * make (the codes are listed with GroupPolicyReadResult::notes, GpoBackupOpenResult::notes and
 * RegFile::toEntries), in the context "ra::NoteText". Without a translator the text
 * equals Note::message byte for byte (TestNoteText checks every code); a note without a code, with
 * an unknown one or unexpected arguments is shown as written.
 */
class NoteText
{
    Q_DECLARE_TR_FUNCTIONS(ra::NoteText)
public:
    /// The note in the current language.
    static QString text(const Note& note);
    /// True when text() is built from the note's code and arguments.
    static bool isTranslatable(const Note& note);
    /// Every code this class has a template for, sorted.
    static QStringList knownCodes();
};

} // namespace ra

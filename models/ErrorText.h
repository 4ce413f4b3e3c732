#pragma once
/**
 * @file ErrorText.h
 * An engine error (core/Error.h) in the user's language, built from its code, args and location,
 * with a hint what to do next.
 */
#include "core/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <exception>

namespace ra {

/**
 * Translated texts of ra::Error, in the context "ra::ErrorText". message() reads
 * "<file>: <where>: <reason>" like Error::what(), with the location (ErrorLocation) and the
 * reason (a whole-sentence template per code of the table in core/Error.h, %1…%n for
 * Error::args, the cause's reason where the code has one) in the current language; the file
 * stays as it is.
 *
 * Without a translator message() equals what() byte for byte (TestErrorText checks every
 * code). An error without a code, with an unknown one or with args that do not fit, and any
 * other std::exception, is shown as written.
 */
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ra::ErrorText)
public:
    /// "<file>: <where>: <reason>" in the current language (what() for other exceptions).
    static QString message(const std::exception& error);
    /// What to do next, in the current language; empty when the message says it already.
    static QString hint(const std::exception& error);
    /// message(), and hint() on a line of its own when there is one: what a dialog or log shows.
    static QString text(const std::exception& error);

    /// The reason alone in the current language (Error::reason() when not translatable).
    static QString reason(const Error& error);
    /// The location in the current language ("offset 1234" → "Offset 1234"); empty for none.
    static QString location(const ErrorLocation& location);

    /// True when reason() is built from the code and args (and the cause's, where there is one).
    static bool isTranslatable(const Error& error);
    /// Every code this class has a template for ("file.open-read", "pol.signature", …), sorted.
    static QStringList knownCodes();
};

} // namespace ra

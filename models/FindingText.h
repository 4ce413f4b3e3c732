#pragma once
/**
 * @file FindingText.h
 * The message and hint of a validation or lint finding (core/Finding.h) in the user's
 * language, built from the finding's code and arguments.
 */
#include "core/Finding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ra {

/**
 * Translated texts of findings. core/ writes English messages (ra-policy prints them); the
 * console shows findings through this class instead: every code has whole-sentence templates
 * in the context "ra::FindingText" with %1…%n for Finding::args (see the tables in
 * core/Validator.h and core/Linter.h), and catalog texts (policy names, option labels, enum
 * items, editions, Windows families) are looked up translated from their ids.
 *
 * Without a translator the texts equal Finding::message and Finding::hint byte for byte
 * (TestFindingText checks every code). A finding with an unknown code or unexpected arguments
 * keeps its English message and hint.
 */
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(ra::FindingText)
public:
    /// The message of @p finding in the current language.
    static QString message(const Finding& finding);
    /// The fix hint of @p finding in the current language; empty when it has none.
    static QString hint(const Finding& finding);
    /// True when @p finding's code is known and its arguments fit the code's templates, so that
    /// message() and hint() are built from them (false: they are Finding::message and ::hint).
    static bool isTranslatable(const Finding& finding);
    /// Every code this class has templates for ("helper.upn", "offer.firewall", …), sorted.
    static QStringList knownCodes();
};

} // namespace ra

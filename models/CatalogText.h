#pragma once
/**
 * @file CatalogText.h
 * The product's own texts of the built-in catalog (core/Catalog.h is English and Qt-free) as
 * translatable, user-visible QStrings, plus the names of states, severities and editions.
 */
#include "core/Catalog.h"
#include "core/Configuration.h"
#include "core/Finding.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

/**
 * Translations of catalog strings. Each function returns the translation of the catalog's
 * English text in the context "ra::CatalogText" (the English text itself when there is none).
 */
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(ra::CatalogText)
public:
    /// The GP English name, e.g. "Configure Offer Remote Assistance".
    static QString policyName(PolicyId id);
    /// The product's own summary of the policy.
    static QString policySummary(PolicyId id);
    /// "At least Windows Vista", …
    static QString supportedOn(PolicyId id);
    /// The presentation label of an element, e.g. "Helpers:".
    static QString elementLabel(PolicyId id, const QString& elementId);
    /// The product's own one-line description of an element.
    static QString elementSummary(PolicyId id, const QString& elementId);
    /// The label of an enum item with @p value; empty when there is no such item.
    static QString enumItemLabel(PolicyId id, const QString& elementId, std::uint32_t value);
    /// "Home", "Pro", …, "Mobile Enterprise".
    static QString editionName(Edition edition);
    /// "Not configured", "Enabled", "Disabled".
    static QString stateName(PolicyState state);
    /// "Error", "Warning", "Information".
    static QString severityName(Severity severity);
    /// "Added in Windows 10, version 1607." for footnote 1; empty for an unknown number.
    static QString footnoteText(int number);

    /// Translates any English catalog text (the context above); used by the functions above.
    static QString translateCatalog(const std::string& english);
    /// Every catalog text that is offered for translation (for the test that keeps the
    /// translation list complete).
    static QStringList translatableCatalogTexts();
};

} // namespace ra

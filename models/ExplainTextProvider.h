#pragma once
/**
 * @file ExplainTextProvider.h
 * The help texts and labels the console shows for the four policies: Microsoft's verbatim
 * explain text and labels read at run time from remoteassistance.adml when an ADMX folder is
 * configured, else the product's own summary and labels (CatalogText).
 *
 * The explain text follows the language fallback down to en-US (Microsoft's words in another
 * language rather than none). The names and labels come from the ADML only when it is in the
 * console's language (labelsFromAdml()): a German console with only en-US templates keeps its
 * German policy names, option labels and choices, and shows Microsoft's English explain text.
 */
#include "core/Catalog.h"
#include "models/AdmxDefinitions.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ra {

class ExplainTextProvider : public QObject
{
    Q_OBJECT
public:
    /// Where the texts come from.
    enum class Source { BuiltIn, Adml };
    Q_ENUM(Source)

    /// No ADMX folder: built-in texts. Call setAdmxFolder() to use the ADML.
    explicit ExplainTextProvider(QObject* parent = nullptr);
    ~ExplainTextProvider() override;

    /// C:\Windows\PolicyDefinitions (from %SystemRoot%) on Windows; empty elsewhere.
    static QString systemAdmxFolder();

    /**
     * Uses remoteassistance.admx in @p folder and its .adml for @p locale (QLocale name such as
     * "de_DE" or just "de"; empty = the system locale), with the fallback `<lang>-<REGION>` →
     * `<lang>` → another region of `<lang>` (de → de-DE) → en-US (AdmxReader::findAdml).
     * An empty folder switches to the built-in texts. When the files cannot be read, the
     * built-in texts are used and errorString() says why. Emits changed().
     */
    void setAdmxFolder(const QString& folder, const QString& locale = QString());
    QString admxFolder() const { return m_folder; }
    QString locale() const { return m_locale; }

    Source source() const { return m_source; }
    /// The .adml in use (empty for built-in texts).
    QString admlPath() const;
    /// The language folder of the .adml in use, e.g. "en-US" (empty for built-in texts).
    QString admlLanguage() const;
    /// Why the ADMX folder could not be used (file, line and column); empty when it is used.
    QString errorString() const { return m_error; }

    /// Whether names and labels come from the ADML: it is read and in the console's language
    /// (its language folder's language is the locale's, e.g. de-DE or de for "de_AT").
    bool labelsFromAdml() const;

    /// The explain text: verbatim from the ADML (whatever its language), else the product's summary.
    QString explainText(PolicyId id) const;
    /// The policy's display name (ADML string when labelsFromAdml(), else CatalogText::policyName).
    QString displayName(PolicyId id) const;
    /// A presentation label, e.g. "Helpers:" (ADML presentation, else the catalog label).
    QString elementLabel(PolicyId id, const QString& elementId) const;
    /// An enum item label (ADML string, else the catalog label).
    QString enumItemLabel(PolicyId id, const QString& elementId, std::uint32_t value) const;
    /// The display name of the category: "Remote Assistance".
    QString categoryName() const;

Q_SIGNALS:
    /// The folder, language or source changed: every text may be different.
    void changed();

private:
    QString admlString(const QString& reference) const;
    QString m_folder;
    QString m_locale;
    QString m_error;
    Source m_source = Source::BuiltIn;
    std::unique_ptr<admx::AdmxFile> m_admx;
    std::unique_ptr<admx::AdmlFile> m_adml;
};

} // namespace ra

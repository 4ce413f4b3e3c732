#pragma once
/**
 * @file DocumentPropertiesDialog.h
 * File > Properties: where the open document comes from and, for a profile, its provenance —
 * who wrote it, on which computer, with which product version, when it was created and last
 * changed — and, per policy, whether the profile speaks about it and its comment.
 */
#include "core/Profile.h"

#include <QDialog>

#include <optional>
#include <string>

class QLabel;
class QTreeWidget;

namespace ra {
class PolicyDocument;
}

namespace ra::ui {

class DocumentPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    /// The rows of the form.
    enum class Field { Source, Author, Computer, ProductVersion, Created, Modified };

    /// @p provenance: the opened or last saved profile's, std::nullopt when the document did not
    /// come from a profile (New, registry.pol, GPO backup, .reg, LGPO text).
    DocumentPropertiesDialog(const ra::PolicyDocument* document, const std::optional<Provenance>& provenance,
                             QWidget* parent = nullptr);

    /// The value shown for @p field ("—" when the profile does not say).
    QString fieldText(Field field) const;
    QLabel* fieldLabel(Field field) const;
    /// The note shown when there is no provenance (hidden otherwise).
    QLabel* noProvenanceLabel() const { return m_noProvenance; }
    /// One row per policy: name, "Yes"/"No" (part of the profile), state, comment.
    QTreeWidget* policies() const { return m_policies; }

    /// An ISO 8601 UTC time ("2026-11-22T10:00:00Z") in the local time zone and the current
    /// language's short format; the text as written when it does not parse, "—" when empty.
    static QString timeText(const std::string& isoUtc);

private:
    QLabel* m_fields[6] = {};
    QLabel* m_noProvenance;
    QTreeWidget* m_policies;
};

} // namespace ra::ui

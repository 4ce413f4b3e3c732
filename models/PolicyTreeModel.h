#pragma once
/**
 * @file PolicyTreeModel.h
 * The tree of the main window, as in the Group Policy editor:
 * Computer Configuration > Administrative Templates > System > Remote Assistance > the four
 * policies (catalog order). One column. Follows the PolicyDocument and the ExplainTextProvider.
 */
#include "core/Catalog.h"
#include "models/ExplainTextProvider.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <optional>

namespace ra {

class PolicyDocument;

class PolicyTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    /// What a node is.
    enum class NodeKind { Category, Policy };
    Q_ENUM(NodeKind)

    /// The fixed category nodes, root first.
    enum class CategoryNode { ComputerConfiguration, AdministrativeTemplates, System, RemoteAssistance };
    Q_ENUM(CategoryNode)

    /**
     * Data roles (also served through AllSettingsModel). Policy roles are invalid QVariants on
     * category nodes, except PolicyIdRole (-1).
     */
    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< int (NodeKind)
        PolicyIdRole,            ///< int: ra::index(PolicyId), -1 for a category
        StateRole,               ///< int (ra::PolicyState)
        /// QString: "Not configured" / "Enabled" / "Disabled", or "Not part of this profile" for a
        /// policy the document leaves out (translated)
        StateTextRole,
        CspNameRole,             ///< QString: "UnsolicitedRemoteAssistance"
        GpNameRole,              ///< QString: "RA_Unsolicit"
        GpEnglishNameRole,       ///< QString: "Configure Offer Remote Assistance" (untranslated)
        OmaUriRole,              ///< QString: "./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/…"
        RegistryKeyRole,         ///< QString: the policy's key (no hive)
        RegistryValueNamesRole,  ///< QStringList: policy value, then each element's value name
        ExplainTextRole,         ///< QString: ExplainTextProvider::explainText (ADML or summary)
        SummaryRole,             ///< QString: the product's own summary (translated)
        SupportedOnRole,         ///< QString: "At least Windows Vista" (translated)
        CommentRole,             ///< QString: the document's comment of the policy
        /// bool: whether the policy is part of the document (PolicyDocument::isIncluded); a
        /// left-out policy is also shown in italics, with a tool tip saying so
        IncludedRole,
    };
    Q_ENUM(Role)

    /**
     * @p document must outlive the model. @p texts may be nullptr (built-in texts); when given
     * it must outlive the model too.
     */
    explicit PolicyTreeModel(PolicyDocument* document, ExplainTextProvider* texts = nullptr,
                             QObject* parent = nullptr);
    ~PolicyTreeModel() override;

    PolicyDocument* document() const { return m_document; }
    ExplainTextProvider* explainTexts() const { return m_texts; }

    /// The index of a policy (column 0).
    QModelIndex indexOf(PolicyId id) const;
    /// The index of a category node (column 0).
    QModelIndex indexOf(CategoryNode node) const;
    /// The policy at @p index; std::nullopt for categories and invalid indexes.
    static std::optional<PolicyId> policyAt(const QModelIndex& index);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// StateRole (int PolicyState) and CommentRole (QString) edit the document (undoable).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Tells the views that every text changed: the four category rows, the policies and the
    /// header (call on QEvent::LanguageChange).
    void retranslate();

private:
    void onPolicyChanged(PolicyId id);
    void onAllChanged();
    QVariant categoryData(int node, int role) const;
    QVariant policyData(PolicyId id, int role) const;

    PolicyDocument* m_document;
    QPointer<ExplainTextProvider> m_texts;
};

} // namespace ra

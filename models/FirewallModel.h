#pragma once
/**
 * @file FirewallModel.h
 * The firewall exceptions Offer Remote Assistance needs (core/Firewall.h) as a tree: one
 * checkable row per Windows version family, its ports, programs and other exceptions as
 * children. The checked families feed the "copy netsh / PowerShell" buttons.
 */
#include "core/Firewall.h"

#include <QAbstractItemModel>

#include <vector>

namespace ra {

class FirewallModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ExceptionColumn = 0, KindColumn = 1, ProfileColumn = 2 };
    Q_ENUM(Column)

    /// What a row is.
    enum class Kind { Family, Port, Program, OtherException };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< int (Kind)
        FamilyRole,                  ///< int (ra::WindowsFamily) of the family or its child
        FamilyIdRole,                ///< QString: "vista", "xp-sp2", "server2003-sp1"
    };
    Q_ENUM(Role)

    /// Every family of Firewall::requirements(); "Windows Vista and later" is checked.
    explicit FirewallModel(QObject* parent = nullptr);

    /// The translated title of @p family ("Windows Vista and later", …).
    static QString familyTitle(WindowsFamily family);

    /// The checked families, in Firewall::requirements() order.
    std::vector<WindowsFamily> checkedFamilies() const;
    void setCheckedFamilies(const std::vector<WindowsFamily>& families);
    bool isChecked(WindowsFamily family) const;

    /**
     * The netsh lines for the checked families, one block per family under a `REM <family>`
     * line, blocks separated by an empty line: `netsh advfirewall` (Firewall::netshCommands)
     * for Windows Vista and later, `netsh firewall` (Firewall::legacyNetshCommands) for Windows
     * XP SP2 and Server 2003 SP1, which have no `netsh advfirewall`. Empty when none is checked.
     */
    QString netshCommands() const;
    /**
     * The PowerShell lines for the checked families, one block per family under a `# <family>`
     * line: New-NetFirewallRule (Firewall::powerShellCommands) for Windows Vista and later, with
     * the note that the cmdlet needs Windows 8 / Server 2012; for a family without the cmdlet
     * only a comment that says so and points to the netsh lines. Empty when none is checked.
     */
    QString powerShellCommands() const;
    /// Whether a checked family has a PowerShell cmdlet (Firewall::hasPowerShell).
    bool anyPowerShellChecked() const;
    /// Firewall::legacyNetshCommands (`netsh firewall …`, Windows XP SP2 / Server 2003 SP1).
    QString legacyNetshCommands() const;

    /// The family row of @p family.
    QModelIndex indexOf(WindowsFamily family) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// Qt::CheckStateRole on a family row (column 0) checks or unchecks it.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Tells the views that every text changed (call on QEvent::LanguageChange).
    void retranslate();

Q_SIGNALS:
    void checkedFamiliesChanged();

private:
    struct Child
    {
        Kind kind;
        QString text; ///< the port or program; for an other exception its catalog name (translated in data())
    };
    struct FamilyRow
    {
        const FirewallRequirement* requirement;
        std::vector<Child> children;
        bool checked = false;
    };
    std::vector<FamilyRow> m_rows;
};

} // namespace ra

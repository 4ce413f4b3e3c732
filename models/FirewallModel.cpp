#include "models/FirewallModel.h"

#include <algorithm>

namespace ra {

namespace {
// QModelIndex::internalId: 0 for a family row, 1 + family row for a child.
constexpr quintptr kFamilyNode = 0;
constexpr int kColumnCount = 3;

QString otherExceptionText(const std::string& exception)
{
    if (exception == "Remote Desktop")
        return FirewallModel::tr("Remote Desktop exception");
    return QString::fromStdString(exception);
}

QString kindText(FirewallModel::Kind kind)
{
    switch (kind) {
    case FirewallModel::Kind::Family: return {};
    case FirewallModel::Kind::Port: return FirewallModel::tr("Port");
    case FirewallModel::Kind::Program: return FirewallModel::tr("Program");
    case FirewallModel::Kind::OtherException: return FirewallModel::tr("Exception");
    }
    return {};
}

QString profileText(const std::string& profile)
{
    if (profile == "Domain")
        return FirewallModel::tr("Domain");
    return QString::fromStdString(profile);
}
} // namespace

QString FirewallModel::familyTitle(WindowsFamily family)
{
    switch (family) {
    case WindowsFamily::VistaAndLater: return tr("Windows Vista and later");
    case WindowsFamily::XpSp2: return tr("Windows XP SP2 and Windows XP Professional x64 Edition SP1");
    case WindowsFamily::Server2003Sp1: return tr("Windows Server 2003 SP1");
    }
    return {};
}

FirewallModel::FirewallModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    for (const FirewallRequirement& req : Firewall::requirements()) {
        FamilyRow row{&req, {}, req.family == WindowsFamily::VistaAndLater};
        for (const FirewallPort& port : req.ports)
            row.children.push_back({Kind::Port, QStringLiteral("%1 %2")
                                                    .arg(QString::fromStdString(port.protocol))
                                                    .arg(port.number)});
        for (const std::string& program : req.programs)
            row.children.push_back({Kind::Program, QString::fromStdString(program)});
        for (const std::string& other : req.otherExceptions) // translated in data(), in the language in use
            row.children.push_back({Kind::OtherException, QString::fromStdString(other)});
        m_rows.push_back(std::move(row));
    }
}

std::vector<WindowsFamily> FirewallModel::checkedFamilies() const
{
    std::vector<WindowsFamily> out;
    for (const FamilyRow& row : m_rows)
        if (row.checked)
            out.push_back(row.requirement->family);
    return out;
}

void FirewallModel::setCheckedFamilies(const std::vector<WindowsFamily>& families)
{
    bool any = false;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const bool checked =
            std::find(families.begin(), families.end(), m_rows[i].requirement->family) != families.end();
        if (checked == m_rows[i].checked)
            continue;
        m_rows[i].checked = checked;
        const QModelIndex idx = index(static_cast<int>(i), ExceptionColumn);
        Q_EMIT dataChanged(idx, idx, {Qt::CheckStateRole});
        any = true;
    }
    if (any)
        Q_EMIT checkedFamiliesChanged();
}

bool FirewallModel::isChecked(WindowsFamily family) const
{
    for (const FamilyRow& row : m_rows)
        if (row.requirement->family == family)
            return row.checked;
    return false;
}

QString FirewallModel::netshCommands() const
{
    // one block per family: a family's lines run on its own computers (XP needs its own TCP 135)
    QStringList blocks;
    for (WindowsFamily family : checkedFamilies())
        blocks << QStringLiteral("REM %1\n").arg(familyTitle(family))
                      + QString::fromStdString(Firewall::netshCommandsFor(family));
    return blocks.join(QLatin1Char('\n'));
}

QString FirewallModel::powerShellCommands() const
{
    QStringList blocks;
    for (WindowsFamily family : checkedFamilies()) {
        if (Firewall::hasPowerShell(family))
            blocks << QStringLiteral("# %1\n# %2\n")
                              .arg(familyTitle(family),
                                   tr("New-NetFirewallRule needs Windows 8 or Windows Server 2012 or later; use the "
                                      "netsh lines on older versions."))
                          + QString::fromStdString(Firewall::powerShellCommands({family}));
        else
            blocks << QStringLiteral("# %1\n# %2\n")
                          .arg(familyTitle(family),
                               tr("No PowerShell cmdlet for firewall rules on this version; use the netsh lines."));
    }
    return blocks.join(QLatin1Char('\n'));
}

bool FirewallModel::anyPowerShellChecked() const
{
    for (WindowsFamily family : checkedFamilies())
        if (Firewall::hasPowerShell(family))
            return true;
    return false;
}

QString FirewallModel::legacyNetshCommands() const
{
    return QString::fromStdString(Firewall::legacyNetshCommands(checkedFamilies()));
}

QModelIndex FirewallModel::indexOf(WindowsFamily family) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].requirement->family == family)
            return index(static_cast<int>(i), ExceptionColumn);
    return {};
}

QModelIndex FirewallModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kFamilyNode);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex FirewallModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kFamilyNode)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kFamilyNode);
}

int FirewallModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != kFamilyNode)
        return 0;
    return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())].children.size());
}

int FirewallModel::columnCount(const QModelIndex&) const
{
    return kColumnCount;
}

QVariant FirewallModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isFamily = index.internalId() == kFamilyNode;
    const FamilyRow& family =
        m_rows[static_cast<std::size_t>(isFamily ? index.row() : static_cast<int>(index.internalId() - 1))];
    const FirewallRequirement& req = *family.requirement;
    if (role == FamilyRole)
        return static_cast<int>(req.family);
    if (role == FamilyIdRole)
        return QString::fromStdString(req.id);
    if (isFamily) {
        if (role == KindRole)
            return static_cast<int>(Kind::Family);
        if (index.column() == ExceptionColumn) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
                return familyTitle(req.family);
            if (role == Qt::CheckStateRole)
                return family.checked ? Qt::Checked : Qt::Unchecked;
        }
        if (index.column() == ProfileColumn && role == Qt::DisplayRole)
            return profileText(req.profile);
        return {};
    }
    const Child& child = family.children[static_cast<std::size_t>(index.row())];
    if (role == KindRole)
        return static_cast<int>(child.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ExceptionColumn:
        return child.kind == Kind::OtherException ? otherExceptionText(child.text.toStdString()) : child.text;
    case KindColumn: return kindText(child.kind);
    case ProfileColumn: return profileText(req.profile);
    default: return {};
    }
}

bool FirewallModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.internalId() != kFamilyNode || index.column() != ExceptionColumn)
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    FamilyRow& row = m_rows[static_cast<std::size_t>(index.row())];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedFamiliesChanged();
    return true;
}

Qt::ItemFlags FirewallModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == kFamilyNode) {
        if (index.column() == ExceptionColumn)
            f |= Qt::ItemIsUserCheckable;
    } else {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

void FirewallModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, kColumnCount - 1);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const int row = static_cast<int>(i);
        Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
        const QModelIndex family = index(row, 0);
        if (const int n = rowCount(family); n > 0)
            Q_EMIT dataChanged(index(0, 0, family), index(n - 1, kColumnCount - 1, family));
    }
}

QVariant FirewallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExceptionColumn: return tr("Windows version / exception");
    case KindColumn: return tr("Type");
    case ProfileColumn: return tr("Profile");
    default: return {};
    }
}

} // namespace ra

#include "OpenDiffDialog.h"

#include "StringConversion.h"
#include "models/CatalogText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra::ui {

namespace {
QString valueText(PolicyId id, const Element& el, const OptionValue& v)
{
    if (const auto* s = std::get_if<std::string>(&v))
        return s->empty() ? OpenDiffDialog::tr("(empty)") : qs(*s);
    if (const auto* n = std::get_if<std::uint32_t>(&v)) {
        if (el.type == ElementType::Enum) {
            const QString label = ra::CatalogText::enumItemLabel(id, qs(el.id), *n);
            if (!label.isEmpty())
                return label;
        }
        return QString::number(*n);
    }
    QStringList l;
    for (const std::string& s : std::get<std::vector<std::string>>(v))
        l << qs(s);
    return l.isEmpty() ? OpenDiffDialog::tr("(none)") : l.join(QStringLiteral(", "));
}

struct Diff
{
    PolicyId policy;
    QString what;
    QString now;
    QString after;
};

std::set<PolicyId> all() { return {kAllPolicies.begin(), kAllPolicies.end()}; }

QString stateText(const Configuration& c, const std::set<PolicyId>& included, PolicyId id)
{
    return included.count(id) ? ra::CatalogText::stateName(c.state(id)) : OpenDiffDialog::tr("Not part of this profile");
}

std::vector<Diff> compute(const Configuration& a, const std::set<PolicyId>& aIncluded, const Configuration& b,
                          const std::set<PolicyId>& bIncluded)
{
    std::vector<Diff> out;
    for (const Policy& p : Catalog::instance().policies()) {
        const QString now = stateText(a, aIncluded, p.id);
        const QString after = stateText(b, bIncluded, p.id);
        if (now != after)
            out.push_back({p.id, OpenDiffDialog::tr("State"), now, after});
        // A policy left out afterwards is left alone: its options and comment do not matter.
        if (!bIncluded.count(p.id))
            continue;
        for (const Element& el : p.elements) {
            const OptionValue& va = a.option(p.id, el.id);
            const OptionValue& vb = b.option(p.id, el.id);
            if (va != vb)
                out.push_back({p.id, ra::CatalogText::elementLabel(p.id, qs(el.id)), valueText(p.id, el, va),
                               valueText(p.id, el, vb)});
        }
        if (a.comment(p.id) != b.comment(p.id))
            out.push_back({p.id, OpenDiffDialog::tr("Comment"), qs(a.comment(p.id)), qs(b.comment(p.id))});
    }
    return out;
}
} // namespace

QStringList OpenDiffDialog::differences(const Configuration& current, const Configuration& incoming)
{
    return differences(current, all(), incoming, all());
}

QStringList OpenDiffDialog::differences(const Configuration& current, const std::set<PolicyId>& currentIncluded,
                                        const Configuration& incoming, const std::set<PolicyId>& incomingIncluded)
{
    QStringList out;
    for (const Diff& d : compute(current, currentIncluded, incoming, incomingIncluded))
        out << QStringLiteral("%1: %2: %3 → %4").arg(ra::CatalogText::policyName(d.policy), d.what, d.now, d.after);
    return out;
}

OpenDiffDialog::OpenDiffDialog(const Configuration& current, const Configuration& incoming, const QString& fileName,
                               QWidget* parent)
    : OpenDiffDialog(Mode::Open, current, all(), incoming, all(), fileName, parent)
{
}

OpenDiffDialog::OpenDiffDialog(Mode mode, const Configuration& current, const std::set<PolicyId>& currentIncluded,
                               const Configuration& incoming, const std::set<PolicyId>& incomingIncluded,
                               const QString& fileName, QWidget* parent)
    : QDialog(parent)
{
    const bool merge = mode == Mode::Merge;
    setWindowTitle(merge ? tr("Merge Into Current Work") : tr("Open Over Current Work"));
    auto* layout = new QVBoxLayout(this);
    const std::vector<Diff> diffs = compute(current, currentIncluded, incoming, incomingIncluded);
    m_count = int(diffs.size());
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (diffs.empty())
        intro->setText(tr("%1 has the same settings as the current work.").arg(fileName));
    else if (merge)
        intro->setText(tr("Merging %1 sets the policies it contains in the current work and leaves the others as "
                          "they are. These settings change (Undo takes the merge back):")
                           .arg(fileName));
    else
        intro->setText(tr("Opening %1 replaces the current work: the file becomes the open document. These "
                          "settings change:")
                           .arg(fileName));
    layout->addWidget(intro);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Setting"), tr("Now"), merge ? tr("After merging") : tr("After opening")});
    m_tree->setAccessibleName(tr("Changes"));
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    QTreeWidgetItem* group = nullptr;
    std::optional<PolicyId> last;
    for (const Diff& d : diffs) {
        if (!last || *last != d.policy) {
            group = new QTreeWidgetItem(m_tree, {ra::CatalogText::policyName(d.policy)});
            group->setFirstColumnSpanned(true);
            last = d.policy;
        }
        new QTreeWidgetItem(group, {d.what, d.now, d.after});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 260);
    m_tree->header()->resizeSection(1, 200);
    intro->setBuddy(m_tree);
    layout->addWidget(m_tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(merge ? tr("&Merge") : tr("&Replace"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace ra::ui

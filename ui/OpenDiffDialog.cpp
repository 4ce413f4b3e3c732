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

std::vector<Diff> compute(const Configuration& a, const Configuration& b)
{
    std::vector<Diff> out;
    for (const Policy& p : Catalog::instance().policies()) {
        if (a.state(p.id) != b.state(p.id))
            out.push_back({p.id, OpenDiffDialog::tr("State"), ra::CatalogText::stateName(a.state(p.id)),
                           ra::CatalogText::stateName(b.state(p.id))});
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
    QStringList out;
    for (const Diff& d : compute(current, incoming))
        out << QStringLiteral("%1: %2: %3 → %4").arg(ra::CatalogText::policyName(d.policy), d.what, d.now, d.after);
    return out;
}

OpenDiffDialog::OpenDiffDialog(const Configuration& current, const Configuration& incoming, const QString& fileName,
                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Over Current Work"));
    auto* layout = new QVBoxLayout(this);
    const std::vector<Diff> diffs = compute(current, incoming);
    m_count = int(diffs.size());
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(diffs.empty() ? tr("%1 has the same settings as the current work.").arg(fileName)
                                 : tr("Opening %1 replaces the current work. These settings change "
                                      "(Undo brings the current work back):")
                                       .arg(fileName));
    layout->addWidget(intro);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Setting"), tr("Now"), tr("After opening")});
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
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Replace"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace ra::ui

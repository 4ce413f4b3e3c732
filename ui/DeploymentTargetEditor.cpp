#include "DeploymentTargetEditor.h"

#include "core/Catalog.h"
#include "core/Firewall.h"
#include "models/CatalogText.h"
#include "models/FirewallModel.h"
#include "models/PolicyDocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>

#include <algorithm>

namespace ra::ui {

namespace {
constexpr int kValueRole = Qt::UserRole + 1; // int: the WindowsFamily or Edition of a row
constexpr int kMaxBuild = 99999;

QListWidget* checkList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setUniformItemSizes(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return list;
}

QListWidgetItem* checkItem(QListWidget* list, int value)
{
    auto* item = new QListWidgetItem(list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setData(kValueRole, value);
    item->setCheckState(Qt::Unchecked);
    return item;
}

template<class T>
std::vector<T> checkedValues(const QListWidget* list)
{
    std::vector<T> out;
    for (int r = 0; r < list->count(); ++r)
        if (list->item(r)->checkState() == Qt::Checked)
            out.push_back(T(list->item(r)->data(kValueRole).toInt()));
    return out;
}

template<class T>
void setChecked(QListWidget* list, const std::vector<T>& values)
{
    for (int r = 0; r < list->count(); ++r) {
        const T v = T(list->item(r)->data(kValueRole).toInt());
        list->item(r)->setCheckState(std::find(values.begin(), values.end(), v) != values.end() ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
}
} // namespace

DeploymentTargetEditor::DeploymentTargetEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_familiesLabel = new QLabel(this);
    m_familiesLabel->setWordWrap(true);
    m_families = checkList(this);
    for (const FirewallRequirement& r : Firewall::requirements())
        checkItem(m_families, int(r.family));
    m_familiesLabel->setBuddy(m_families);

    m_editionsLabel = new QLabel(this);
    m_editions = checkList(this);
    for (Edition e : kAllEditions)
        checkItem(m_editions, int(e));
    m_editionsLabel->setBuddy(m_editions);

    m_buildLabel = new QLabel(this);
    m_buildLabel->setWordWrap(true);
    m_build = new QSpinBox(this);
    m_build->setRange(0, kMaxBuild);
    m_build->setKeyboardTracking(false); // one change when the number is entered, not per digit
    m_buildLabel->setBuddy(m_build);
    m_buildHint = new QLabel(this);
    m_buildHint->setWordWrap(true);
    m_delivery = new QLabel(this);
    m_delivery->setWordWrap(true);

    grid->addWidget(m_familiesLabel, 0, 0);
    grid->addWidget(m_families, 1, 0, 4, 1, Qt::AlignTop);
    grid->addWidget(m_editionsLabel, 0, 1);
    grid->addWidget(m_editions, 1, 1, 4, 1, Qt::AlignTop);
    grid->addWidget(m_buildLabel, 0, 2);
    grid->addWidget(m_build, 1, 2, Qt::AlignLeft);
    grid->addWidget(m_buildHint, 2, 2);
    grid->addWidget(m_delivery, 3, 2);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);

    connect(m_families, &QListWidget::itemChanged, this, &DeploymentTargetEditor::onItemChanged);
    connect(m_editions, &QListWidget::itemChanged, this, &DeploymentTargetEditor::onItemChanged);
    connect(m_build, &QSpinBox::valueChanged, this, &DeploymentTargetEditor::onBuildChanged);
    retranslateUi();
}

void DeploymentTargetEditor::setDocument(ra::PolicyDocument* document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &PolicyDocument::deploymentTargetChanged, this, &DeploymentTargetEditor::syncFromDocument);
        connect(m_doc, &PolicyDocument::mdmDeliveryChanged, this, &DeploymentTargetEditor::retranslateUi);
    }
    setEnabled(m_doc);
    syncFromDocument();
    retranslateUi();
}

void DeploymentTargetEditor::syncFromDocument()
{
    if (!m_doc)
        return;
    const DeploymentTarget& t = m_doc->deploymentTarget();
    m_syncing = true;
    setChecked(m_families, t.families);
    setChecked(m_editions, t.editions);
    m_build->setValue(int(std::min<std::uint32_t>(t.minimumBuild, kMaxBuild)));
    m_syncing = false;
}

void DeploymentTargetEditor::onItemChanged(QListWidgetItem* item)
{
    if (m_syncing || !m_doc)
        return;
    DeploymentTarget t = m_doc->deploymentTarget();
    if (item->listWidget() == m_families) {
        t.families = checkedValues<WindowsFamily>(m_families);
        m_doc->setDeploymentTarget(t, [] { return DeploymentTargetEditor::tr("Change the target Windows versions"); });
    } else {
        t.editions = checkedValues<Edition>(m_editions);
        m_doc->setDeploymentTarget(t, [] { return DeploymentTargetEditor::tr("Change the target editions"); });
    }
}

void DeploymentTargetEditor::onBuildChanged(int build)
{
    if (m_syncing || !m_doc)
        return;
    DeploymentTarget t = m_doc->deploymentTarget();
    t.minimumBuild = std::uint32_t(build);
    m_doc->setDeploymentTarget(t, [] { return DeploymentTargetEditor::tr("Change the oldest target build"); });
}

void DeploymentTargetEditor::focusFamilies()
{
    m_families->setCurrentRow(0);
    m_families->setFocus(Qt::OtherFocusReason);
}

void DeploymentTargetEditor::focusEditions()
{
    m_editions->setCurrentRow(0);
    m_editions->setFocus(Qt::OtherFocusReason);
}

void DeploymentTargetEditor::focusBuild()
{
    m_build->setFocus(Qt::OtherFocusReason);
    m_build->selectAll();
}

void DeploymentTargetEditor::fitHeight(QListWidget* list)
{
    // every row visible, no scroll bar: the lists are short and fixed
    const int rows = list->count();
    const int rowHeight = list->sizeHintForRow(0);
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 2);
}

void DeploymentTargetEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitHeight(m_families);
        fitHeight(m_editions);
    }
    QWidget::changeEvent(event);
}

void DeploymentTargetEditor::retranslateUi()
{
    m_familiesLabel->setText(tr("&Windows versions of the helped computers:"));
    m_families->setAccessibleName(tr("Target Windows versions"));
    for (int r = 0; r < m_families->count(); ++r)
        m_families->item(r)->setText(FirewallModel::familyTitle(WindowsFamily(m_families->item(r)->data(kValueRole).toInt())));
    m_editionsLabel->setText(tr("Edition&s:"));
    m_editions->setAccessibleName(tr("Target editions"));
    for (int r = 0; r < m_editions->count(); ++r)
        m_editions->item(r)->setText(CatalogText::editionName(Edition(m_editions->item(r)->data(kValueRole).toInt())));
    m_buildLabel->setText(tr("Oldest Windows 10/11 &build:"));
    m_build->setAccessibleName(tr("Oldest Windows 10/11 build"));
    m_build->setSpecialValueText(tr("Not specified"));
    const Footnote* first = Catalog::instance().footnote(1);
    m_buildHint->setText(first ? tr("For example %1 for Windows 10, version %2.")
                                     .arg(first->build)
                                     .arg(QString::fromStdString(first->version))
                               : QString());
    const bool mdm = m_doc && m_doc->mdmDelivery();
    m_delivery->setText(mdm ? tr("Delivery: through MDM (Policy CSP), as chosen on the Deliver page (Intune or "
                                 "SyncML).")
                            : tr("Delivery: Group Policy or the registry, as chosen on the Deliver page. With "
                                 "Intune or SyncML, the builds MDM needs are checked too."));
    m_delivery->setAccessibleName(tr("Delivery"));
    fitHeight(m_families);
    fitHeight(m_editions);
}

} // namespace ra::ui

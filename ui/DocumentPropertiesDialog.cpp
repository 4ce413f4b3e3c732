#include "DocumentPropertiesDialog.h"

#include "StringConversion.h"
#include "models/CatalogText.h"
#include "models/PolicyDocument.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra::ui {

namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setFocusPolicy(Qt::StrongFocus);
    return l;
}

QString orDash(const std::string& s) { return s.empty() ? QStringLiteral("—") : qs(s); }
} // namespace

QString DocumentPropertiesDialog::timeText(const std::string& isoUtc)
{
    if (isoUtc.empty())
        return QStringLiteral("—");
    const QDateTime t = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    if (!t.isValid())
        return qs(isoUtc);
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

DocumentPropertiesDialog::DocumentPropertiesDialog(const ra::PolicyDocument* document,
                                                   const std::optional<Provenance>& provenance, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Properties"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QString captions[6] = {tr("&Source:"),       tr("A&uthor:"),  tr("Co&mputer:"),
                                 tr("&Written with:"), tr("C&reated:"), tr("Last c&hanged:")};
    const QString names[6] = {tr("Source"), tr("Author"), tr("Computer"), tr("Written with"), tr("Created"),
                              tr("Last changed")};
    for (int i = 0; i < 6; ++i) {
        m_fields[i] = valueLabel(this);
        m_fields[i]->setAccessibleName(names[i]);
        auto* caption = new QLabel(captions[i], this);
        caption->setBuddy(m_fields[i]);
        form->addRow(caption, m_fields[i]);
    }
    const QString source = document->sourcePath();
    m_fields[int(Field::Source)]->setText(source.isEmpty() ? tr("A new configuration, not saved yet")
                                                           : QDir::toNativeSeparators(QDir::cleanPath(source)));
    if (provenance) {
        m_fields[int(Field::Author)]->setText(orDash(provenance->author));
        m_fields[int(Field::Computer)]->setText(orDash(provenance->host));
        m_fields[int(Field::ProductVersion)]->setText(orDash(provenance->productVersion));
        m_fields[int(Field::Created)]->setText(timeText(provenance->created));
        m_fields[int(Field::Modified)]->setText(timeText(provenance->modified));
    } else {
        for (int i = int(Field::Author); i <= int(Field::Modified); ++i)
            m_fields[i]->setText(QStringLiteral("—"));
    }
    layout->addLayout(form);
    m_noProvenance = new QLabel(tr("The configuration was not opened from a profile: there is no author, "
                                   "computer or history to show. Saving it as a profile records them."),
                                this);
    m_noProvenance->setWordWrap(true);
    m_noProvenance->setVisible(!provenance);
    layout->addWidget(m_noProvenance);

    auto* policiesCaption = new QLabel(tr("Polic&ies:"), this);
    layout->addWidget(policiesCaption);
    m_policies = new QTreeWidget(this);
    m_policies->setAccessibleName(tr("Policies"));
    m_policies->setRootIsDecorated(false);
    m_policies->setWordWrap(true);
    m_policies->setHeaderLabels({tr("Policy"), tr("In this profile"), tr("State"), tr("Comment")});
    const Configuration& config = document->configuration();
    for (PolicyId id : kAllPolicies) {
        const bool included = document->isIncluded(id);
        auto* item = new QTreeWidgetItem(m_policies, {ra::CatalogText::policyName(id), included ? tr("Yes") : tr("No"),
                                                      included ? ra::CatalogText::stateName(config.state(id))
                                                               : tr("Not part of this profile"),
                                                      qs(config.comment(id))});
        item->setToolTip(3, qs(config.comment(id)));
    }
    // Wide enough for every column (names and states are long in German and French).
    for (int column = 0; column < m_policies->columnCount(); ++column)
        m_policies->resizeColumnToContents(column);
    m_policies->header()->setStretchLastSection(true);
    m_policies->setMinimumWidth(qMin(m_policies->header()->length() + 2 * m_policies->frameWidth()
                                         + fontMetrics().averageCharWidth() * 2,
                                     fontMetrics().averageCharWidth() * 150));
    policiesCaption->setBuddy(m_policies);
    layout->addWidget(m_policies, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(640, 420)));
}

QString DocumentPropertiesDialog::fieldText(Field field) const { return m_fields[int(field)]->text(); }
QLabel* DocumentPropertiesDialog::fieldLabel(Field field) const { return m_fields[int(field)]; }

} // namespace ra::ui

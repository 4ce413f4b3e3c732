#include "PolicyPage.h"

#include "HelperListEditor.h"
#include "MessageEditor.h"
#include "Mnemonics.h"
#include "SkuCellDelegate.h"
#include "SkuTableView.h"
#include "StringConversion.h"
#include "ThemedIcon.h"
#include "WrappingLabel.h"
#include "models/CatalogText.h"
#include "models/ExplainTextProvider.h"
#include "models/HelperListModel.h"
#include "models/PolicyDocument.h"
#include "models/SkuTableModel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ra::ui {

namespace {
QLabel* selectableLabel(QWidget* parent)
{
    auto* l = new WrappingLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setFocusPolicy(Qt::StrongFocus);
    return l;
}
} // namespace

PolicyPage::PolicyPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);

    // Title and Previous/Next setting.
    auto* head = new QHBoxLayout;
    m_title = new WrappingLabel(this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    head->addWidget(m_title, 1);
    m_prev = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    head->addWidget(m_prev);
    head->addWidget(m_next);
    layout->addLayout(head);
    connect(m_prev, &QPushButton::clicked, this, &PolicyPage::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &PolicyPage::nextRequested);

    // A policy the opened profile leaves out: say so, and offer to include it.
    auto* notIncluded = new QFrame(this);
    m_notIncluded = notIncluded;
    notIncluded->setObjectName(QStringLiteral("notIncludedBar"));
    notIncluded->setFrameShape(QFrame::StyledPanel);
    notIncluded->setAutoFillBackground(true);
    notIncluded->setBackgroundRole(QPalette::AlternateBase);
    auto* bar = new QHBoxLayout(notIncluded);
    auto* barIcon = new QLabel(notIncluded);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    barIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    bar->addWidget(barIcon, 0, Qt::AlignTop);
    m_notIncludedText = new WrappingLabel(notIncluded);
    bar->addWidget(m_notIncludedText, 1);
    m_include = new QPushButton(notIncluded);
    m_notIncludedText->setBuddy(m_include);
    bar->addWidget(m_include, 0, Qt::AlignVCenter);
    layout->addWidget(notIncluded);
    connect(m_include, &QPushButton::clicked, this, [this] {
        if (m_doc)
            m_doc->includePolicy(m_policy);
    });

    // State, comment, supported on.
    auto* top = new QGridLayout;
    m_stateGroup = new QButtonGroup(this);
    m_notConfigured = new QRadioButton(this);
    m_enabled = new QRadioButton(this);
    m_disabled = new QRadioButton(this);
    m_stateGroup->addButton(m_notConfigured, int(PolicyState::NotConfigured));
    m_stateGroup->addButton(m_enabled, int(PolicyState::Enabled));
    m_stateGroup->addButton(m_disabled, int(PolicyState::Disabled));
    auto* radios = new QVBoxLayout;
    radios->addWidget(m_notConfigured);
    radios->addWidget(m_enabled);
    radios->addWidget(m_disabled);
    radios->addStretch(1);
    top->addLayout(radios, 0, 0, 2, 1);

    m_commentLabel = new QLabel(this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_commentLabel->setBuddy(m_comment);
    top->addWidget(m_commentLabel, 0, 1, Qt::AlignTop);
    top->addWidget(m_comment, 0, 2);
    m_supportedOnCaption = new QLabel(this);
    m_supportedOn = selectableLabel(this);
    m_supportedOn->setFrameShape(QFrame::StyledPanel);
    m_supportedOnCaption->setBuddy(m_supportedOn);
    top->addWidget(m_supportedOnCaption, 1, 1, Qt::AlignTop);
    top->addWidget(m_supportedOn, 1, 2);
    top->setColumnStretch(2, 1);
    top->setColumnMinimumWidth(0, 160);
    layout->addLayout(top);

    connect(m_stateGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_doc && !m_updating)
            m_doc->setState(m_policy, PolicyState(id));
    });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (m_doc && !m_updating)
            m_doc->setComment(m_policy, m_comment->toPlainText());
    });

    // Options | Help / Details / Availability
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("policyPageSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_optionsBox = new QGroupBox(m_splitter);
    auto* ol = new QVBoxLayout(m_optionsBox);
    m_optionsScroll = new QScrollArea(m_optionsBox);
    m_optionsScroll->setWidgetResizable(true);
    m_optionsScroll->setFrameShape(QFrame::NoFrame);
    ol->addWidget(m_optionsScroll);

    m_tabs = new QTabWidget(m_splitter);
    m_help = new QTextBrowser(m_tabs);
    m_help->setOpenExternalLinks(true);
    m_tabs->addTab(m_help, QString());

    auto* details = new QWidget(m_tabs);
    auto* dl = new QVBoxLayout(details);
    m_admxCaption = new QLabel(details);
    QFont bold = m_admxCaption->font();
    bold.setBold(true);
    m_admxCaption->setFont(bold);
    dl->addWidget(m_admxCaption);
    auto* admxForm = new QFormLayout;
    admxForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_gpEnglishNameCaption = new QLabel(details);
    m_gpEnglishName = selectableLabel(details);
    m_gpNameCaption = new QLabel(details);
    m_gpName = selectableLabel(details);
    m_admxFileCaption = new QLabel(details);
    m_admxFile = selectableLabel(details);
    m_categoryCaption = new QLabel(details);
    m_category = selectableLabel(details);
    m_registryCaption = new QLabel(details);
    m_registry = selectableLabel(details);
    admxForm->addRow(m_gpEnglishNameCaption, m_gpEnglishName);
    admxForm->addRow(m_gpNameCaption, m_gpName);
    admxForm->addRow(m_admxFileCaption, m_admxFile);
    admxForm->addRow(m_categoryCaption, m_category);
    admxForm->addRow(m_registryCaption, m_registry);
    dl->addLayout(admxForm);
    m_cspCaption = new QLabel(details);
    m_cspCaption->setFont(bold);
    dl->addWidget(m_cspCaption);
    auto* cspForm = new QFormLayout;
    cspForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_cspNodeCaption = new QLabel(details);
    m_cspNode = selectableLabel(details);
    m_omaUriCaption = new QLabel(details);
    auto* uriRow = new QHBoxLayout;
    m_omaUri = new QLineEdit(details);
    m_omaUri->setReadOnly(true);
    m_copyOmaUri = new QToolButton(details);
    m_copyOmaUri->setIcon(themedIcon("edit-copy", QStyle::SP_FileIcon, this));
    m_copyOmaUri->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    uriRow->addWidget(m_omaUri, 1);
    uriRow->addWidget(m_copyOmaUri);
    cspForm->addRow(m_cspNodeCaption, m_cspNode);
    cspForm->addRow(m_omaUriCaption, uriRow);
    m_omaUriCaption->setBuddy(m_omaUri);
    dl->addLayout(cspForm);
    dl->addStretch(1);
    connect(m_copyOmaUri, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_omaUri->text()); });
    auto* detailsScroll = new QScrollArea(m_tabs);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(details);
    m_tabs->addTab(detailsScroll, QString());

    m_sku = new SkuTableView(m_tabs);
    m_skuModel = new SkuTableModel(this);
    m_skuModel->setPolicy(m_policy);
    m_sku->delegate()->setRoles(SkuTableModel::AvailableRole, SkuTableModel::FootnoteRole);
    m_sku->setModel(m_skuModel);
    auto* skuScroll = new QScrollArea(m_tabs);
    skuScroll->setWidgetResizable(true);
    skuScroll->setFrameShape(QFrame::NoFrame);
    skuScroll->setWidget(m_sku);
    m_tabs->addTab(skuScroll, QString());

    m_splitter->addWidget(m_optionsBox);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);

    retranslateUi();
    // the option editors are built for the policy shown: by setPolicy(), or when first shown
}

PolicyPage::~PolicyPage() = default;

void PolicyPage::setDocument(ra::PolicyDocument* document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    delete m_helperModel;
    m_helperModel = m_doc ? new HelperListModel(m_doc, this) : nullptr;
    if (m_helpers)
        m_helpers->setModel(m_helperModel);
    if (m_doc) {
        connect(m_doc, &PolicyDocument::policyChanged, this, &PolicyPage::onPolicyChanged);
        connect(m_doc, &PolicyDocument::configurationReset, this, &PolicyPage::refresh);
    }
    refresh();
}

void PolicyPage::setPolicy(PolicyId id)
{
    if (id == m_policy && m_optionsContent)
        return;
    m_policy = id;
    m_skuModel->setPolicy(id);
    m_sku->setModel(m_skuModel);
    rebuildOptions();
    refreshDetails();
    refreshHelp();
    refresh();
}

void PolicyPage::setExplainTexts(ra::ExplainTextProvider* texts)
{
    if (m_texts)
        disconnect(m_texts, nullptr, this, nullptr);
    m_texts = texts;
    if (m_texts)
        connect(m_texts, &ExplainTextProvider::changed, this, [this] {
            rebuildOptions();
            refreshDetails();
            refreshHelp();
            refresh();
        });
    if (!m_optionsContent)
        return; // nothing shown yet: setPolicy() or the first show build it with these texts
    rebuildOptions();
    refreshDetails();
    refreshHelp();
    refresh();
}

QString PolicyPage::policyName() const
{
    return m_texts ? m_texts->displayName(m_policy) : ra::CatalogText::policyName(m_policy);
}

QString PolicyPage::elementLabel(const Element& element) const
{
    const QString id = qs(element.id);
    return m_texts ? m_texts->elementLabel(m_policy, id) : ra::CatalogText::elementLabel(m_policy, id);
}

QString PolicyPage::enumLabel(const Element& element, std::uint32_t value) const
{
    const QString id = qs(element.id);
    return m_texts ? m_texts->enumItemLabel(m_policy, id, value)
                   : ra::CatalogText::enumItemLabel(m_policy, id, value);
}

void PolicyPage::showInfoTab(InfoTab tab) { m_tabs->setCurrentIndex(int(tab)); }

QRadioButton* PolicyPage::stateButton(PolicyState state) const
{
    switch (state) {
    case PolicyState::NotConfigured: return m_notConfigured;
    case PolicyState::Enabled: return m_enabled;
    case PolicyState::Disabled: return m_disabled;
    }
    return nullptr;
}

MessageEditor* PolicyPage::messageEditor(const QString& elementId) const
{
    const auto it = m_messages.find(ss(elementId));
    return it == m_messages.end() ? nullptr : it->second;
}
QComboBox* PolicyPage::comboBox(const QString& elementId) const
{
    const auto it = m_combos.find(ss(elementId));
    return it == m_combos.end() ? nullptr : it->second;
}
QSpinBox* PolicyPage::spinBox(const QString& elementId) const
{
    const auto it = m_spins.find(ss(elementId));
    return it == m_spins.end() ? nullptr : it->second;
}
QWidget* PolicyPage::editor(const QString& elementId) const
{
    const auto it = m_editors.find(ss(elementId));
    return it == m_editors.end() ? nullptr : it->second;
}

void PolicyPage::focusElement(const QString& elementId, int row)
{
    if (elementId.isEmpty()) {
        if (QAbstractButton* b = m_stateGroup->checkedButton())
            b->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_helpers && m_editors[ss(elementId)] == m_helpers) {
        m_helpers->focusRow(row);
        m_optionsScroll->ensureWidgetVisible(m_helpers);
        return;
    }
    if (MessageEditor* m = messageEditor(elementId)) {
        m_optionsScroll->ensureWidgetVisible(m);
        m->textEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QWidget* w = editor(elementId)) {
        m_optionsScroll->ensureWidgetVisible(w);
        w->setFocus(Qt::OtherFocusReason);
    }
}

void PolicyPage::rebuildOptions()
{
    m_editors.clear();
    m_messages.clear();
    m_combos.clear();
    m_spins.clear();
    m_helpers = nullptr;
    m_noOptions = nullptr;
    delete m_optionsScroll->takeWidget();

    m_optionsContent = new QWidget;
    auto* layout = new QVBoxLayout(m_optionsContent);
    const Policy& policy = Catalog::instance().policy(m_policy);

    const Element* units = policy.element("RA_Solicit_ExpireUnits_List");
    for (const Element& el : policy.elements) {
        const QString elementId = qs(el.id);
        switch (el.type) {
        case ElementType::Text: {
            auto* ed = new MessageEditor(int(el.maxLength), m_optionsContent);
            ed->setObjectName(elementId);
            ed->setLabel(elementLabel(el));
            ed->setToolTip(ra::CatalogText::elementSummary(m_policy, elementId));
            ed->setPreviewTitle(el.id == "RA_Options_Connect_Message"
                                    ? tr("Before a helper connects")
                                    : tr("Before the helper takes control"));
            connect(ed, &MessageEditor::textEdited, this, [this, id = el.id](const QString& t) {
                if (m_doc && !m_updating)
                    m_doc->setOption(m_policy, qs(id), OptionValue(ss(t)));
            });
            layout->addWidget(ed);
            m_messages[el.id] = ed;
            m_editors[el.id] = ed->textEdit();
            break;
        }
        case ElementType::Enum: {
            if (units && &el == units)
                break; // shown beside the value spin box
            auto* label = new WrappingLabel(elementLabel(el), m_optionsContent);
            auto* combo = new QComboBox(m_optionsContent);
            combo->setObjectName(elementId);
            for (const EnumItem& item : el.items)
                combo->addItem(enumLabel(el, item.value), QVariant::fromValue(item.value));
            combo->setAccessibleName(elementLabel(el));
            combo->setToolTip(ra::CatalogText::elementSummary(m_policy, elementId));
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            label->setBuddy(combo);
            layout->addWidget(label);
            layout->addWidget(combo, 0, Qt::AlignLeft);
            connect(combo, &QComboBox::activated, this, [this, combo, id = el.id](int) {
                if (m_doc && !m_updating)
                    m_doc->setOption(m_policy, qs(id), OptionValue(combo->currentData().toUInt()));
            });
            m_combos[el.id] = combo;
            m_editors[el.id] = combo;
            break;
        }
        case ElementType::Decimal: {
            auto* label = new WrappingLabel(elementLabel(el), m_optionsContent);
            auto* row = new QHBoxLayout;
            auto* spin = new QSpinBox(m_optionsContent);
            spin->setObjectName(elementId);
            spin->setRange(int(el.minValue), int(el.maxValue));
            spin->setAccessibleName(elementLabel(el));
            spin->setToolTip(ra::CatalogText::elementSummary(m_policy, elementId));
            spin->setKeyboardTracking(false);
            label->setBuddy(spin);
            row->addWidget(spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, id = el.id](int v) {
                if (m_doc && !m_updating)
                    m_doc->setOption(m_policy, qs(id), OptionValue(std::uint32_t(v)));
            });
            m_spins[el.id] = spin;
            m_editors[el.id] = spin;
            layout->addWidget(label);
            if (units) {
                auto* combo = new QComboBox(m_optionsContent);
                combo->setObjectName(qs(units->id));
                for (const EnumItem& item : units->items)
                    combo->addItem(enumLabel(*units, item.value), QVariant::fromValue(item.value));
                combo->setAccessibleName(elementLabel(*units));
                combo->setToolTip(ra::CatalogText::elementSummary(m_policy, qs(units->id)));
                connect(combo, &QComboBox::activated, this, [this, combo, id = units->id](int) {
                    if (m_doc && !m_updating)
                        m_doc->setOption(m_policy, qs(id), OptionValue(combo->currentData().toUInt()));
                });
                row->addWidget(combo);
                m_combos[units->id] = combo;
                m_editors[units->id] = combo;
            }
            row->addStretch(1);
            layout->addLayout(row);
            break;
        }
        case ElementType::List: {
            auto* ed = new HelperListEditor(m_optionsContent);
            ed->setObjectName(elementId);
            ed->setLabel(elementLabel(el));
            ed->setToolTip(ra::CatalogText::elementSummary(m_policy, elementId));
            ed->setModel(m_helperModel);
            layout->addWidget(ed, 1);
            m_helpers = ed;
            m_editors[el.id] = ed;
            break;
        }
        }
    }
    if (policy.elements.empty()) {
        m_noOptions = new WrappingLabel(m_optionsContent);
        layout->addWidget(m_noOptions);
    }
    layout->addStretch(1);
    m_optionsScroll->setWidget(m_optionsContent);
    retranslateUi();
    // The labels of the options come from the ADML or the catalog: give them Alt+letter
    // mnemonics that the page and the menus do not use (once the page is in its window).
    m_mnemonicsPending = true;
    if (isVisible())
        assignOptionMnemonics();
}

void PolicyPage::assignOptionMnemonics()
{
    m_mnemonicsPending = false;
    Mnemonics::assignMissing(m_optionsContent, this);
}

void PolicyPage::showEvent(QShowEvent* event)
{
    if (!m_optionsContent)
        setPolicy(m_policy);
    QWidget::showEvent(event);
    if (m_mnemonicsPending)
        assignOptionMnemonics();
}

void PolicyPage::onPolicyChanged(ra::PolicyId id)
{
    if (id == m_policy)
        refresh();
}

void PolicyPage::refresh()
{
    m_updating = true;
    const bool hasDoc = m_doc != nullptr;
    const Configuration config = hasDoc ? m_doc->configuration() : Configuration();
    const PolicySetting& setting = config.setting(m_policy);
    stateButton(setting.state)->setChecked(true);
    const QString comment = qs(setting.comment);
    if (m_comment->toPlainText() != comment)
        m_comment->setPlainText(comment);
    m_optionsBox->setEnabled(setting.state == PolicyState::Enabled);
    m_notIncluded->setVisible(hasDoc && !m_doc->isIncluded(m_policy));

    for (auto& [id, ed] : m_messages)
        ed->setText(qs(config.text(m_policy, id)));
    for (auto& [id, combo] : m_combos) {
        const int i = combo->findData(QVariant::fromValue(config.number(m_policy, id)));
        combo->setCurrentIndex(i);
    }
    for (auto& [id, spin] : m_spins)
        spin->setValue(int(config.number(m_policy, id)));
    m_updating = false;
}

void PolicyPage::refreshHelp()
{
    QString html;
    if (m_texts && m_texts->source() == ExplainTextProvider::Source::Adml) {
        // Microsoft's text, verbatim: paragraphs at line breaks.
        const QStringList paras = m_texts->explainText(m_policy).split(QLatin1Char('\n'));
        for (const QString& p : paras)
            html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
        html += QStringLiteral("<p><small><i>%1</i></small></p>")
                    .arg(tr("Explain text from %1 (%2).")
                             .arg(QDir::toNativeSeparators(m_texts->admlPath()), m_texts->admlLanguage())
                             .toHtmlEscaped());
    } else {
        html = QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                   .arg(ra::CatalogText::policySummary(m_policy).toHtmlEscaped(),
                        tr("Microsoft's explain text appears here when a folder with "
                           "remoteassistance.admx and its language files is set in Settings.")
                            .toHtmlEscaped());
        if (m_texts && !m_texts->errorString().isEmpty())
            html += QStringLiteral("<p><small>%1</small></p>").arg(m_texts->errorString().toHtmlEscaped());
    }
    m_help->setHtml(html);
}

void PolicyPage::refreshDetails()
{
    const Policy& p = Catalog::instance().policy(m_policy);
    m_title->setText(policyName());
    m_supportedOn->setText(ra::CatalogText::supportedOn(m_policy));
    m_gpEnglishName->setText(qs(p.gpEnglishName));
    m_gpName->setText(qs(p.gpName));
    m_admxFile->setText(qs(p.admxFile));
    m_category->setText(tr("Computer Configuration > Administrative Templates > %1")
                            .arg(qs(p.categoryPath)));
    m_registry->setText(QStringLiteral("HKLM\\%1\\%2").arg(qs(p.key), qs(p.valueName)));
    m_cspNode->setText(qs(p.cspNode));
    m_omaUri->setText(qs(p.omaUri));
    m_omaUri->setCursorPosition(0);
    if (m_previousNext) {
        m_prev->setEnabled(m_previousNext->first);
        m_next->setEnabled(m_previousNext->second);
    } else {
        const auto& all = Catalog::instance().policies();
        m_prev->setEnabled(index(m_policy) > 0);
        m_next->setEnabled(index(m_policy) + 1 < int(all.size()));
    }
}

void PolicyPage::setPreviousNextEnabled(bool previous, bool next)
{
    m_previousNext = std::pair{previous, next};
    m_prev->setEnabled(previous);
    m_next->setEnabled(next);
}

void PolicyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_skuModel->retranslate(); // before the SKU table view resizes its columns
        retranslateUi();
        rebuildOptions();
        refresh();
    }
    QWidget::changeEvent(event);
}

void PolicyPage::retranslateUi()
{
    // No Alt+letter here: the page has more controls than letters; Alt+Up and Alt+Down (the
    // main window's actions) go to the previous and next setting from anywhere.
    m_prev->setText(tr("Previous Setting"));
    m_prev->setAccessibleName(tr("Previous setting"));
    m_prev->setToolTip(tr("Go to the previous setting (%1)")
                           .arg(QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText)));
    m_next->setText(tr("Next Setting"));
    m_next->setAccessibleName(tr("Next setting"));
    m_notIncludedText->setText(tr("Not part of this profile: applying it leaves this policy as it is on the target. "
                                  "Choose a state or edit it to include it."));
    m_include->setText(tr("&Include in Profile"));
    m_include->setAccessibleName(tr("Include in profile"));
    m_include->setToolTip(tr("Make this policy part of the profile as it is shown (one undo step)"));
    m_next->setToolTip(tr("Go to the next setting (%1)")
                           .arg(QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)));
    m_notConfigured->setText(tr("N&ot Configured"));
    m_enabled->setText(tr("E&nabled")); // Alt+E is the Edit menu
    m_disabled->setText(tr("&Disabled"));
    m_notConfigured->setAccessibleName(tr("Not configured"));
    m_enabled->setAccessibleName(tr("Enabled"));
    m_disabled->setAccessibleName(tr("Disabled"));
    m_commentLabel->setText(tr("&Comment:"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Why this setting, ticket number, who asked for it…"));
    m_supportedOnCaption->setText(tr("Supported on:"));
    m_supportedOn->setAccessibleName(tr("Supported on"));
    m_optionsBox->setTitle(tr("Options"));
    m_optionsBox->setAccessibleName(tr("Options"));
    // Without Alt+letters, like the Previous/Next buttons: the letters go to the options.
    m_tabs->setTabText(0, tr("Help"));
    m_tabs->setTabText(1, tr("Details"));
    m_tabs->setTabText(2, tr("Availability"));
    m_help->setAccessibleName(tr("Help"));
    m_admxCaption->setText(tr("Group Policy (ADMX)"));
    m_gpEnglishNameCaption->setText(tr("GP English name:"));
    m_gpNameCaption->setText(tr("GP name:"));
    m_admxFileCaption->setText(tr("ADMX file:"));
    m_categoryCaption->setText(tr("Location:"));
    m_registryCaption->setText(tr("Registry value:"));
    m_cspCaption->setText(tr("Policy CSP (MDM)"));
    m_cspNodeCaption->setText(tr("CSP node:"));
    m_omaUriCaption->setText(tr("OMA-URI:"));
    m_omaUri->setAccessibleName(tr("OMA-URI"));
    m_copyOmaUri->setText(tr("Cop&y"));
    m_copyOmaUri->setToolTip(tr("Copy the OMA-URI to the clipboard"));
    m_copyOmaUri->setAccessibleName(tr("Copy OMA-URI"));
    for (auto [caption, value] : {std::pair{m_gpEnglishNameCaption, m_gpEnglishName}, {m_gpNameCaption, m_gpName},
                                  {m_admxFileCaption, m_admxFile}, {m_categoryCaption, m_category},
                                  {m_registryCaption, m_registry}, {m_cspNodeCaption, m_cspNode}}) {
        QString name = caption->text();
        name.chop(1);
        value->setAccessibleName(name);
    }
    if (m_noOptions)
        m_noOptions->setText(tr("This policy has no options: Enabled turns it on, Disabled turns it off."));
    refreshDetails();
    refreshHelp();
}

} // namespace ra::ui

#pragma once
/**
 * @file PolicyPage.h
 * The page of one policy, laid out like the Group Policy editor's setting dialog: Not configured /
 * Enabled / Disabled, a comment, "Supported on", the Options pane with an editor per ADMX element
 * and, beside it, Help (the explain text), Details (ADMX and CSP names, OMA-URI) and Availability
 * (the SKU table). Edits go to the PolicyDocument as undoable commands; the page follows the
 * document (undo, redo, open) without echoing back.
 */
#include "core/Catalog.h"
#include "core/Configuration.h"
#include "models/PolicyDocument.h"

#include <QPointer>
#include <QWidget>

#include <map>
#include <optional>
#include <utility>
#include <string>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace ra {
class ExplainTextProvider;
class HelperListModel;
class SkuTableModel;
} // namespace ra

namespace ra::ui {

class MessageEditor;
class HelperListEditor;
class SkuTableView;

class PolicyPage : public QWidget
{
    Q_OBJECT
public:
    /// The tabs beside the Options pane.
    enum class InfoTab { Help = 0, Details = 1, Availability = 2 };

    explicit PolicyPage(QWidget* parent = nullptr);
    ~PolicyPage() override;

    void setDocument(ra::PolicyDocument* document);
    ra::PolicyDocument* document() const { return m_doc; }

    PolicyId policy() const { return m_policy; }
    /// Shows @p id (rebuilds the Options pane).
    void setPolicy(PolicyId id);

    /// Gives the editor of @p elementId the focus (empty: the state buttons); for the helper
    /// list, selects @p row.
    void focusElement(const QString& elementId, int row = -1);

    /// The source of explain texts and labels (ADML or built-in); may be nullptr.
    void setExplainTexts(ra::ExplainTextProvider* texts);
    void showInfoTab(InfoTab tab);
    /// Enables the Previous/Next Setting buttons (the main window follows the order of its
    /// navigation view); until called they follow the catalog order.
    void setPreviousNextEnabled(bool previous, bool next);

    // Access for tests and the main window.
    QRadioButton* stateButton(PolicyState state) const;
    QPlainTextEdit* commentEdit() const { return m_comment; }
    /// The bar shown while the policy is not part of the document's profile, and its button
    /// that includes it.
    QWidget* notIncludedBar() const { return m_notIncluded; }
    QLabel* notIncludedLabel() const { return m_notIncludedText; }
    QPushButton* includeButton() const { return m_include; }
    QLabel* supportedOnLabel() const { return m_supportedOn; }
    QLabel* titleLabel() const { return m_title; }
    QGroupBox* optionsBox() const { return m_optionsBox; }
    QTextBrowser* helpBrowser() const { return m_help; }
    QLineEdit* omaUriEdit() const { return m_omaUri; }
    QLabel* cspNodeLabel() const { return m_cspNode; }
    QLabel* gpNameLabel() const { return m_gpName; }
    QLabel* gpEnglishNameLabel() const { return m_gpEnglishName; }
    QLabel* admxFileLabel() const { return m_admxFile; }
    SkuTableView* skuView() const { return m_sku; }
    QTabWidget* infoTabs() const { return m_tabs; }
    QSplitter* splitter() const { return m_splitter; }
    MessageEditor* messageEditor(const QString& elementId) const;
    QComboBox* comboBox(const QString& elementId) const;
    QSpinBox* spinBox(const QString& elementId) const;
    HelperListEditor* helperEditor() const { return m_helpers; }
    QWidget* editor(const QString& elementId) const;

Q_SIGNALS:
    void previousRequested();
    void nextRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void rebuildOptions();
    void assignOptionMnemonics();
    void refresh();
    void refreshHelp();
    void refreshDetails();
    void onPolicyChanged(ra::PolicyId id);
    QString policyName() const;
    QString elementLabel(const Element& element) const;
    QString enumLabel(const Element& element, std::uint32_t value) const;

    QPointer<ra::PolicyDocument> m_doc;
    PolicyId m_policy = PolicyId::CustomizeWarningMessages;
    bool m_updating = false;
    QPointer<ra::ExplainTextProvider> m_texts;
    ra::HelperListModel* m_helperModel = nullptr;
    ra::SkuTableModel* m_skuModel = nullptr;

    QLabel* m_title;
    QPushButton* m_prev;
    QPushButton* m_next;
    QWidget* m_notIncluded;
    QLabel* m_notIncludedText;
    QPushButton* m_include;
    QButtonGroup* m_stateGroup;
    QRadioButton* m_notConfigured;
    QRadioButton* m_enabled;
    QRadioButton* m_disabled;
    QLabel* m_commentLabel;
    QPlainTextEdit* m_comment;
    QLabel* m_supportedOnCaption;
    QLabel* m_supportedOn;
    QSplitter* m_splitter;
    QGroupBox* m_optionsBox;
    QScrollArea* m_optionsScroll;
    QWidget* m_optionsContent = nullptr;
    QTabWidget* m_tabs;
    QTextBrowser* m_help;
    // details
    QLabel* m_gpEnglishNameCaption;
    QLabel* m_gpEnglishName;
    QLabel* m_gpNameCaption;
    QLabel* m_gpName;
    QLabel* m_admxFileCaption;
    QLabel* m_admxFile;
    QLabel* m_categoryCaption;
    QLabel* m_category;
    QLabel* m_registryCaption;
    QLabel* m_registry;
    QLabel* m_cspNodeCaption;
    QLabel* m_cspNode;
    QLabel* m_omaUriCaption;
    QLineEdit* m_omaUri;
    QToolButton* m_copyOmaUri;
    QLabel* m_admxCaption;
    QLabel* m_cspCaption;
    SkuTableView* m_sku;

    // option editors of the current policy, by element id
    std::map<std::string, QWidget*> m_editors;
    std::map<std::string, MessageEditor*> m_messages;
    std::map<std::string, QComboBox*> m_combos;
    std::map<std::string, QSpinBox*> m_spins;
    HelperListEditor* m_helpers = nullptr;
    QLabel* m_noOptions = nullptr;
    bool m_mnemonicsPending = false;
    std::optional<std::pair<bool, bool>> m_previousNext;
};

} // namespace ra::ui

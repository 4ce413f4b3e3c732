#pragma once
/**
 * @file MainWindow.h
 * The console's main window: the policy tree and the "All settings" view with search on the
 * left, the selected policy's page on the right; pages for the firewall, helpdesk readiness and
 * delivery; the findings panel; menus and toolbar; files, recent files, the modified marker,
 * prompts before losing work and recovery after a crash.
 */
#include "core/Catalog.h"
#include "core/Configuration.h"
#include "core/Profile.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <optional>
#include <set>
#include <vector>

class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace ra {
class AllSettingsModel;
class ExplainTextProvider;
class PolicyDocument;
class PolicyTreeModel;
} // namespace ra

namespace ra::ui {

class BackendsPanel;
class FindingsPanel;
class FirewallView;
class PolicyPage;
class ReadinessPanel;
class SessionRecovery;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The tabs of the central area.
    enum class Page { Policies = 0, Firewall = 1, Readiness = 2, Deliver = 3 };

    /// @p recoveryFolder: where unsaved work is kept for crash recovery (default AppDataLocation).
    explicit MainWindow(const QString& recoveryFolder = QString(), QWidget* parent = nullptr);
    ~MainWindow() override;

    ra::PolicyDocument* document() const { return m_doc; }
    PolicyPage* policyPage() const { return m_page; }
    QTreeView* treeView() const { return m_tree; }
    QTreeView* allSettingsView() const { return m_all; }
    /// The navigation tabs: the tree and the All settings list.
    QTabWidget* navigationTabs() const { return m_navigation; }
    QLineEdit* searchEdit() const { return m_search; }
    ra::AllSettingsModel* allSettingsModel() const { return m_allModel; }
    ra::PolicyTreeModel* treeModel() const { return m_treeModel; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    /// The Firewall, Helpdesk Readiness and Deliver pages are made when first shown or asked for.
    FirewallView* firewallView();
    ReadinessPanel* readinessPanel();
    BackendsPanel* backendsPanel();
    /// Tools › Offer Remote Assistance to…
    QAction* offerAction() const { return m_offerTo; }
    QTabWidget* pages() const { return m_pages; }
    SessionRecovery* sessionRecovery() const { return m_recovery; }
    ra::ExplainTextProvider* explainTexts() const { return m_texts; }

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* saveAction() const { return m_save; }
    QAction* mergeAction() const { return m_merge; }
    QAction* propertiesAction() const { return m_properties; }
    QMenu* recentMenu() const { return m_recentMenu; }
    /// The provenance of the opened or last saved profile; std::nullopt for other sources.
    const std::optional<Provenance>& provenance() const { return m_provenance; }
    QAction* nextAction() const { return m_nextSetting; }
    QAction* previousAction() const { return m_prevSetting; }

    PolicyId currentPolicy() const;
    void selectPolicy(PolicyId id);
    void showPage(Page page);
    /// "CspNode" (a policy), "sku", "firewall", "preview", "readiness"; false when unknown.
    bool showPageByName(const QString& name);

    /**
     * Opens @p path as the document, as a KDE application does: asks to save unsaved changes
     * (Save / Discard / Cancel), shows the dry-run diff when a profile is opened over existing
     * work, then the file is the document (not modified, its path, a new undo history). Errors
     * are shown in a message box; false when nothing was opened.
     */
    bool openFile(const QString& path);
    /// openFile() for an entry of Open Recent: a file that cannot be opened any more is offered
    /// for removal from the list.
    bool openRecentFile(const QString& path);
    /**
     * Merges the profile at @p path into the current work as one undo step: the policies the
     * profile contains are set as it has them, the others stay; the document keeps its path.
     * Shows the dry-run diff first (Merge / Cancel).
     */
    bool mergeProfile(const QString& path);
    /// Saves the document as a profile at @p path.
    bool saveTo(const QString& path);
    /// Writes a profile with only @p included policies, for colleagues.
    bool exportProfile(const QString& path, const std::set<PolicyId>& included, const QString& author);
    /// Writes the Graph JSON of the configuration to @p path.
    bool exportGraphJsonTo(const QString& path);
    /// Starts an empty document (asks about unsaved changes).
    bool newDocument();
    /// Offers the recovery file of a crashed session; returns true when it was restored.
    bool offerRecovery();
    /// Re-reads the settings (language, palette, ADMX folder) after the Settings dialog.
    void applySettings();

    /// Questions to the user go through here (tests replace it). Returns the button chosen.
    using AskFunction = std::function<QMessageBox::StandardButton(const QString& title, const QString& text,
                                                                  QMessageBox::StandardButtons buttons)>;
    void setAskFunction(AskFunction ask) { m_ask = std::move(ask); }
    /// The dry run before opening over existing work (tests replace it). True = replace.
    using ConfirmReplaceFunction =
        std::function<bool(const Configuration& current, const Configuration& incoming, const QString& fileName)>;
    void setConfirmReplaceFunction(ConfirmReplaceFunction f) { m_confirmReplace = std::move(f); }

    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

public Q_SLOTS:
    void open();
    void openFolder();
    void mergeProfileInto();
    void showProperties();
    bool save();
    bool saveAs();
    void exportForColleagues();
    void exportSyncMl();
    void exportGraphJson();
    void previousSetting();
    void nextSetting();
    void showSettings();
    void showAbout();
    void focusFinding(ra::PolicyId policy, const QString& elementId, int listRow);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    FirewallView* makeFirewall(QWidget* parent);
    ReadinessPanel* makeReadiness(QWidget* parent);
    BackendsPanel* makeBackends(QWidget* parent);
    /// MDM delivery follows the Deliver page's target (the default target before it is made).
    void followDelivery();
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateUndoActions();
    void updateNavigationActions();
    /// The policies in the order of the navigation view in front (the tree, or the All settings
    /// list as sorted and filtered).
    std::vector<PolicyId> navigationOrder() const;
    /// The policy @p step rows from the current one in navigationOrder().
    std::optional<PolicyId> neighbour(int step) const;
    void updateTitle();
    void updateRecentMenu();
    void onTreeCurrentChanged(const QModelIndex& index);
    void onAllCurrentChanged(const QModelIndex& index);
    void syncSelection(PolicyId id);
    void restoreState();
    void saveState();
    void applyLoaded(const struct LoadedConfiguration& loaded, const QString& path);
    bool openPath(const QString& path, bool fromRecent);
    Profile profileForSave(const std::set<PolicyId>& included, const QString& author) const;
    bool exportWithBackend(int kind, const QString& title, const QString& filter, const QString& suffix);
    QMessageBox::StandardButton ask(const QString& title, const QString& text, QMessageBox::StandardButtons buttons);

    ra::PolicyDocument* m_doc;
    ra::ExplainTextProvider* m_texts;
    ra::PolicyTreeModel* m_treeModel;
    ra::AllSettingsModel* m_allModel;
    SessionRecovery* m_recovery;

    QTabWidget* m_pages;
    QSplitter* m_splitter;
    QTabWidget* m_navigation;
    QTreeView* m_tree;
    QWidget* m_allBox;
    QLineEdit* m_search;
    QTreeView* m_all;
    PolicyPage* m_page;
    class LazyPage* m_firewallPage;
    class LazyPage* m_readinessPage;
    class LazyPage* m_backendsPage;
    FirewallView* m_firewall = nullptr;
    ReadinessPanel* m_readiness = nullptr;
    BackendsPanel* m_backends = nullptr;
    QAction* m_offerTo = nullptr;
    FindingsPanel* m_findings;
    class QDockWidget* m_findingsDock;
    class QToolBar* m_toolbar;

    QMenu* m_fileMenu;
    QMenu* m_recentMenu;
    QMenu* m_editMenu;
    QMenu* m_viewMenu;
    QMenu* m_toolsMenu;
    QMenu* m_helpMenu;
    QAction* m_new;
    QAction* m_open;
    QAction* m_openFolder;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_merge;
    QAction* m_properties;
    QAction* m_exportColleagues;
    QAction* m_exportSyncMl;
    QAction* m_exportGraph;
    QAction* m_quit;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_prevSetting;
    QAction* m_nextSetting;
    QAction* m_pageActions[4];
    QAction* m_findingsToggle;
    QAction* m_settings;
    QAction* m_about;
    QAction* m_aboutQt;
    QAction* m_clearRecent;

    AskFunction m_ask;
    ConfirmReplaceFunction m_confirmReplace;
    std::optional<Provenance> m_provenance;
    bool m_selecting = false;
    bool m_sizeDocksOnShow = false;
    QPointer<QWidget> m_focusBeforeFindings;
};

} // namespace ra::ui

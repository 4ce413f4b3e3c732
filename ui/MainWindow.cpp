#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "BackendFactory.h"
#include "BackendsPanel.h"
#include "ConfigurationLoader.h"
#include "DocumentPropertiesDialog.h"
#include "ExportDialog.h"
#include "FindingsPanel.h"
#include "FirewallView.h"
#include "LanguageManager.h"
#include "LazyPage.h"
#include "OpenDiffDialog.h"
#include "PolicyPage.h"
#include "ReadinessPanel.h"
#include "SessionRecovery.h"
#include "SettingsDialog.h"
#include "StringConversion.h"
#include "Theme.h"
#include "ThemedIcon.h"
#include "backends/GraphJsonFileBackend.h"
#include "backends/ScopedBackend.h"
#include "core/Error.h"
#include "models/AllSettingsModel.h"
#include "models/ErrorText.h"
#include "models/ExplainTextProvider.h"
#include "models/PolicyDocument.h"
#include "models/PolicyTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <filesystem>

#ifndef RA_VERSION
#define RA_VERSION "0.0.0"
#endif

namespace ra::ui {

namespace {
std::filesystem::path toPath(const QString& s)
{
#ifdef _WIN32
    return std::filesystem::path(s.toStdWString());
#else
    return std::filesystem::path(s.toStdString());
#endif
}
} // namespace

MainWindow::MainWindow(const QString& recoveryFolder, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ra-console.svg")));
    m_doc = new PolicyDocument(this);
    m_texts = new ExplainTextProvider(this);
    m_texts->setAdmxFolder(AppSettings::effectiveAdmxFolder(), LanguageManager::current());
    m_treeModel = new PolicyTreeModel(m_doc, m_texts, this);
    m_allModel = new AllSettingsModel(m_treeModel, this);
    m_recovery = new SessionRecovery(m_doc, recoveryFolder, this);

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);

    // Policies: navigation | page
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_navigation = new QTabWidget(m_splitter);
    m_tree = new QTreeView(m_navigation);
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->expandAll();
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_navigation->addTab(m_tree, QString());
    m_allBox = new QWidget(m_navigation);
    auto* al = new QVBoxLayout(m_allBox);
    al->setContentsMargins(2, 2, 2, 2);
    m_search = new QLineEdit(m_allBox);
    m_search->setClearButtonEnabled(true);
    al->addWidget(m_search);
    m_all = new QTreeView(m_allBox);
    m_all->setModel(m_allModel);
    m_all->setRootIsDecorated(false);
    m_all->setUniformRowHeights(true);
    // The list starts in the tree's order, with no sort indicator. Clearing the indicator before
    // setSortingEnabled() keeps it from sorting by the first column (which loads the locale's
    // collation) just to have that order taken back.
    m_all->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_all->setSortingEnabled(true);
    m_all->header()->setSectionResizeMode(AllSettingsModel::SettingColumn, QHeaderView::Interactive);
    m_all->header()->resizeSection(AllSettingsModel::SettingColumn, 240);
    al->addWidget(m_all, 1);
    m_navigation->addTab(m_allBox, QString());
    m_page = new PolicyPage(m_splitter);
    m_page->setDocument(m_doc);
    m_page->setExplainTexts(m_texts);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 50, fontMetrics().averageCharWidth() * 130});
    m_pages->addTab(m_splitter, QString());

    // the other pages are made when they are first shown: start-up builds what it paints
    m_firewallPage = new LazyPage([this](QWidget* page) { return makeFirewall(page); }, m_pages);
    m_pages->addTab(m_firewallPage, QString());
    m_readinessPage = new LazyPage([this](QWidget* page) { return makeReadiness(page); }, m_pages);
    m_pages->addTab(m_readinessPage, QString());
    m_backendsPage = new LazyPage([this](QWidget* page) { return makeBackends(page); }, m_pages);
    m_pages->addTab(m_backendsPage, QString());
    setCentralWidget(m_pages);

    m_findings = new FindingsPanel(this);
    m_findings->setDocument(m_doc);
    m_findingsDock = new QDockWidget(this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findings);
    m_findingsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                                | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    createActions();
    createMenus();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) { onTreeCurrentChanged(i); });
    connect(m_all->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) { onAllCurrentChanged(i); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_allModel->setSearchText(t);
        if (!t.isEmpty())
            m_navigation->setCurrentWidget(m_allBox);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_allModel->rowCount() > 0) {
            m_all->setCurrentIndex(m_allModel->index(0, 0));
            m_page->focusElement(QString()); // the state buttons
        }
    });
    // Previous/Next Setting follow the rows of the navigation view in front, as sorted and filtered.
    connect(m_navigation, &QTabWidget::currentChanged, this, &MainWindow::updateNavigationActions);
    connect(m_allModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateNavigationActions);
    connect(m_allModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateNavigationActions);
    connect(m_allModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateNavigationActions);
    connect(m_allModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateNavigationActions);
    connect(m_page, &PolicyPage::previousRequested, this, &MainWindow::previousSetting);
    connect(m_page, &PolicyPage::nextRequested, this, &MainWindow::nextSetting);
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::focusFinding);
    // findings about the deployment: the firewall exceptions on the Firewall page, the rest in the target
    connect(m_findings, &FindingsPanel::deploymentFindingActivated, this, [this](const QString& code) {
        showPage(code == QLatin1String("offer.firewall") ? Page::Firewall : Page::Readiness);
        if (code == QLatin1String("offer.firewall"))
            firewallView()->focusFamilies();
        else
            readinessPanel()->focusForFinding(code);
    });
    followDelivery();
    connect(m_doc, &PolicyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &PolicyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &PolicyDocument::sourcePathChanged, this, &MainWindow::updateTitle);

    // The tree is small and fixed: always fully expanded (also after a document reset).
    connect(m_doc, &PolicyDocument::configurationReset, m_tree, &QTreeView::expandAll);

    retranslateUi();
    selectPolicy(PolicyId::CustomizeWarningMessages);
    restoreState();
    updateTitle();
    m_tree->expandAll();
}

FirewallView* MainWindow::makeFirewall(QWidget* parent)
{
    m_firewall = new FirewallView(parent);
    m_firewall->setDocument(m_doc);
    return m_firewall;
}

ReadinessPanel* MainWindow::makeReadiness(QWidget* parent)
{
    m_readiness = new ReadinessPanel(parent);
    m_readiness->setDocument(m_doc);
    connect(m_readiness, &ReadinessPanel::showPolicyRequested, this,
            [this](PolicyId id, const QString& element) { focusFinding(id, element, -1); });
    connect(m_readiness, &ReadinessPanel::showFirewallRequested, this, [this] { showPage(Page::Firewall); });
    return m_readiness;
}

BackendsPanel* MainWindow::makeBackends(QWidget* parent)
{
    m_backends = new BackendsPanel(parent);
    m_backends->setDocument(m_doc);
    // MDM follows the delivery backend chosen on the Deliver page (Intune or a SyncML file)
    connect(m_backends->selector(), &QComboBox::currentIndexChanged, this, &MainWindow::followDelivery);
    connect(m_backends, &BackendsPanel::applyFinished, this, [this](bool ok) {
        statusBar()->showMessage(ok ? tr("Applied to the target.") : tr("Not applied: see the result log."), 8000);
    });
    followDelivery();
    return m_backends;
}

FirewallView* MainWindow::firewallView() { return static_cast<FirewallView*>(m_firewallPage->content()); }
ReadinessPanel* MainWindow::readinessPanel() { return static_cast<ReadinessPanel*>(m_readinessPage->content()); }
BackendsPanel* MainWindow::backendsPanel() { return static_cast<BackendsPanel*>(m_backendsPage->content()); }

void MainWindow::followDelivery()
{
    const BackendKind kind = m_backends ? m_backends->kind() : AppSettings::defaultBackend();
    m_doc->setMdmDelivery(kind == BackendKind::Intune || kind == BackendKind::SyncMlFile);
}

MainWindow::~MainWindow()
{
    // The children are deleted after this: their last signals (the undo stack's clear(), a model
    // being reset) must not reach this half-destroyed window.
    for (const QObject* sender : std::initializer_list<const QObject*>{m_doc->undoStack(), m_doc, m_allModel,
                                                                       m_navigation, m_findingsDock})
        disconnect(sender, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_new = new QAction(themedIcon("document-new", QStyle::SP_FileIcon), QString(), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, [this] { newDocument(); });
    m_open = new QAction(themedIcon("document-open", QStyle::SP_DialogOpenButton), QString(), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::open);
    m_openFolder = new QAction(themedIcon("folder-open", QStyle::SP_DirOpenIcon), QString(), this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openFolder);
    m_save = new QAction(themedIcon("document-save", QStyle::SP_DialogSaveButton), QString(), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs = new QAction(themedIcon("document-save-as", QStyle::SP_DialogSaveButton), QString(), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    m_merge = new QAction(QString(), this);
    connect(m_merge, &QAction::triggered, this, &MainWindow::mergeProfileInto);
    m_properties = new QAction(themedIcon("document-properties", QStyle::SP_FileDialogInfoView), QString(), this);
    connect(m_properties, &QAction::triggered, this, &MainWindow::showProperties);
    m_exportColleagues = new QAction(themedIcon("document-export", QStyle::SP_FileDialogNewFolder), QString(), this);
    m_exportColleagues->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportColleagues, &QAction::triggered, this, &MainWindow::exportForColleagues);
    m_exportSyncMl = new QAction(QString(), this);
    connect(m_exportSyncMl, &QAction::triggered, this, &MainWindow::exportSyncMl);
    m_exportGraph = new QAction(QString(), this);
    connect(m_exportGraph, &QAction::triggered, this, &MainWindow::exportGraphJson);
    m_quit = new QAction(themedIcon("application-exit", QStyle::SP_DialogCloseButton), QString(), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Not QUndoStack::createUndoAction(): its "Undo %1" is fixed when it is made and would keep
    // that language; updateUndoActions() sets the texts in the language in use.
    QUndoStack* stack = m_doc->undoStack();
    m_undo = new QAction(themedIcon("edit-undo", QStyle::SP_ArrowBack), QString(), this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    m_redo = new QAction(themedIcon("edit-redo", QStyle::SP_ArrowForward), QString(), this);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(stack, signal, this, &MainWindow::updateUndoActions);
    for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(stack, signal, this, &MainWindow::updateUndoActions);
    connect(m_doc, &PolicyDocument::undoTextsChanged, this, &MainWindow::updateUndoActions);

    m_prevSetting = new QAction(themedIcon("go-previous", QStyle::SP_ArrowUp), QString(), this);
    m_prevSetting->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_prevSetting, &QAction::triggered, this, &MainWindow::previousSetting);
    m_nextSetting = new QAction(themedIcon("go-next", QStyle::SP_ArrowDown), QString(), this);
    m_nextSetting->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextSetting, &QAction::triggered, this, &MainWindow::nextSetting);
    for (int i = 0; i < 4; ++i) {
        m_pageActions[i] = new QAction(this);
        m_pageActions[i]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(m_pageActions[i], &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    m_findingsToggle = m_findingsDock->toggleViewAction();
    m_findingsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // Showing the panel takes the keyboard there; hiding it while the keyboard is there gives
    // the focus back (visibilityChanged comes before Qt moves the focus of a hidden widget on).
    connect(m_findingsToggle, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        QWidget* focus = QApplication::focusWidget();
        if (focus && !m_findingsDock->isAncestorOf(focus))
            m_focusBeforeFindings = focus;
        m_findings->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_findingsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        QWidget* focus = QApplication::focusWidget();
        if (visible || !focus || !m_findingsDock->isAncestorOf(focus))
            return;
        if (m_focusBeforeFindings && m_focusBeforeFindings->isVisible())
            m_focusBeforeFindings->setFocus(Qt::ShortcutFocusReason);
        else if (m_pages->currentWidget() == m_splitter)
            m_page->focusElement(QString());
    });
    // Tools › Offer Remote Assistance to…: the computer field of the Helpdesk Readiness page
    m_offerTo = new QAction(this);
    m_offerTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_offerTo, &QAction::triggered, this, [this] {
        showPage(Page::Readiness);
        readinessPanel()->focusOffer();
    });
    m_settings = new QAction(themedIcon("configure", QStyle::SP_FileDialogDetailedView), QString(), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    m_about = new QAction(themedIcon("help-about", QStyle::SP_MessageBoxInformation), QString(), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_clearRecent = new QAction(this);
    connect(m_clearRecent, &QAction::triggered, this, [] { AppSettings::clearRecentFiles(); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_openFolder);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addAction(m_merge);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_saveAs);
    m_fileMenu->addAction(m_exportColleagues);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportSyncMl);
    m_fileMenu->addAction(m_exportGraph);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_properties);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_prevSetting);
    m_viewMenu->addAction(m_nextSetting);
    m_viewMenu->addSeparator();
    for (QAction* a : m_pageActions)
        m_viewMenu->addAction(a);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findingsToggle);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_offerTo);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_settings);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_new);
    m_toolbar->addAction(m_open);
    m_toolbar->addAction(m_save);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_prevSetting);
    m_toolbar->addAction(m_nextSetting);
}

void MainWindow::retranslateUi()
{
    m_pages->setTabText(int(Page::Policies), tr("Policies"));
    m_pages->setTabText(int(Page::Firewall), tr("Firewall"));
    m_pages->setTabText(int(Page::Readiness), tr("Helpdesk Readiness"));
    m_pages->setTabText(int(Page::Deliver), tr("Deliver"));
    m_pages->setAccessibleName(tr("Pages"));
    m_navigation->setTabText(0, tr("Tree"));
    m_navigation->setTabText(1, tr("All Settings"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_tree->setAccessibleName(tr("Policy tree"));
    m_all->setAccessibleName(tr("All settings"));
    m_search->setPlaceholderText(tr("Search names, CSP and GP names, registry values, help…"));
    m_search->setAccessibleName(tr("Search settings"));
    m_findingsDock->setWindowTitle(tr("Findings"));
    m_toolbar->setWindowTitle(tr("Main Toolbar"));

    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Start a new configuration"));
    m_open->setText(tr("&Open…"));
    m_open->setToolTip(tr("Open a profile, registry.pol, .reg or LGPO text file"));
    m_openFolder->setText(tr("Open GPO &Backup Folder…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_merge->setText(tr("Merge Profile &Into Current Work…"));
    m_merge->setToolTip(tr("Set the policies of a profile in the current work, as one undo step"));
    m_properties->setText(tr("&Properties…"));
    m_properties->setToolTip(tr("Where the configuration comes from: author, computer, product version, dates"));
    m_exportColleagues->setText(tr("&Export for Colleagues…"));
    m_exportSyncMl->setText(tr("Export Sync&ML…"));
    m_exportGraph->setText(tr("Export &Graph JSON…"));
    m_quit->setText(tr("&Quit"));
    updateUndoActions();
    m_prevSetting->setText(tr("&Previous Setting"));
    m_nextSetting->setText(tr("&Next Setting"));
    m_pageActions[0]->setText(tr("P&olicies"));
    m_pageActions[1]->setText(tr("&Firewall"));
    m_pageActions[2]->setText(tr("Helpdesk &Readiness"));
    m_pageActions[3]->setText(tr("&Deliver"));
    m_findingsToggle->setText(tr("F&indings Panel"));
    m_offerTo->setText(tr("&Offer Remote Assistance to…"));
    m_offerTo->setToolTip(tr("Enter the computer to help on the Helpdesk Readiness page"));
    m_settings->setText(tr("&Settings…"));
    m_about->setText(tr("&About Remote Assistance Policy Console"));
    m_aboutQt->setText(tr("About &Qt"));
    m_clearRecent->setText(tr("&Clear List"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The models are no widgets: they hear of the language here, before the views.
        m_doc->retranslate();
        m_treeModel->retranslate();
        m_allModel->retranslate();
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateUndoActions()
{
    const QUndoStack* stack = m_doc->undoStack();
    const auto escaped = [](QString text) { return text.replace(QLatin1Char('&'), QLatin1String("&&")); };
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(escaped(undo)));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(escaped(redo)));
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
}

void MainWindow::updateTitle()
{
    // The profile it is saved to, else what was opened (Registry.pol, a GPO backup…).
    const QString shown = m_doc->displayName();
    const QString name = shown.isEmpty() ? tr("Untitled") : shown;
    setWindowTitle(tr("%1[*] — Remote Assistance Policy Console").arg(name));
    setWindowModified(m_doc->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    int n = 0;
    for (const QString& f : files) {
        ++n;
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(QDir::toNativeSeparators(f)));
        connect(a, &QAction::triggered, this, [this, f] { openRecentFile(f); });
    }
    if (files.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecent);
    }
}

PolicyId MainWindow::currentPolicy() const { return m_page->policy(); }

void MainWindow::selectPolicy(PolicyId id)
{
    m_page->setPolicy(id);
    syncSelection(id);
    updateNavigationActions();
}

std::vector<PolicyId> MainWindow::navigationOrder() const
{
    if (m_navigation->currentWidget() != m_allBox)
        return {kAllPolicies.begin(), kAllPolicies.end()}; // the tree: the catalog's order
    std::vector<PolicyId> order;
    for (int row = 0; row < m_allModel->rowCount(); ++row)
        if (const auto id = m_allModel->policyAt(m_allModel->index(row, AllSettingsModel::SettingColumn)))
            order.push_back(*id);
    return order;
}

std::optional<PolicyId> MainWindow::neighbour(int step) const
{
    // A policy not in the list (filtered out by the search) steps to the list's first or last row.
    const std::vector<PolicyId> order = navigationOrder();
    if (order.empty())
        return std::nullopt;
    const auto it = std::find(order.begin(), order.end(), currentPolicy());
    if (it == order.end())
        return step > 0 ? order.front() : order.back();
    const auto i = std::distance(order.begin(), it) + step;
    if (i < 0 || i >= std::ssize(order))
        return std::nullopt;
    return order[std::size_t(i)];
}

void MainWindow::updateNavigationActions()
{
    const bool previous = neighbour(-1).has_value();
    const bool next = neighbour(+1).has_value();
    m_prevSetting->setEnabled(previous);
    m_nextSetting->setEnabled(next);
    m_page->setPreviousNextEnabled(previous, next);
}

void MainWindow::syncSelection(PolicyId id)
{
    if (m_selecting)
        return;
    m_selecting = true;
    const QModelIndex t = m_treeModel->indexOf(id);
    if (t.isValid() && m_tree->currentIndex() != t)
        m_tree->setCurrentIndex(t);
    const QModelIndex a = m_allModel->indexOf(id);
    if (a.isValid() && m_allModel->policyAt(m_all->currentIndex()) != id)
        m_all->setCurrentIndex(a);
    m_selecting = false;
}

void MainWindow::onTreeCurrentChanged(const QModelIndex& index)
{
    if (m_selecting)
        return;
    if (const auto id = PolicyTreeModel::policyAt(index))
        selectPolicy(*id);
}

void MainWindow::onAllCurrentChanged(const QModelIndex& index)
{
    if (m_selecting)
        return;
    if (const auto id = m_allModel->policyAt(index))
        selectPolicy(*id);
}

void MainWindow::previousSetting()
{
    if (const auto id = neighbour(-1))
        selectPolicy(*id);
}

void MainWindow::nextSetting()
{
    if (const auto id = neighbour(+1))
        selectPolicy(*id);
}

void MainWindow::showPage(Page page) { m_pages->setCurrentIndex(int(page)); }

bool MainWindow::showPageByName(const QString& name)
{
    if (const Policy* p = Catalog::instance().find(ss(name))) {
        showPage(Page::Policies);
        selectPolicy(p->id);
        m_page->showInfoTab(PolicyPage::InfoTab::Help);
        return true;
    }
    const QString n = name.toLower();
    if (n == QLatin1String("sku")) {
        showPage(Page::Policies);
        selectPolicy(PolicyId::UnsolicitedRemoteAssistance);
        m_page->showInfoTab(PolicyPage::InfoTab::Availability);
        return true;
    }
    if (n == QLatin1String("details")) {
        showPage(Page::Policies);
        m_page->showInfoTab(PolicyPage::InfoTab::Details);
        return true;
    }
    if (n == QLatin1String("firewall")) {
        showPage(Page::Firewall);
        return true;
    }
    if (n == QLatin1String("readiness")) {
        showPage(Page::Readiness);
        return true;
    }
    if (n == QLatin1String("preview") || n == QLatin1String("deliver")) {
        showPage(Page::Deliver);
        backendsPanel()->preview();
        return true;
    }
    return false;
}

void MainWindow::focusFinding(ra::PolicyId policy, const QString& elementId, int listRow)
{
    showPage(Page::Policies);
    selectPolicy(policy);
    m_page->focusElement(elementId, listRow);
}

QMessageBox::StandardButton MainWindow::ask(const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons)
{
    if (m_ask)
        return m_ask(title, text, buttons);
    return QMessageBox::question(this, title, text, buttons);
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = ask(tr("Unsaved Changes"),
                            tr("The configuration has changes that are not saved. Save them first?"),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::newDocument()
{
    if (!maybeSave())
        return false;
    m_doc->load(Configuration(), QString());
    m_provenance.reset();
    m_recovery->discard();
    statusBar()->showMessage(tr("New configuration."), 4000);
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(), ConfigurationLoader::openFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open GPO Backup Folder"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path) { return openPath(path, false); }

bool MainWindow::openRecentFile(const QString& path) { return openPath(path, true); }

bool MainWindow::openPath(const QString& path, bool fromRecent)
{
    LoadedConfiguration loaded;
    try {
        loaded = ConfigurationLoader::open(path);
    } catch (const std::exception& e) {
        const QString why = ErrorText::text(e);
        if (!fromRecent) {
            QMessageBox::warning(this, tr("Cannot Open"), why);
            return false;
        }
        if (ask(tr("Cannot Open"), tr("%1\n\nRemove it from the recent files?").arg(why),
                QMessageBox::Yes | QMessageBox::No)
            == QMessageBox::Yes) {
            AppSettings::removeRecentFile(path);
            statusBar()->showMessage(tr("Removed %1 from the recent files.").arg(QDir::toNativeSeparators(path)), 6000);
        }
        return false;
    }
    // First the unsaved changes (Save / Discard / Cancel), as in every KDE application…
    if (!maybeSave())
        return false;
    // …then, over existing work, the dry run of what opening the profile changes.
    const bool hasWork = !(m_doc->configuration() == Configuration())
                         || m_doc->included() != PolicyDocument::allPolicies();
    if (hasWork && loaded.kind == LoadedConfiguration::Kind::Profile) {
        const QString fileName = QFileInfo(path).fileName();
        const std::set<PolicyId> incoming = loaded.profile ? loaded.profile->included : PolicyDocument::allPolicies();
        const bool replace = m_confirmReplace
                                 ? m_confirmReplace(m_doc->configuration(), loaded.configuration, fileName)
                                 : OpenDiffDialog(OpenDiffDialog::Mode::Open, m_doc->configuration(), m_doc->included(),
                                                  loaded.configuration, incoming, fileName, this)
                                           .exec()
                                       == QDialog::Accepted;
        if (!replace)
            return false;
    }
    // The file is the document from now on: not modified, its path, its own undo history.
    applyLoaded(loaded, path);
    AppSettings::addRecentFile(path);
    QString message = tr("Opened %1.").arg(QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath())));
    if (m_provenance && !m_provenance->author.empty())
        message += QLatin1Char(' ')
                   + tr("Written by %1 on %2, last changed %3 (File > Properties).")
                         .arg(QString::fromStdString(m_provenance->author),
                              m_provenance->host.empty() ? QStringLiteral("—") : QString::fromStdString(m_provenance->host),
                              DocumentPropertiesDialog::timeText(m_provenance->modified));
    const int left = int(kAllPolicies.size() - m_doc->included().size());
    if (left > 0)
        message += QLatin1Char(' ') + tr("%n policies are not part of this profile and are left alone.", nullptr, left);
    if (!loaded.notes.isEmpty())
        message += QLatin1Char(' ') + loaded.notes.join(QLatin1Char(' '));
    statusBar()->showMessage(message, 10000);
    return true;
}

void MainWindow::mergeProfileInto()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Merge Profile Into Current Work"), QString(), tr("Profiles (*.json)"));
    if (!path.isEmpty())
        mergeProfile(path);
}

bool MainWindow::mergeProfile(const QString& path)
{
    LoadedConfiguration loaded;
    try {
        loaded = ConfigurationLoader::open(path);
        if (loaded.kind != LoadedConfiguration::Kind::Profile || !loaded.profile)
            throw ra::Error(tr("only profiles (.json) can be merged into the current work; open other files "
                               "with File > Open.")
                                .toStdString(),
                            QDir::toNativeSeparators(path).toStdString());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot Merge"), ErrorText::text(e));
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    Configuration merged = m_doc->configuration();
    std::set<PolicyId> included = m_doc->included();
    for (PolicyId id : loaded.profile->included) {
        merged.setSetting(id, loaded.configuration.setting(id));
        included.insert(id);
    }
    if (merged == m_doc->configuration() && included == m_doc->included()) {
        statusBar()->showMessage(tr("Nothing to merge: %1 has the same settings as the current work.").arg(fileName),
                                 8000);
        return true;
    }
    OpenDiffDialog dialog(OpenDiffDialog::Mode::Merge, m_doc->configuration(), m_doc->included(), merged, included,
                          fileName, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_doc->replaceConfiguration(merged, [fileName] { return tr("Merge %1").arg(fileName); }, included);
    statusBar()->showMessage(tr("Merged %1 into the current work; Undo takes it back.").arg(fileName), 8000);
    return true;
}

void MainWindow::showProperties()
{
    DocumentPropertiesDialog dialog(m_doc, m_provenance, this);
    dialog.exec();
}

void MainWindow::applyLoaded(const LoadedConfiguration& loaded, const QString& path)
{
    // Only a profile is saved back to where it came from; anything else is saved as a new profile.
    // The title shows what was opened either way (the document's source).
    const bool isProfile = loaded.kind == LoadedConfiguration::Kind::Profile;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_doc->load(loaded.configuration, isProfile ? absolute : QString(), absolute,
                loaded.profile ? loaded.profile->included : PolicyDocument::allPolicies());
    if (loaded.profile && loaded.profile->target)
        m_doc->loadDeploymentTarget(*loaded.profile->target);
    m_provenance = loaded.profile ? std::optional<Provenance>(loaded.profile->provenance) : std::nullopt;
    m_recovery->discard(); // this session's file only: the document is as saved now
}

Profile MainWindow::profileForSave(const std::set<PolicyId>& included, const QString& author) const
{
    Profile profile;
    profile.configuration = m_doc->configuration();
    profile.included = included;
    profile.target = m_doc->deploymentTarget();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    profile.provenance.author = ss(author.isEmpty() ? qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"))
                                                    : author);
    profile.provenance.host = ss(QSysInfo::machineHostName());
    profile.provenance.productVersion = ss(QStringLiteral("ra-console " RA_VERSION));
    profile.provenance.created = m_provenance && !m_provenance->created.empty() ? m_provenance->created : ss(now);
    profile.provenance.modified = ss(now);
    return profile;
}

bool MainWindow::saveTo(const QString& path)
{
    try {
        // A partial profile stays partial: the policies it leaves out are still left alone.
        const Profile profile = profileForSave(m_doc->included(), QString());
        ProfileFormat::save(toPath(path), profile);
        m_provenance = profile.provenance;
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot Save"), ErrorText::text(e));
        return false;
    }
    m_doc->setFilePath(QFileInfo(path).absoluteFilePath());
    m_doc->setSaved();
    m_recovery->discard();
    AppSettings::addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

bool MainWindow::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    return saveTo(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    // Not saved as a profile yet: suggest a profile named after the source, next to it.
    QString suggested = m_doc->filePath();
    if (suggested.isEmpty() && !m_doc->sourcePath().isEmpty()) {
        const QFileInfo source(QDir::cleanPath(m_doc->sourcePath()));
        suggested = source.dir().filePath((source.isDir() ? source.fileName() : source.completeBaseName())
                                          + QStringLiteral(".json"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save As"), suggested, tr("Profiles (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool MainWindow::exportProfile(const QString& path, const std::set<PolicyId>& included, const QString& author)
{
    try {
        ProfileFormat::save(toPath(path), profileForSave(included, author));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot Export"), ErrorText::text(e));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void MainWindow::exportForColleagues()
{
    ExportDialog dialog(m_treeModel, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export for Colleagues"), QString(), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportProfile(path, dialog.includedPolicies(), dialog.author());
}

bool MainWindow::exportWithBackend(int kind, const QString& title, const QString& filter, const QString& suffix)
{
    QString path = QFileDialog::getSaveFileName(this, title, AppSettings::backendPath(BackendKind(kind)), filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    BackendRequest request;
    request.kind = BackendKind(kind);
    request.path = path;
    request.scope = m_doc->included();
    try {
        auto backend = BackendFactory::create(request);
        const ApplyReport report = backend->apply(ChangeSet(m_doc->configuration()));
        if (!report.ok) {
            QMessageBox::warning(this, title, QString::fromStdString(report.error));
            return false;
        }
    } catch (const std::exception& e) {
        QMessageBox::warning(this, title, ErrorText::text(e));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void MainWindow::exportSyncMl()
{
    exportWithBackend(int(BackendKind::SyncMlFile), tr("Export SyncML"), tr("SyncML files (*.xml)"),
                      QStringLiteral(".xml"));
}

void MainWindow::exportGraphJson()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Graph JSON"), QString(), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportGraphJsonTo(path);
}

bool MainWindow::exportGraphJsonTo(const QString& path)
{
    try {
        ScopedBackend backend(std::make_unique<GraphJsonFileBackend>(toPath(path)), m_doc->included());
        const ApplyReport report = backend.apply(ChangeSet(m_doc->configuration()));
        if (!report.ok) {
            QMessageBox::warning(this, tr("Export Graph JSON"), QString::fromStdString(report.error));
            return false;
        }
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export Graph JSON"), ErrorText::text(e));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::applySettings()
{
    const QString lang = LanguageManager::apply(AppSettings::language());
    Theme::apply(AppSettings::darkTheme());
    m_texts->setAdmxFolder(AppSettings::effectiveAdmxFolder(), lang);
    if (m_backends)
        m_backends->reloadSettings();
    followDelivery();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

bool MainWindow::offerRecovery()
{
    const std::vector<SessionRecovery::Recovered> pending = m_recovery->pending();
    if (pending.empty())
        return false;
    const SessionRecovery::Recovered& recovered = pending.front(); // the newest
    const QString when = QLocale().toString(recovered.savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString what = recovered.sourcePath.isEmpty() ? tr("a new configuration")
                                                        : QDir::toNativeSeparators(recovered.sourcePath);
    QString text = tr("The console was closed without saving %1 (last change %2). Restore that work?").arg(what, when);
    if (pending.size() > 1)
        text += QLatin1Char(' ')
                + tr("%n more sessions also left unsaved work; the console offers them the next time it starts.",
                     nullptr, int(pending.size() - 1));
    const auto answer = ask(tr("Recover Unsaved Work"), text, QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        m_recovery->discard(recovered);
        return false;
    }
    // Restore on top of what the session had opened, read again, so that Undo goes back to it.
    bool sourceRead = false;
    if (!recovered.sourcePath.isEmpty()) {
        try {
            applyLoaded(ConfigurationLoader::open(recovered.sourcePath), recovered.sourcePath);
            sourceRead = true;
        } catch (const std::exception&) {
            // moved or changed since: restore on an empty base (below)
        }
    }
    if (!sourceRead) {
        m_doc->load(Configuration(), recovered.originalPath, recovered.sourcePath);
        m_provenance.reset();
    }
    m_doc->replaceConfiguration(recovered.configuration, [] { return tr("Recover unsaved work"); }, recovered.included);
    m_doc->setDeploymentTarget(recovered.target, [] { return tr("Recover the deployment target"); });
    // This session keeps the work now; the crashed session's file has served.
    m_recovery->saveNow();
    m_recovery->discard(recovered);
    if (recovered.sourcePath.isEmpty() || sourceRead)
        statusBar()->showMessage(tr("Unsaved work restored; save it to keep it."), 10000);
    else
        statusBar()->showMessage(tr("Unsaved work restored; save it to keep it. %1 cannot be read any more, so Undo "
                                    "goes back to an empty configuration.")
                                     .arg(QDir::toNativeSeparators(recovered.sourcePath)),
                                 15000);
    return true;
}

void MainWindow::restoreState()
{
    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1280, 860);
    const QByteArray state = AppSettings::windowState();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    else
        m_sizeDocksOnShow = true;
    const QByteArray split = AppSettings::splitterState(QStringLiteral("main"));
    if (!split.isEmpty())
        m_splitter->restoreState(split);
    const QByteArray pageSplit = AppSettings::splitterState(QStringLiteral("policyPage"));
    if (!pageSplit.isEmpty())
        m_page->splitter()->restoreState(pageSplit);
}

void MainWindow::saveState()
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(QMainWindow::saveState());
    AppSettings::setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    AppSettings::setSplitterState(QStringLiteral("policyPage"), m_page->splitter()->saveState());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    for (QAbstractItemView* view : findChildren<QAbstractItemView*>())
        view->doItemsLayout();
    if (m_sizeDocksOnShow) {
        // First start: the findings panel gets a few lines, the pages the rest.
        m_sizeDocksOnShow = false;
        resizeDocks({m_findingsDock}, {fontMetrics().height() * 9}, Qt::Vertical);
        const int nav = qMax(m_tree->header()->sectionSize(0) + 24, width() / 4);
        m_splitter->setSizes({nav, qMax(400, width() - nav)});
        m_page->splitter()->setSizes({m_page->width() * 11 / 20, m_page->width() * 9 / 20});
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_backends && m_backends->isApplying()) {
        statusBar()->showMessage(tr("Wait for the apply to finish or cancel it first."), 6000);
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveState();
    m_recovery->discard();
    event->accept();
}

} // namespace ra::ui

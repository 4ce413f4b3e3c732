#pragma once
/**
 * @file BackendsPanel.h
 * Delivery: choose a target (local registry, .reg file, local GPO folder, GPO backup folder,
 * SyncML file, Intune) with its settings, preview exactly what would be written and how it
 * differs from the target's current state, then apply off the GUI thread with progress, Cancel
 * and a result log.
 */
#include "AppSettings.h"
#include "BackendFactory.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QThread;
class QTimer;

namespace ra {
class PolicyDocument;
struct GroupPolicyReadResult;
}

namespace ra::ui {

class ApplyWorker;
class PreviewPane;

class BackendsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BackendsPanel(QWidget* parent = nullptr);
    ~BackendsPanel() override;

    /// The configuration to deliver; the preview follows its changes.
    void setDocument(ra::PolicyDocument* document);

    BackendKind kind() const;
    void setKind(BackendKind kind);
    QString targetPath() const;
    void setTargetPath(const QString& path);
    BackendRequest request() const;

    bool isApplying() const { return m_thread != nullptr; }
    /// True while a background job (Intune connection test, reading the Intune profile) runs.
    bool hasBackgroundJobs() const { return !m_jobs.empty(); }
    /// True when the preview shown no longer matches the configuration or the target.
    bool isPreviewOutdated() const { return m_previewStale; }

    /**
     * Asks whether to write the registry of this computer (the local registry target); true
     * when the user agrees. Apply calls it before it writes the live registry.
     */
    bool confirmLiveRegistry();

    // for tests
    QComboBox* selector() const { return m_selector; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* applyButton() const { return m_applyButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QTabWidget* previewTabs() const { return m_previewTabs; }
    QPlainTextEdit* resultLog() const { return m_log; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* testConnectionButton() const { return m_testConnection; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* gpoNameEdit() const { return m_gpoName; }
    QLineEdit* gpoDomainEdit() const { return m_gpoDomain; }
    QLineEdit* tenantEdit() const { return m_tenant; }
    QLineEdit* clientEdit() const { return m_client; }
    QLineEdit* profileNameEdit() const { return m_profileName; }
    QLabel* outdatedLabel() const { return m_outdated; }
    QSplitter* splitter() const { return m_split; }
    /// The summary tab (first tab of a preview), or null.
    QPlainTextEdit* summaryView() const { return m_summary; }
    /// The preview panes after the summary, one per artifact.
    QList<PreviewPane*> previewPanes() const;

public Q_SLOTS:
    /// Takes the delivery settings again (default target, paths, Intune ids) after Settings changed.
    void reloadSettings();
    /// Intune: signs in and looks for the profile off the GUI thread; the result goes to the log.
    void testConnection();
    /**
     * Fills the preview tabs: a summary (the policies that change against the target's current
     * configuration) and, per artifact, the target's current state and what Apply would write
     * side by side with their differences. Returns false (and says why in the log) when it cannot.
     */
    bool preview();
    /// Starts an apply in a worker thread; returns false when it could not start.
    bool apply();
    void cancel();

Q_SIGNALS:
    /// An apply ended (successfully or not).
    void applyFinished(bool ok);
    /// The user asked to export a .reg file instead of the local registry.
    void regFileRequested();
    /// The preview tabs were filled, or emptied when no preview could be made (by preview() or a
    /// refresh after a change).
    void previewUpdated();
    /// A target read in the background (the Intune profile) has reached the preview.
    void targetRead();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct BackgroundJob;
    bool showPreview(bool quiet);
    void invalidatePreview(bool soon = true);
    void fillSummary();
    void readIntuneProfile(PreviewPane* pane, int generation);
    void onProfileRead(int generation, const std::optional<ra::GroupPolicyReadResult>& current,
                       const QString& currentText, const QString& error);
    void startJob(QThread* thread, std::shared_ptr<BackgroundJob> job);
    void retranslateUi();
    void updateKindUi();
    void browse();
    void onFinished(bool ok, const QStringList& log, const QString& error, bool cancelled);

    QPointer<ra::PolicyDocument> m_doc;
    QLabel* m_selectorLabel;
    QComboBox* m_selector;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_unavailable;
    QPushButton* m_useReg;
    QWidget* m_intuneBox;
    QLabel* m_tenantLabel;
    QLineEdit* m_tenant;
    QLabel* m_clientLabel;
    QLineEdit* m_client;
    QLabel* m_profileLabel;
    QLineEdit* m_profileName;
    QLabel* m_intuneNote;
    QPushButton* m_testConnection = nullptr;
    QWidget* m_gpoBox;
    QLabel* m_gpoNameLabel;
    QLineEdit* m_gpoName;
    QLabel* m_gpoDomainLabel;
    QLineEdit* m_gpoDomain;
    QPushButton* m_previewButton;
    QPushButton* m_applyButton;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QLabel* m_progressLabel;
    QLabel* m_previewCaption;
    QLabel* m_outdated;
    QTabWidget* m_previewTabs;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_logCaption;
    QPlainTextEdit* m_log;
    QSplitter* m_split;
    QTimer* m_refreshTimer;

    QThread* m_thread = nullptr;
    ApplyWorker* m_worker = nullptr;
    std::vector<std::shared_ptr<BackgroundJob>> m_jobs;

    BackendKind m_defaultKind;
    bool m_closing = false;
    bool m_previewShown = false;
    bool m_previewStale = false;
    int m_previewGeneration = 0;
    /// What the summary says about the target's current configuration.
    struct TargetState
    {
        bool reading = false;
        QString error;
        bool exists = false;
        std::vector<QString> differences;
        QString target;
    } m_targetState;
};

} // namespace ra::ui

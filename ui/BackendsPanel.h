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

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QThread;

namespace ra {
class PolicyDocument;
}

namespace ra::ui {

class ApplyWorker;

class BackendsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BackendsPanel(QWidget* parent = nullptr);
    ~BackendsPanel() override;

    void setDocument(ra::PolicyDocument* document);

    BackendKind kind() const;
    void setKind(BackendKind kind);
    QString targetPath() const;
    void setTargetPath(const QString& path);
    BackendRequest request() const;

    bool isApplying() const { return m_thread != nullptr; }

    // for tests
    QComboBox* selector() const { return m_selector; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* applyButton() const { return m_applyButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QTabWidget* previewTabs() const { return m_previewTabs; }
    QPlainTextEdit* resultLog() const { return m_log; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* testConnectionButton() const { return m_testConnection; }

public Q_SLOTS:
    /// Intune: signs in and looks for the profile off the GUI thread; the result goes to the log.
    void testConnection();
    /// Fills the preview tabs; returns false (and says why in the log) when it cannot.
    bool preview();
    /// Starts an apply in a worker thread; returns false when it could not start.
    bool apply();
    void cancel();

Q_SIGNALS:
    /// An apply ended (successfully or not).
    void applyFinished(bool ok);
    /// The user asked to export a .reg file instead of the local registry.
    void regFileRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
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
    QTabWidget* m_previewTabs;
    QLabel* m_logCaption;
    QPlainTextEdit* m_log;

    QThread* m_thread = nullptr;
    ApplyWorker* m_worker = nullptr;
};

} // namespace ra::ui

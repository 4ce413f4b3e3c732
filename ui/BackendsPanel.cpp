#include "BackendsPanel.h"

#include "ApplyWorker.h"
#include "core/ChangeSet.h"
#include "core/Error.h"
#include "core/Validator.h"
#include "models/PolicyDocument.h"
#ifdef RA_HAVE_INTUNE
#include "backends/intune/IntuneBackend.h"
#endif

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace ra::ui {

BackendsPanel::BackendsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_selectorLabel = new QLabel(this);
    m_selector = new QComboBox(this);
    for (int k = 0; k < kBackendKindCount; ++k)
        m_selector->addItem(QString(), k);
    m_selectorLabel->setBuddy(m_selector);
    form->addRow(m_selectorLabel, m_selector);

    m_pathLabel = new QLabel(this);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_pathLabel, pathRow);
    layout->addLayout(form);

    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_unavailable->setFrameShape(QFrame::StyledPanel);
    m_unavailable->setMargin(6);
    layout->addWidget(m_unavailable);
    m_useReg = new QPushButton(this);
    layout->addWidget(m_useReg, 0, Qt::AlignLeft);

    m_intuneBox = new QWidget(this);
    auto* iform = new QFormLayout(m_intuneBox);
    iform->setContentsMargins(0, 0, 0, 0);
    m_tenantLabel = new QLabel(m_intuneBox);
    m_tenant = new QLineEdit(m_intuneBox);
    m_clientLabel = new QLabel(m_intuneBox);
    m_client = new QLineEdit(m_intuneBox);
    m_profileLabel = new QLabel(m_intuneBox);
    m_profileName = new QLineEdit(m_intuneBox);
    m_intuneNote = new QLabel(m_intuneBox);
    m_intuneNote->setWordWrap(true);
    m_tenantLabel->setBuddy(m_tenant);
    m_clientLabel->setBuddy(m_client);
    m_profileLabel->setBuddy(m_profileName);
    iform->addRow(m_tenantLabel, m_tenant);
    iform->addRow(m_clientLabel, m_client);
    iform->addRow(m_profileLabel, m_profileName);
    iform->addRow(m_intuneNote);
    m_testConnection = new QPushButton(m_intuneBox);
    iform->addRow(QString(), m_testConnection);
    layout->addWidget(m_intuneBox);

    m_gpoBox = new QWidget(this);
    auto* gform = new QFormLayout(m_gpoBox);
    gform->setContentsMargins(0, 0, 0, 0);
    m_gpoNameLabel = new QLabel(m_gpoBox);
    m_gpoName = new QLineEdit(m_gpoBox);
    m_gpoDomainLabel = new QLabel(m_gpoBox);
    m_gpoDomain = new QLineEdit(m_gpoBox);
    m_gpoNameLabel->setBuddy(m_gpoName);
    m_gpoDomainLabel->setBuddy(m_gpoDomain);
    gform->addRow(m_gpoNameLabel, m_gpoName);
    gform->addRow(m_gpoDomainLabel, m_gpoDomain);
    layout->addWidget(m_gpoBox);

    auto* actions = new QHBoxLayout;
    m_previewButton = new QPushButton(this);
    m_applyButton = new QPushButton(this);
    m_applyButton->setDefault(true);
    actions->addWidget(m_previewButton);
    actions->addWidget(m_applyButton);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progressLabel = new QLabel(this);
    m_cancelButton = new QPushButton(this);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_progressLabel, 1);
    layout->addLayout(actions);
    m_progress->hide();
    m_cancelButton->hide();

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* previewBox = new QWidget(split);
    auto* pl = new QVBoxLayout(previewBox);
    pl->setContentsMargins(0, 0, 0, 0);
    m_previewCaption = new QLabel(previewBox);
    m_previewTabs = new QTabWidget(previewBox);
    m_previewTabs->setDocumentMode(true);
    m_previewCaption->setBuddy(m_previewTabs);
    pl->addWidget(m_previewCaption);
    pl->addWidget(m_previewTabs, 1);
    auto* logBox = new QWidget(split);
    auto* ll = new QVBoxLayout(logBox);
    ll->setContentsMargins(0, 0, 0, 0);
    m_logCaption = new QLabel(logBox);
    m_log = new QPlainTextEdit(logBox);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logCaption->setBuddy(m_log);
    ll->addWidget(m_logCaption);
    ll->addWidget(m_log, 1);
    split->addWidget(previewBox);
    split->addWidget(logBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({fontMetrics().height() * 24, fontMetrics().height() * 6});
    layout->addWidget(split, 1);

    connect(m_selector, &QComboBox::currentIndexChanged, this, [this] {
        m_path->setText(AppSettings::backendPath(kind()));
        updateKindUi();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString& p) { AppSettings::setBackendPath(kind(), p); });
    connect(m_browse, &QPushButton::clicked, this, &BackendsPanel::browse);
    connect(m_previewButton, &QPushButton::clicked, this, &BackendsPanel::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &BackendsPanel::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackendsPanel::cancel);
    connect(m_useReg, &QPushButton::clicked, this, [this] {
        setKind(BackendKind::RegFile);
        Q_EMIT regFileRequested();
    });
    connect(m_testConnection, &QPushButton::clicked, this, &BackendsPanel::testConnection);
    connect(m_tenant, &QLineEdit::textEdited, this, [](const QString& v) { AppSettings::setIntuneTenantId(v); });
    connect(m_client, &QLineEdit::textEdited, this, [](const QString& v) { AppSettings::setIntuneClientId(v); });

    retranslateUi();
    m_selector->setCurrentIndex(int(AppSettings::defaultBackend()));
    m_path->setText(AppSettings::backendPath(kind()));
    m_tenant->setText(AppSettings::intuneTenantId());
    m_client->setText(AppSettings::intuneClientId());
    updateKindUi();
}

BackendsPanel::~BackendsPanel()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void BackendsPanel::setDocument(ra::PolicyDocument* document) { m_doc = document; }

BackendKind BackendsPanel::kind() const { return BackendKind(m_selector->currentData().toInt()); }
void BackendsPanel::setKind(BackendKind k) { m_selector->setCurrentIndex(m_selector->findData(int(k))); }
QString BackendsPanel::targetPath() const { return m_path->text(); }
void BackendsPanel::setTargetPath(const QString& path)
{
    m_path->setText(path);
    AppSettings::setBackendPath(kind(), path);
}

BackendRequest BackendsPanel::request() const
{
    BackendRequest r;
    r.kind = kind();
    r.path = m_path->text();
    r.intuneTenantId = m_tenant->text().trimmed();
    r.intuneClientId = m_client->text().trimmed();
    r.intuneProfileName = m_profileName->text().trimmed();
    r.gpoDisplayName = m_gpoName->text().trimmed();
    r.gpoDomain = m_gpoDomain->text().trimmed();
    return r;
}

void BackendsPanel::updateKindUi()
{
    const BackendKind k = kind();
    const bool needsPath = BackendFactory::needsPath(k);
    m_pathLabel->setVisible(needsPath);
    m_path->setVisible(needsPath);
    m_browse->setVisible(needsPath);
    m_pathLabel->setText(BackendFactory::targetIsFolder(k) ? tr("Target f&older:") : tr("Target f&ile:"));
    const QString why = BackendFactory::unavailableReason(k);
    m_unavailable->setText(why);
    m_unavailable->setVisible(!why.isEmpty());
#ifdef Q_OS_WIN
    m_useReg->setVisible(false);
#else
    m_useReg->setVisible(k == BackendKind::LocalRegistry);
#endif
    m_intuneBox->setVisible(k == BackendKind::Intune);
    m_gpoBox->setVisible(k == BackendKind::GpoBackupFolder);
    const bool usable = why.isEmpty() && !isApplying();
    m_previewButton->setEnabled(usable);
    m_applyButton->setEnabled(usable);
}

void BackendsPanel::browse()
{
    const BackendKind k = kind();
    QString chosen;
    if (BackendFactory::targetIsFolder(k))
        chosen = QFileDialog::getExistingDirectory(this, tr("Choose the target folder"), m_path->text());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Choose the target file"), m_path->text(),
                                              BackendFactory::fileFilter(k), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setTargetPath(QDir::toNativeSeparators(chosen));
}

bool BackendsPanel::preview()
{
    m_previewTabs->clear();
    if (!m_doc)
        return false;
    try {
        auto backend = BackendFactory::create(request());
        const ChangeSet changes(m_doc->configuration());
        const std::vector<PreviewItem> items = backend->preview(changes);
        for (const PreviewItem& item : items) {
            auto* text = new QPlainTextEdit(m_previewTabs);
            text->setReadOnly(true);
            text->setLineWrapMode(QPlainTextEdit::NoWrap);
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            text->setPlainText(QString::fromStdString(item.content));
            const QString title = QString::fromStdString(item.title);
            text->setAccessibleName(title);
            QString tabTitle = title;
            if (item.kind == PreviewItem::Kind::Diff)
                tabTitle = tr("Δ %1").arg(title);
            m_previewTabs->addTab(text, tabTitle);
        }
        if (items.empty())
            m_log->appendPlainText(tr("Nothing to preview: the target would not change."));
        return true;
    } catch (const std::exception& e) {
        m_log->appendPlainText(tr("Preview failed: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool BackendsPanel::apply()
{
    if (!m_doc || isApplying())
        return false;
    if (Validator::hasErrors(m_doc->findings())) {
        m_log->appendPlainText(tr("Not applied: the configuration has errors. Fix the errors listed in "
                                  "the Findings panel, then apply again."));
        return false;
    }
    std::unique_ptr<ra::Backend> backend;
    try {
        backend = BackendFactory::create(request());
    } catch (const std::exception& e) {
        m_log->appendPlainText(tr("Not applied: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    m_log->appendPlainText(tr("Applying to %1 %2…")
                               .arg(BackendFactory::displayName(kind()), QDir::toNativeSeparators(m_path->text())));
    m_thread = new QThread(this);
    m_worker = new ApplyWorker(std::move(backend), ChangeSet(m_doc->configuration()));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ApplyWorker::run);
    connect(m_worker, &ApplyWorker::progressed, this, [this](const QString& message, int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_progressLabel->setText(message);
    });
    connect(m_worker, &ApplyWorker::finished, this, &BackendsPanel::onFinished);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_progressLabel->clear();
    updateKindUi();
    m_thread->start();
    return true;
}

void BackendsPanel::cancel()
{
    if (m_worker) {
        m_worker->cancel();
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
    }
}

void BackendsPanel::onFinished(bool ok, const QStringList& log, const QString& error, bool cancelled)
{
    for (const QString& line : log)
        m_log->appendPlainText(QStringLiteral("  ") + line);
    if (ok)
        m_log->appendPlainText(tr("Done: the target was updated."));
    else if (cancelled)
        m_log->appendPlainText(tr("Cancelled: %1").arg(error.isEmpty() ? tr("nothing was changed.") : error));
    else
        m_log->appendPlainText(tr("Failed: %1").arg(error));
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    m_progress->hide();
    m_cancelButton->hide();
    m_progressLabel->setText(ok ? tr("Applied.") : tr("Not applied."));
    updateKindUi();
    Q_EMIT applyFinished(ok);
}

void BackendsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BackendsPanel::retranslateUi()
{
    m_selectorLabel->setText(tr("&Deliver to:"));
    m_selector->setAccessibleName(tr("Delivery target"));
    for (int i = 0; i < m_selector->count(); ++i)
        m_selector->setItemText(i, BackendFactory::displayName(BackendKind(m_selector->itemData(i).toInt())));
    m_path->setAccessibleName(tr("Target path"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for the target"));
    m_unavailable->setAccessibleName(tr("Target not available"));
    m_useReg->setText(tr("Export a .reg file &instead"));
    m_useReg->setAccessibleName(tr("Export a .reg file instead"));
    m_tenantLabel->setText(tr("Tenant &ID:"));
    m_tenant->setAccessibleName(tr("Tenant ID"));
    m_clientLabel->setText(tr("A&pplication (client) ID:"));
    m_client->setAccessibleName(tr("Application ID"));
    m_profileLabel->setText(tr("Profile &name:"));
    m_profileName->setAccessibleName(tr("Profile name"));
    m_testConnection->setText(tr("Te&st connection"));
    m_testConnection->setAccessibleName(tr("Test the connection to Intune"));
    m_profileName->setPlaceholderText(tr("Remote Assistance"));
    m_intuneNote->setText(tr("The client secret is kept in the system keychain; set it in Settings."));
    m_gpoNameLabel->setText(tr("&GPO name:"));
    m_gpoName->setPlaceholderText(tr("Remote Assistance"));
    m_gpoName->setAccessibleName(tr("GPO name"));
    m_gpoDomainLabel->setText(tr("Do&main:"));
    m_gpoDomain->setPlaceholderText(tr("corp.example.com (optional)"));
    m_gpoDomain->setAccessibleName(tr("Domain"));
    m_previewButton->setText(tr("P&review Changes"));
    m_previewButton->setAccessibleName(tr("Preview changes"));
    m_applyButton->setText(tr("&Apply"));
    m_applyButton->setAccessibleName(tr("Apply"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_progress->setAccessibleName(tr("Progress"));
    m_previewCaption->setText(tr("What would be written, and the differences to the target:"));
    m_previewTabs->setAccessibleName(tr("Preview"));
    m_logCaption->setText(tr("Result &log:"));
    m_log->setAccessibleName(tr("Result log"));
    updateKindUi();
}

void BackendsPanel::testConnection()
{
#ifdef RA_HAVE_INTUNE
    BackendRequest r = request();
    r.kind = BackendKind::Intune;
    std::shared_ptr<ra::Backend> backend;
    try {
        backend = BackendFactory::create(r);
    } catch (const ra::Error& e) {
        m_log->appendPlainText(tr("Connection test not started: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    auto* intuneBackend = dynamic_cast<intune::IntuneBackend*>(backend.get());
    if (!intuneBackend)
        return;
    m_testConnection->setEnabled(false);
    m_log->appendPlainText(tr("Testing the connection to Intune…"));
    QPointer<BackendsPanel> self(this);
    // the sign-in and the profile lookup block: they run in a thread of their own, and the
    // result comes back to the GUI thread through a queued call
    QThread* thread = QThread::create([self, backend, intuneBackend]() {
        QString line;
        try {
            line = tr("Connection OK: %1").arg(QString::fromStdString(intuneBackend->testConnection()));
        } catch (const ra::Error& e) {
            line = tr("Connection failed: %1").arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, line]() {
            if (!self)
                return;
            self->m_log->appendPlainText(line);
            self->m_testConnection->setEnabled(true);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
#else
    m_log->appendPlainText(BackendFactory::unavailableReason(BackendKind::Intune));
#endif
}

} // namespace ra::ui

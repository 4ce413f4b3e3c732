#include "BackendsPanel.h"

#include "ApplyWorker.h"
#include "OpenDiffDialog.h"
#include "PreviewPane.h"
#include "core/ChangeSet.h"
#include "core/Error.h"
#include "core/Validator.h"
#include "core/formats/GraphJson.h"
#include "models/ErrorText.h"
#include "models/PolicyDocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace ra::ui {

/// A thread of the panel besides the apply (Intune connection test, reading the Intune profile):
/// cancelled and waited for when the panel goes away.
struct BackendsPanel::BackgroundJob : public ra::Progress
{
    QPointer<QThread> thread;
    std::atomic<bool> stop{false};

    void step(const std::string&, int, int) override {}
    bool cancelled() const override { return stop.load(); }
};

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
    m_split = split;
    split->setObjectName(QStringLiteral("deliverSplitter"));
    split->setChildrenCollapsible(false);
    auto* previewBox = new QWidget(split);
    auto* pl = new QVBoxLayout(previewBox);
    pl->setContentsMargins(0, 0, 0, 0);
    m_previewCaption = new QLabel(previewBox);
    m_previewCaption->setWordWrap(true);
    m_outdated = new QLabel(previewBox);
    m_outdated->setWordWrap(true);
    m_outdated->setFrameShape(QFrame::StyledPanel);
    m_outdated->setMargin(6);
    m_outdated->hide();
    m_previewTabs = new QTabWidget(previewBox);
    m_previewTabs->setDocumentMode(true);
    m_previewTabs->setUsesScrollButtons(true);
    m_previewTabs->setElideMode(Qt::ElideMiddle);
    m_previewCaption->setBuddy(m_previewTabs);
    pl->addWidget(m_previewCaption);
    pl->addWidget(m_outdated);
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
    if (const QByteArray state = AppSettings::splitterState(QStringLiteral("deliver")); !state.isEmpty())
        split->restoreState(state);
    connect(split, &QSplitter::splitterMoved, this,
            [split] { AppSettings::setSplitterState(QStringLiteral("deliver"), split->saveState()); });

    // the preview follows the configuration and the target; changes come in bursts (typing), so
    // the refresh waits for a pause
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_previewStale && isVisible() && !isApplying())
            showPreview(true);
    });

    connect(m_selector, &QComboBox::currentIndexChanged, this, [this] {
        m_path->setText(AppSettings::backendPath(kind()));
        updateKindUi();
        invalidatePreview();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString& p) {
        AppSettings::setBackendPath(kind(), p);
        invalidatePreview();
    });
    connect(m_gpoName, &QLineEdit::textEdited, this, [this](const QString& v) {
        AppSettings::setGpoBackupName(v.trimmed());
        invalidatePreview();
    });
    connect(m_gpoDomain, &QLineEdit::textEdited, this, [this](const QString& v) {
        AppSettings::setGpoBackupDomain(v.trimmed());
        invalidatePreview();
    });
    connect(m_profileName, &QLineEdit::textEdited, this, [this](const QString& v) {
        AppSettings::setIntuneProfileName(v);
        invalidatePreview(false);
    });
    connect(m_browse, &QPushButton::clicked, this, &BackendsPanel::browse);
    connect(m_previewButton, &QPushButton::clicked, this, &BackendsPanel::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &BackendsPanel::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackendsPanel::cancel);
    connect(m_useReg, &QPushButton::clicked, this, [this] {
        setKind(BackendKind::RegFile);
        Q_EMIT regFileRequested();
    });
    connect(m_testConnection, &QPushButton::clicked, this, &BackendsPanel::testConnection);
    connect(m_tenant, &QLineEdit::textEdited, this, [this](const QString& v) {
        AppSettings::setIntuneTenantId(v);
        invalidatePreview(false);
    });
    connect(m_client, &QLineEdit::textEdited, this, [this](const QString& v) {
        AppSettings::setIntuneClientId(v);
        invalidatePreview(false);
    });
    // the Intune fields refresh when the user leaves them (a refresh reads the profile over the network)
    for (QLineEdit* edit : {m_tenant, m_client, m_profileName})
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (m_previewStale)
                m_refreshTimer->start();
        });

    retranslateUi();
    m_defaultKind = AppSettings::defaultBackend();
    m_selector->setCurrentIndex(int(m_defaultKind));
    m_path->setText(AppSettings::backendPath(kind()));
    m_tenant->setText(AppSettings::intuneTenantId());
    m_client->setText(AppSettings::intuneClientId());
    m_profileName->setText(AppSettings::intuneProfileName());
    m_gpoName->setText(AppSettings::gpoBackupName());
    m_gpoDomain->setText(AppSettings::gpoBackupDomain());
    updateKindUi();
}

namespace {
/// Waits for @p thread to end. A worker that reads the keychain runs that job in the main
/// thread (see intune::SecretStore) and blocks until it is done, so the main thread keeps
/// delivering those calls while it waits.
bool hasSettings(const Configuration& c)
{
    return std::any_of(kAllPolicies.begin(), kAllPolicies.end(),
                       [&](PolicyId id) { return c.state(id) != PolicyState::NotConfigured; });
}

void waitFor(QThread* thread)
{
    while (!thread->wait(QDeadlineTimer(20)))
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

BackendsPanel::~BackendsPanel()
{
    m_closing = true; // results still queued for this panel are dropped
    m_refreshTimer->stop();
    if (m_thread) {
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->cancel();
        m_thread->quit();
        waitFor(m_thread);
    }
    // the Intune jobs stop at their next request (or while waiting for one)
    const auto jobs = m_jobs;
    for (const auto& job : jobs)
        job->stop = true;
    for (const auto& job : jobs)
        if (QThread* t = job->thread) {
            disconnect(t, nullptr, this, nullptr);
            waitFor(t);
            delete t;
        }
    m_jobs.clear();
}

void BackendsPanel::setDocument(ra::PolicyDocument* document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &ra::PolicyDocument::policyChanged, this, [this] { invalidatePreview(); });
        connect(m_doc, &ra::PolicyDocument::configurationReset, this, [this] { invalidatePreview(); });
    }
    invalidatePreview();
}

void BackendsPanel::reloadSettings()
{
    const BackendKind def = AppSettings::defaultBackend();
    if (def != m_defaultKind) {
        m_defaultKind = def;
        setKind(def);
    }
    m_path->setText(AppSettings::backendPath(kind()));
    m_tenant->setText(AppSettings::intuneTenantId());
    m_client->setText(AppSettings::intuneClientId());
    m_profileName->setText(AppSettings::intuneProfileName());
    m_gpoName->setText(AppSettings::gpoBackupName());
    m_gpoDomain->setText(AppSettings::gpoBackupDomain());
    invalidatePreview();
}

void BackendsPanel::invalidatePreview(bool soon)
{
    if (!m_previewShown)
        return;
    m_previewStale = true;
    ++m_previewGeneration; // a profile read still on its way belongs to the old preview
    m_outdated->setText(tr("Out of date: the configuration or the target changed after this preview. It is "
                           "refreshed when this page is shown; Apply writes the current configuration."));
    m_outdated->show();
    if (soon && isVisible())
        m_refreshTimer->start();
}

void BackendsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        m_refreshTimer->start();
}

QList<PreviewPane*> BackendsPanel::previewPanes() const
{
    QList<PreviewPane*> out;
    for (int i = 0; i < m_previewTabs->count(); ++i)
        if (auto* pane = qobject_cast<PreviewPane*>(m_previewTabs->widget(i)))
            out << pane;
    return out;
}

BackendKind BackendsPanel::kind() const { return BackendKind(m_selector->currentData().toInt()); }
void BackendsPanel::setKind(BackendKind k) { m_selector->setCurrentIndex(m_selector->findData(int(k))); }
QString BackendsPanel::targetPath() const { return m_path->text(); }
void BackendsPanel::setTargetPath(const QString& path)
{
    m_path->setText(path);
    AppSettings::setBackendPath(kind(), path);
    invalidatePreview();
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
    if (m_doc) // a partial profile: the policies it leaves out are left alone on the target
        r.scope = m_doc->included();
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

bool BackendsPanel::preview() { return showPreview(false); }

bool BackendsPanel::showPreview(bool quiet)
{
    m_refreshTimer->stop();
    const int generation = ++m_previewGeneration;
    const int previousTab = m_previewTabs->currentIndex();
    while (m_previewTabs->count() > 0) {
        QWidget* page = m_previewTabs->widget(0);
        m_previewTabs->removeTab(0);
        delete page;
    }
    m_summary = nullptr;
    m_previewShown = false;
    m_previewStale = false;
    m_outdated->hide();
    if (!m_doc)
        return false;
    std::shared_ptr<ra::Backend> backend;
    std::vector<PreviewItem> items;
    const ChangeSet changes(m_doc->configuration());
    try {
        backend = BackendFactory::create(request());
        items = backend->preview(changes);
    } catch (const std::exception& e) {
        const QString why = ErrorText::text(e);
        if (quiet) {
            // a refresh after a change: say it where the preview was, not in the log on every keystroke
            m_outdated->setText(tr("No preview: %1").arg(why));
            m_outdated->show();
        } else {
            m_log->appendPlainText(tr("Preview failed: %1").arg(why));
        }
        m_previewShown = true; // kept up to date from now on: a valid target brings the preview back
        Q_EMIT previewUpdated();
        return false;
    }

    m_targetState = {};
    m_targetState.target = BackendFactory::displayName(kind());
    if (BackendFactory::needsPath(kind()))
        m_targetState.target += QStringLiteral(" ") + QDir::toNativeSeparators(m_path->text().trimmed());
    const bool intune = kind() == BackendKind::Intune;
    if (!intune) {
        try {
            const std::optional<GroupPolicyReadResult> current = backend->current();
            m_targetState.exists = current && hasSettings(current->configuration);
            if (current)
                for (const QString& d : OpenDiffDialog::differences(current->configuration, m_doc->configuration()))
                    m_targetState.differences.push_back(d);
        } catch (const std::exception& e) {
            m_targetState.error = ErrorText::text(e);
        }
    } else {
        m_targetState.reading = true;
    }

    m_summary = new QPlainTextEdit(m_previewTabs);
    m_summary->setReadOnly(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_previewTabs->addTab(m_summary, tr("Summary"));
    PreviewPane* graphPane = nullptr;
    for (PreviewItem& item : items) {
        auto* pane = new PreviewPane(std::move(item), m_previewTabs);
        m_previewTabs->addTab(pane, pane->tabTitle());
        m_previewTabs->setTabToolTip(m_previewTabs->count() - 1, pane->title());
        if (!graphPane)
            graphPane = pane;
    }
    if (intune && graphPane)
        readIntuneProfile(graphPane, generation);
    fillSummary();
    // a refresh keeps the tab; a first preview opens the first artifact (the summary is one tab away)
    const int firstArtifact = m_previewTabs->count() > 1 ? 1 : 0;
    m_previewTabs->setCurrentIndex(previousTab >= 0 && previousTab < m_previewTabs->count() ? previousTab : firstArtifact);
    if (items.empty() && !quiet)
        m_log->appendPlainText(tr("Nothing to preview: the target would not change."));
    m_previewShown = true;
    Q_EMIT previewUpdated();
    return true;
}

void BackendsPanel::fillSummary()
{
    if (!m_summary)
        return;
    QStringList lines;
    lines << tr("Target: %1").arg(m_targetState.target) << QString();
    if (m_targetState.reading)
        lines << tr("Reading the target's current settings…");
    else if (!m_targetState.error.isEmpty())
        lines << tr("The target's current settings could not be read: %1").arg(m_targetState.error);
    else if (!m_targetState.exists)
        lines << tr("The target has no Remote Assistance settings yet; Apply writes all of them.");
    else if (m_targetState.differences.empty())
        lines << tr("The target already has these settings; Apply changes no policy.");
    else {
        lines << tr("These settings change on the target (now → after Apply):");
        for (const QString& d : m_targetState.differences)
            lines << QStringLiteral("  ") + d;
    }
    lines << QString() << tr("What Apply writes:");
    for (PreviewPane* pane : previewPanes()) {
        QString state;
        switch (pane->state()) {
        case PreviewPane::State::New: state = tr("new"); break;
        case PreviewPane::State::Changed: state = tr("changed"); break;
        case PreviewPane::State::Unchanged: state = tr("unchanged"); break;
        case PreviewPane::State::Unknown: state = tr("not compared"); break;
        }
        lines << tr("  %1: %2").arg(pane->title(), state);
    }
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));
}

void BackendsPanel::startJob(QThread* thread, std::shared_ptr<BackgroundJob> job)
{
    job->thread = thread;
    m_jobs.push_back(job);
    connect(thread, &QThread::finished, this, [this, job] {
        std::erase(m_jobs, job);
        if (job->thread)
            job->thread->deleteLater();
    });
    thread->start();
}

void BackendsPanel::readIntuneProfile([[maybe_unused]] PreviewPane* pane, [[maybe_unused]] int generation)
{
#ifdef RA_HAVE_INTUNE
    intune::IntuneSettings settings;
    const intune::IntuneService* service = nullptr;
    try {
        settings = BackendFactory::intuneSettings(request());
        service = BackendFactory::intuneService();
    } catch (const std::exception& e) {
        onProfileRead(generation, std::nullopt, QString(), ErrorText::text(e));
        return;
    }
    const QString profile = settings.profileDisplayName;
    pane->setCurrent(std::nullopt, tr("Reading the profile \"%1\" from Intune…").arg(profile), false);
    auto job = std::make_shared<BackgroundJob>();
    QPointer<BackendsPanel> self(this);
    // the sign-in and the requests block: they run in a thread of their own, and the result comes
    // back to the GUI thread through a queued call
    QThread* thread = QThread::create([self, service, settings, job, generation]() {
        std::optional<GroupPolicyReadResult> current;
        QString text;
        QString error;
        try {
            current = service->readProfile(settings, job.get());
            if (current) {
                text = QString::fromStdString(GraphJson::render(ChangeSet(current->configuration),
                                                                settings.profileDisplayName.toStdString(),
                                                                settings.profileDescription.toStdString()));
            }
        } catch (const std::exception& e) {
            error = ErrorText::text(e);
        }
        if (job->stop)
            return;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, current, text, error]() {
            if (self && !self->m_closing)
                self->onProfileRead(generation, current, text, error);
        }, Qt::QueuedConnection);
    });
    startJob(thread, job);
#endif
}

void BackendsPanel::onProfileRead(int generation, const std::optional<ra::GroupPolicyReadResult>& current,
                                  const QString& currentText, const QString& error)
{
    if (generation != m_previewGeneration)
        return; // the preview was refreshed meanwhile
    const QList<PreviewPane*> panes = previewPanes();
    if (panes.isEmpty())
        return;
    PreviewPane* pane = panes.first();
    const QString profile = m_profileName->text().trimmed();
    const QString name = profile.isEmpty() ? QString::fromLatin1(GraphJson::defaultDisplayName) : profile;
    m_targetState.reading = false;
    if (!error.isEmpty()) {
        m_targetState.error = error;
        pane->setCurrent(std::nullopt,
                         tr("Intune could not be read: %1. The right side shows what Apply would send; check the "
                            "settings with Test connection.")
                             .arg(error),
                         false);
    } else if (!current) {
        pane->setCurrent(std::nullopt, tr("The profile \"%1\" does not exist in Intune yet; Apply creates it.").arg(name));
    } else {
        m_targetState.exists = hasSettings(current->configuration);
        for (const QString& d : OpenDiffDialog::differences(current->configuration, m_doc ? m_doc->configuration() : Configuration()))
            m_targetState.differences.push_back(d);
        pane->setCurrent(currentText.toStdString(),
                         tr("The Remote Assistance settings of the Intune profile \"%1\", shown as the request body "
                            "that sets them.")
                             .arg(name));
    }
    const int index = m_previewTabs->indexOf(pane);
    if (index >= 0)
        m_previewTabs->setTabText(index, pane->tabTitle());
    fillSummary();
    Q_EMIT targetRead();
}

bool BackendsPanel::confirmLiveRegistry()
{
    QMessageBox box(QMessageBox::Warning, tr("Write to This Computer's Registry"),
                    tr("Apply writes the Remote Assistance policies to the registry of this computer "
                       "(HKEY_LOCAL_MACHINE) and to its Local Group Policy object. Windows uses them at the next "
                       "policy refresh, and helpers may connect according to them."),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Check the preview first. Write the registry now?"));
    QPushButton* write = box.addButton(tr("&Write to the Registry"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("Do&n't Write"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == write;
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
        m_log->appendPlainText(tr("Not applied: %1").arg(ErrorText::text(e)));
        return false;
    }
    // what is shown is what is written: an outdated preview is brought up to date first
    if (m_previewShown && m_previewStale)
        showPreview(true);
    if (kind() == BackendKind::LocalRegistry && !confirmLiveRegistry()) {
        m_log->appendPlainText(tr("Not applied: you chose not to write the registry of this computer."));
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
    // the target has changed: the preview compares with what is there now
    if (m_previewShown)
        invalidatePreview();
    Q_EMIT applyFinished(ok);
}

void BackendsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // the preview's texts are made when it is filled
        if (m_previewShown)
            invalidatePreview();
    }
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
    m_profileName->setPlaceholderText(QString::fromLatin1(GraphJson::defaultDisplayName));
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
    m_previewCaption->setText(tr("What the target holds now and what Apply would write, with their differences:"));
    m_previewTabs->setAccessibleName(tr("Preview"));
    m_logCaption->setText(tr("Result &log:"));
    m_log->setAccessibleName(tr("Result log"));
    // room around the text: the style's own margins are narrow, and long translations looked cramped
    for (QPushButton* b : {m_previewButton, m_applyButton, m_cancelButton, m_browse, m_useReg, m_testConnection}) {
        b->setMinimumWidth(0);
        b->setMinimumWidth(b->sizeHint().width() + 2 * b->fontMetrics().averageCharWidth());
    }
    updateKindUi();
}

void BackendsPanel::testConnection()
{
#ifdef RA_HAVE_INTUNE
    intune::IntuneSettings settings;
    const intune::IntuneService* service = nullptr;
    try {
        settings = BackendFactory::intuneSettings(request());
        service = BackendFactory::intuneService();
    } catch (const ra::Error& e) {
        m_log->appendPlainText(tr("Connection test not started: %1").arg(ErrorText::text(e)));
        return;
    }
    m_testConnection->setEnabled(false);
    m_log->appendPlainText(tr("Testing the connection to Intune…"));
    auto job = std::make_shared<BackgroundJob>();
    QPointer<BackendsPanel> self(this);
    // the sign-in and the profile lookup block: they run in a thread of their own (cancelled and
    // waited for when the panel closes), and the result comes back through a queued call
    QThread* thread = QThread::create([self, service, settings, job]() {
        QString line;
        try {
            line = tr("Connection OK: %1").arg(QString::fromStdString(service->testConnection(settings, job.get())));
        } catch (const std::exception& e) {
            line = tr("Connection failed: %1").arg(ErrorText::text(e));
        }
        if (job->stop)
            return;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, line]() {
            if (!self || self->m_closing)
                return;
            self->m_log->appendPlainText(line);
            self->m_testConnection->setEnabled(true);
        }, Qt::QueuedConnection);
    });
    startJob(thread, job);
#else
    m_log->appendPlainText(BackendFactory::unavailableReason(BackendKind::Intune));
#endif
}

} // namespace ra::ui

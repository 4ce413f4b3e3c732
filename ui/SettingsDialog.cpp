#include "SettingsDialog.h"

#include "BackendFactory.h"
#include "LanguageManager.h"
#include "Mnemonics.h"
#include "core/Error.h"
#include "models/ErrorText.h"

#ifdef RA_HAVE_INTUNE
#include "BackendFactory.h"
#include "backends/intune/IntuneSettings.h"
#endif

#include <QMessageBox>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ra::ui {

namespace {
QWidget* withBrowse(QLineEdit* edit, bool folder, const QString& filter, QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(edit, 1);
    auto* b = new QPushButton(SettingsDialog::tr("Browse…"), w);
    b->setAccessibleName(SettingsDialog::tr("Browse for %1").arg(edit->accessibleName()));
    l->addWidget(b);
    QObject::connect(b, &QPushButton::clicked, w, [edit, folder, filter, w] {
        const QString chosen = folder ? QFileDialog::getExistingDirectory(w, edit->accessibleName(), edit->text())
                                      : QFileDialog::getSaveFileName(w, edit->accessibleName(), edit->text(), filter,
                                                                     nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    return w;
}

/// A form row "label: [edit] [Browse…]" whose label's mnemonic goes to the edit (a buddy that
/// is the row's container would not take the focus).
void addBrowseRow(QFormLayout* form, const QString& label, QLineEdit* edit, bool folder, const QString& filter)
{
    QWidget* parent = form->parentWidget();
    auto* caption = new QLabel(label, parent);
    caption->setBuddy(edit);
    form->addRow(caption, withBrowse(edit, folder, filter, parent));
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // General
    auto* general = new QWidget(tabs);
    auto* gf = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : LanguageManager::available())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_language->setAccessibleName(tr("Language"));
    gf->addRow(tr("&Language:"), m_language);
    m_dark = new QCheckBox(tr("Dark &palette"), general);
    m_dark->setChecked(AppSettings::darkTheme());
    m_dark->setAccessibleName(tr("Dark palette"));
    gf->addRow(tr("Appearance:"), m_dark);
    m_admx = new QLineEdit(AppSettings::admxFolder(), general);
    m_admx->setAccessibleName(tr("ADMX folder"));
    m_admx->setPlaceholderText(tr("e.g. C:\\Windows\\PolicyDefinitions or a copy of it"));
    addBrowseRow(gf, tr("&ADMX folder:"), m_admx, true, {});
    auto* admxNote = new QLabel(tr("The folder with remoteassistance.admx and its language subfolders "
                                   "(en-US, de-DE, …). The Help tab then shows Microsoft's explain text."),
                                general);
    admxNote->setWordWrap(true);
    gf->addRow(admxNote);
    tabs->addTab(general, tr("&General"));

    // Delivery
    auto* delivery = new QWidget(tabs);
    auto* df = new QFormLayout(delivery);
    m_backend = new QComboBox(delivery);
    for (int k = 0; k < kBackendKindCount; ++k)
        m_backend->addItem(BackendFactory::displayName(BackendKind(k)), k);
    m_backend->setCurrentIndex(int(AppSettings::defaultBackend()));
    m_backend->setAccessibleName(tr("Default target"));
    df->addRow(tr("Default &target:"), m_backend);
    for (int k = 0; k < kBackendKindCount; ++k) {
        const auto kind = BackendKind(k);
        if (!BackendFactory::needsPath(kind))
            continue;
        auto* edit = new QLineEdit(AppSettings::backendPath(kind), delivery);
        edit->setAccessibleName(BackendFactory::displayName(kind));
        m_paths[k] = edit;
        addBrowseRow(df, BackendFactory::displayName(kind) + QLatin1Char(':'), edit,
                     BackendFactory::targetIsFolder(kind), BackendFactory::fileFilter(kind));
    }
    tabs->addTab(delivery, tr("&Delivery"));

    // Intune
    auto* intune = new QWidget(tabs);
    auto* inf = new QFormLayout(intune);
    m_tenant = new QLineEdit(AppSettings::intuneTenantId(), intune);
    m_tenant->setAccessibleName(tr("Tenant ID"));
    m_tenant->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    inf->addRow(tr("&Tenant ID:"), m_tenant);
    m_client = new QLineEdit(AppSettings::intuneClientId(), intune);
    m_client->setAccessibleName(tr("Application (client) ID"));
    m_client->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    inf->addRow(tr("A&pplication (client) ID:"), m_client);
    m_secret = new QLineEdit(intune);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));
    inf->addRow(tr("Client &secret:"), m_secret);
    m_secretNote = new QLabel(intune);
    m_secretNote->setWordWrap(true);
#ifdef RA_HAVE_INTUNE
    m_secretNote->setText(tr("The client secret is stored only in the system keychain (%1), never in the "
                             "settings file. Leave the field empty to keep the stored secret.")
                              .arg(intune::IntuneSettings::keychainName()));
    m_secret->setPlaceholderText(tr("unchanged"));
#else
    m_secretNote->setText(tr("The client secret is stored only in the system keychain. Storing it needs the "
                             "Intune client, which this build does not include yet."));
    m_secret->setEnabled(false);
#endif
    inf->addRow(m_secretNote);
    tabs->addTab(intune, tr("&Intune"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The target paths are labelled with the targets' names: give them free Alt+letters.
    Mnemonics::assignMissing(delivery, this);
    resize(sizeHint().expandedTo(QSize(560, 360)));
}

void SettingsDialog::save()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setDarkTheme(m_dark->isChecked());
    AppSettings::setAdmxFolder(m_admx->text().trimmed());
    AppSettings::setDefaultBackend(BackendKind(m_backend->currentData().toInt()));
    for (int k = 0; k < kBackendKindCount; ++k)
        if (m_paths[k])
            AppSettings::setBackendPath(BackendKind(k), m_paths[k]->text().trimmed());
    AppSettings::setIntuneTenantId(m_tenant->text().trimmed());
    AppSettings::setIntuneClientId(m_client->text().trimmed());
#ifdef RA_HAVE_INTUNE
    if (!m_secret->text().isEmpty()) {
        intune::IntuneSettings settings;
        settings.tenantId = m_tenant->text().trimmed();
        settings.clientId = m_client->text().trimmed();
        try {
            BackendFactory::intuneService()->storeSecret(settings, m_secret->text());
            m_secret->clear();
        } catch (const ra::Error& e) {
            QMessageBox::warning(this, tr("Client secret"), ErrorText::text(e));
        }
    }
#endif
}

} // namespace ra::ui

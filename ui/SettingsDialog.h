#pragma once
/**
 * @file SettingsDialog.h
 * The console's settings: language, light/dark palette, the default delivery target and the
 * paths of each target, the ADMX folder, and the Intune tenant and application ids (the client
 * secret goes to the system keychain, never to the settings file).
 */
#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ra::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Writes the dialog's values to AppSettings.
    void save();

    QComboBox* languageCombo() const { return m_language; }
    QCheckBox* darkCheck() const { return m_dark; }
    QLineEdit* admxFolderEdit() const { return m_admx; }
    QComboBox* defaultBackendCombo() const { return m_backend; }

private:
    QLineEdit* pathEdit(BackendKind kind) const { return m_paths[int(kind)]; }

    QComboBox* m_language;
    QCheckBox* m_dark;
    QComboBox* m_backend;
    QLineEdit* m_paths[kBackendKindCount] = {};
    QLineEdit* m_admx;
    QLineEdit* m_tenant;
    QLineEdit* m_client;
    QLineEdit* m_secret;
    QLabel* m_secretNote;
    QDialogButtonBox* m_buttons;
};

} // namespace ra::ui

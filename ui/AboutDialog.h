#pragma once
/**
 * @file AboutDialog.h
 * About the console: version, purpose, and the versions of Qt, KF6 (KItemModels) and QtKeychain
 * it was built with and runs with.
 */
#include <QDialog>

class QLabel;

namespace ra::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    /// The "Qt x, KF6 y, QtKeychain z" lines shown in the dialog.
    static QString versionsText();
    QLabel* versionsLabel() const { return m_versions; }

private:
    QLabel* m_versions;
};

} // namespace ra::ui

#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <kitemmodels_version.h>

#ifndef RA_VERSION
#define RA_VERSION "0.0.0"
#endif
#ifndef RA_QTKEYCHAIN_VERSION
#define RA_QTKEYCHAIN_VERSION "unknown"
#endif

namespace ra::ui {

QString AboutDialog::versionsText()
{
    return tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
           + QLatin1Char('\n') + tr("KDE Frameworks %1 (KItemModels)").arg(QStringLiteral(KITEMMODELS_VERSION_STRING))
           + QLatin1Char('\n') + tr("QtKeychain %1").arg(QStringLiteral(RA_QTKEYCHAIN_VERSION));
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Remote Assistance Policy Console"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ra-console.svg")).pixmap(size, size));
    icon->setAccessibleName(tr("Application icon"));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                      .arg(tr("Remote Assistance Policy Console").toHtmlEscaped(),
                           tr("Version %1").arg(QStringLiteral(RA_VERSION)).toHtmlEscaped(),
                           tr("Configure the four Windows Remote Assistance policies and deliver them to the "
                              "registry, Group Policy, or MDM.")
                               .toHtmlEscaped()));
    text->setAccessibleName(tr("About"));
    top->addWidget(text, 1);
    layout->addLayout(top);
    m_versions = new QLabel(versionsText(), this);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->setAccessibleName(tr("Library versions"));
    layout->addWidget(m_versions);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace ra::ui

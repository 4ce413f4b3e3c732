#include "models/CatalogText.h"

#include <QStringList>

namespace ra {

namespace {

// Every English text of core/Catalog.cpp, listed so that lupdate offers it for translation in
// the context "ra::CatalogText". TestCatalogText keeps this list complete.
const char* const kCatalogTexts[] = {
    // policy names
    QT_TRANSLATE_NOOP("ra::CatalogText", "Customize warning messages"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Turn on session logging"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Configure Solicited Remote Assistance"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Configure Offer Remote Assistance"),
    // supported on
    QT_TRANSLATE_NOOP("ra::CatalogText", "At least Windows Vista"),
    QT_TRANSLATE_NOOP("ra::CatalogText",
                      "At least Windows Server 2003 operating systems or Windows XP Professional"),
    // policy summaries
    QT_TRANSLATE_NOOP("ra::CatalogText",
                      "Replaces the warnings Windows shows the person being helped before a helper "
                      "connects and before control is shared."),
    QT_TRANSLATE_NOOP("ra::CatalogText",
                      "Keeps a log of every Remote Assistance session in the user's Documents folder "
                      "(Remote Assistance Logs)."),
    QT_TRANSLATE_NOOP("ra::CatalogText",
                      "Lets users ask for help by invitation (file, e-mail or chat) and sets what "
                      "helpers may do and how long an invitation stays valid."),
    QT_TRANSLATE_NOOP("ra::CatalogText",
                      "Lets the listed helpers offer assistance without an invitation, and sets "
                      "whether they may take control."),
    // element labels
    QT_TRANSLATE_NOOP("ra::CatalogText", "Display warning message before sharing control:"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Display warning message before connecting:"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Permit remote control of this computer:"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Maximum ticket time (value):"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Maximum ticket time (units):"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Method for sending email invitations:"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Helpers:"),
    // element summaries
    QT_TRANSLATE_NOOP("ra::CatalogText", "Shown before the user hands control of the computer to the helper."),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Shown before the user lets a helper connect and see the screen."),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Whether invited helpers may take control or only watch."),
    QT_TRANSLATE_NOOP("ra::CatalogText", "How long an invitation stays valid, in the unit chosen below."),
    QT_TRANSLATE_NOOP("ra::CatalogText", "The unit of the maximum ticket time."),
    QT_TRANSLATE_NOOP("ra::CatalogText",
                      "How invitations are e-mailed; Windows Vista and later always use Simple MAPI."),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Whether offering helpers may take control or only watch."),
    QT_TRANSLATE_NOOP("ra::CatalogText",
                      "The users and groups allowed to offer help, one DOMAIN\\User or DOMAIN\\Group "
                      "per entry."),
    // enum items
    QT_TRANSLATE_NOOP("ra::CatalogText", "Allow helpers to remotely control the computer"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Allow helpers to only view the computer"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Minutes"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Hours"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Days"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Simple MAPI"),
    QT_TRANSLATE_NOOP("ra::CatalogText", "Mailto"),
};

const Element* findElement(PolicyId id, const QString& elementId)
{
    return Catalog::instance().policy(id).element(elementId.toStdString());
}

} // namespace

QString CatalogText::translateCatalog(const std::string& english)
{
    return QCoreApplication::translate("ra::CatalogText", english.c_str());
}

QStringList CatalogText::translatableCatalogTexts()
{
    QStringList out;
    for (const char* text : kCatalogTexts)
        out << QString::fromUtf8(text);
    return out;
}

QString CatalogText::policyName(PolicyId id)
{
    return translateCatalog(Catalog::instance().policy(id).gpEnglishName);
}

QString CatalogText::policySummary(PolicyId id)
{
    return translateCatalog(Catalog::instance().policy(id).summary);
}

QString CatalogText::supportedOn(PolicyId id)
{
    return translateCatalog(Catalog::instance().policy(id).supportedOn);
}

QString CatalogText::elementLabel(PolicyId id, const QString& elementId)
{
    const Element* e = findElement(id, elementId);
    return e ? translateCatalog(e->label) : QString();
}

QString CatalogText::elementSummary(PolicyId id, const QString& elementId)
{
    const Element* e = findElement(id, elementId);
    return e ? translateCatalog(e->summary) : QString();
}

QString CatalogText::enumItemLabel(PolicyId id, const QString& elementId, std::uint32_t value)
{
    const Element* e = findElement(id, elementId);
    const EnumItem* item = e ? e->item(value) : nullptr;
    return item ? translateCatalog(item->label) : QString();
}

QString CatalogText::editionName(Edition edition)
{
    switch (edition) {
    case Edition::Home: return tr("Home");
    case Edition::Pro: return tr("Pro");
    case Edition::Business: return tr("Business");
    case Edition::Enterprise: return tr("Enterprise");
    case Edition::Education: return tr("Education");
    case Edition::Mobile: return tr("Mobile");
    case Edition::MobileEnterprise: return tr("Mobile Enterprise");
    }
    return {};
}

QString CatalogText::stateName(PolicyState state)
{
    switch (state) {
    case PolicyState::NotConfigured: return tr("Not configured");
    case PolicyState::Enabled: return tr("Enabled");
    case PolicyState::Disabled: return tr("Disabled");
    }
    return {};
}

QString CatalogText::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return tr("Information");
    case Severity::Warning: return tr("Warning");
    case Severity::Error: return tr("Error");
    }
    return {};
}

QString CatalogText::footnoteText(int number)
{
    const Footnote* f = Catalog::instance().footnote(number);
    if (!f)
        return {};
    return tr("Added in Windows 10, version %1.").arg(QString::fromStdString(f->version));
}

} // namespace ra

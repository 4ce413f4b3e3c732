#include "Catalog.h"

#include "TextCodec.h"

namespace ra {

const EnumItem* Element::item(std::uint32_t value) const
{
    for (const auto& it : items)
        if (it.value == value)
            return &it;
    return nullptr;
}

std::string_view editionName(Edition e)
{
    switch (e) {
    case Edition::Home: return "Home";
    case Edition::Pro: return "Pro";
    case Edition::Business: return "Business";
    case Edition::Enterprise: return "Enterprise";
    case Edition::Education: return "Education";
    case Edition::Mobile: return "Mobile";
    case Edition::MobileEnterprise: return "Mobile Enterprise";
    }
    return {};
}

std::optional<Edition> editionFromName(std::string_view name)
{
    for (Edition e : kAllEditions)
        if (text::iequals(editionName(e), name))
            return e;
    if (text::iequals(name, "MobileEnterprise"))
        return Edition::MobileEnterprise;
    return std::nullopt;
}

const Element* Policy::element(std::string_view elementId) const
{
    for (const auto& e : elements)
        if (e.id == elementId)
            return &e;
    return nullptr;
}

std::vector<std::string> Policy::keys() const
{
    std::vector<std::string> out{key};
    for (const auto& e : elements)
        if (!text::iequals(e.key, key)) {
            bool seen = false;
            for (const auto& k : out)
                seen = seen || text::iequals(k, e.key);
            if (!seen)
                out.push_back(e.key);
        }
    return out;
}

const Policy* Catalog::find(std::string_view name) const
{
    for (const auto& p : m_policies)
        if (text::iequals(p.cspNode, name) || text::iequals(p.gpName, name)
            || text::iequals(p.gpEnglishName, name))
            return &p;
    return nullptr;
}

const Footnote* Catalog::footnote(int number) const
{
    for (const auto& f : m_footnotes)
        if (f.number == number)
            return &f;
    return nullptr;
}

const Catalog& Catalog::instance()
{
    static const Catalog catalog;
    return catalog;
}

namespace {
// The SKU table of the source document ("Policy CSP - RemoteAssistance"): every policy has a
// check mark with footnote 1 in every column but Business, which is blank.
constexpr std::array<SkuCell, 7> kSkuTable = {{
    {true, 1}, // Home
    {true, 1}, // Pro
    {false, 0}, // Business
    {true, 1}, // Enterprise
    {true, 1}, // Education
    {true, 1}, // Mobile
    {true, 1}, // Mobile Enterprise
}};
} // namespace

Catalog::Catalog()
{
    const std::string key(policyKey);
    const std::string helpers(helperKey);
    const std::string prefix(omaUriPrefix);

    // Footnotes of the source document.
    m_footnotes = {{1, "1607", 14393}, {2, "1703", 15063}, {3, "1709", 16299}};

    // RA_Options — remoteassistance.admx: two <text> elements without maxLength (schema
    // default 1023), REG_SZ on the policy key.
    Policy options;
    options.id = PolicyId::CustomizeWarningMessages;
    options.cspNode = "CustomizeWarningMessages";
    options.gpEnglishName = "Customize warning messages";
    options.gpName = "RA_Options";
    options.valueName = "UseCustomMessages";
    options.supportedOnId = "windows:SUPPORTED_WindowsVista";
    options.supportedOn = "At least Windows Vista";
    options.summary = "Replaces the warnings Windows shows the person being helped before a helper "
                      "connects and before control is shared.";
    {
        Element share;
        share.id = "RA_Options_Share_Control_Message";
        share.type = ElementType::Text;
        share.key = key;
        share.valueName = "ShareControlMessage";
        share.label = "Display warning message before sharing control:";
        share.summary = "Shown before the user hands control of the computer to the helper.";
        share.maxLength = 1023;
        Element view = share;
        view.id = "RA_Options_Connect_Message";
        view.valueName = "ViewMessage";
        view.label = "Display warning message before connecting:";
        view.summary = "Shown before the user lets a helper connect and see the screen.";
        options.elements = {share, view};
    }

    // RA_Logging — no elements.
    Policy logging;
    logging.id = PolicyId::SessionLogging;
    logging.cspNode = "SessionLogging";
    logging.gpEnglishName = "Turn on session logging";
    logging.gpName = "RA_Logging";
    logging.valueName = "LoggingEnabled";
    logging.supportedOnId = "windows:SUPPORTED_WindowsVista";
    logging.supportedOn = "At least Windows Vista";
    logging.summary = "Keeps a log of every Remote Assistance session in the user's Documents "
                      "folder (Remote Assistance Logs).";

    // RA_Solicit — enum control (1 = control, 0 = view; ADML defaultItem 0 → first item),
    // decimal 1–99 (no defaultValue → schema default 1), enum units (0/1/2, defaultItem 1 →
    // Hours), enum e-mail method (0 Simple MAPI, 1 Mailto; defaultItem 1 → Mailto in ADMX order).
    Policy solicit;
    solicit.id = PolicyId::SolicitedRemoteAssistance;
    solicit.cspNode = "SolicitedRemoteAssistance";
    solicit.gpEnglishName = "Configure Solicited Remote Assistance";
    solicit.gpName = "RA_Solicit";
    solicit.valueName = "fAllowToGetHelp";
    solicit.supportedOnId = "windows:SUPPORTED_WindowsXP";
    solicit.supportedOn = "At least Windows Server 2003 operating systems or Windows XP Professional";
    solicit.summary = "Lets users ask for help by invitation (file, e-mail or chat) and sets what "
                      "helpers may do and how long an invitation stays valid.";
    {
        Element control;
        control.id = "RA_Solicit_Control_List";
        control.type = ElementType::Enum;
        control.key = key;
        control.valueName = "fAllowFullControl";
        control.label = "Permit remote control of this computer:";
        control.summary = "Whether invited helpers may take control or only watch.";
        control.items = {{"RA_Solicit_Control_Ctrl", "Allow helpers to remotely control the computer", 1},
                         {"RA_Solicit_Control_View", "Allow helpers to only view the computer", 0}};
        control.noSort = true;
        control.defaultValue = 1;

        Element expiry;
        expiry.id = "RA_Solicit_ExpireValue_Edt";
        expiry.type = ElementType::Decimal;
        expiry.key = key;
        expiry.valueName = "MaxTicketExpiry";
        expiry.label = "Maximum ticket time (value):";
        expiry.summary = "How long an invitation stays valid, in the unit chosen below.";
        expiry.minValue = 1;
        expiry.maxValue = 99;
        expiry.defaultValue = 1;

        Element units;
        units.id = "RA_Solicit_ExpireUnits_List";
        units.type = ElementType::Enum;
        units.key = key;
        units.valueName = "MaxTicketExpiryUnits";
        units.label = "Maximum ticket time (units):";
        units.summary = "The unit of the maximum ticket time.";
        units.items = {{"RA_Solicit_Control_Minutes", "Minutes", 0},
                       {"RA_Solicit_Control_Hours", "Hours", 1},
                       {"RA_Solicit_Control_Days", "Days", 2}};
        units.defaultValue = 1;

        Element mail;
        mail.id = "RA_Solicit_Mailto_List";
        mail.type = ElementType::Enum;
        mail.key = key;
        mail.valueName = "fUseMailto";
        mail.label = "Method for sending email invitations:";
        mail.summary = "How invitations are e-mailed; Windows Vista and later always use Simple MAPI.";
        mail.items = {{"RA_Solicit_SimpleMapi", "Simple MAPI", 0}, {"RA_Solicit_Mailto", "Mailto", 1}};
        mail.defaultValue = 1;
        solicit.elements = {control, expiry, units, mail};
    }

    // RA_Unsolicit — enum control, and a <list> on its own key (…\RAUnsolicit) with no
    // valuePrefix: each helper is a REG_SZ whose name and data are the helper string.
    Policy unsolicit;
    unsolicit.id = PolicyId::UnsolicitedRemoteAssistance;
    unsolicit.cspNode = "UnsolicitedRemoteAssistance";
    unsolicit.gpEnglishName = "Configure Offer Remote Assistance";
    unsolicit.gpName = "RA_Unsolicit";
    unsolicit.valueName = "fAllowUnsolicited";
    unsolicit.supportedOnId = "windows:SUPPORTED_WindowsXP";
    unsolicit.supportedOn = "At least Windows Server 2003 operating systems or Windows XP Professional";
    unsolicit.summary = "Lets the listed helpers offer assistance without an invitation, and sets "
                        "whether they may take control.";
    {
        Element control;
        control.id = "RA_Unsolicit_Control_List";
        control.type = ElementType::Enum;
        control.key = key;
        control.valueName = "fAllowUnsolicitedFullControl";
        control.label = "Permit remote control of this computer:";
        control.summary = "Whether offering helpers may take control or only watch.";
        control.items = {{"RA_Unsolicit_Control_Ctrl", "Allow helpers to remotely control the computer", 1},
                         {"RA_Unsolicit_Control_View", "Allow helpers to only view the computer", 0}};
        control.noSort = true;
        control.defaultValue = 1;

        Element list;
        list.id = "RA_Unsolicit_DACL_Edit";
        list.type = ElementType::List;
        list.key = helpers;
        list.label = "Helpers:";
        list.summary = "The users and groups allowed to offer help, one DOMAIN\\User or "
                       "DOMAIN\\Group per entry.";
        unsolicit.elements = {control, list};
    }

    for (Policy* p : {&options, &logging, &solicit, &unsolicit}) {
        p->omaUri = prefix + p->cspNode;
        p->admxFile = "remoteassistance.admx";
        p->categoryPath = "System > Remote Assistance";
        p->scope = "Machine";
        p->key = key;
        p->enabledValue = 1;
        p->disabledValue = 0;
        p->skus = kSkuTable;
        m_policies.push_back(std::move(*p));
    }
}

} // namespace ra

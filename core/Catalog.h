#pragma once
/**
 * @file Catalog.h
 * The four Remote Assistance policies as data: exactly what remoteassistance.admx and the
 * Policy CSP document say about them (sources in ../shared/corpus/FINDINGS.md §2–3).
 */
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

/// The four policies, in the order the Policy CSP document lists them.
enum class PolicyId : int {
    CustomizeWarningMessages = 0, ///< ADMX RA_Options
    SessionLogging = 1,           ///< ADMX RA_Logging
    SolicitedRemoteAssistance = 2,///< ADMX RA_Solicit
    UnsolicitedRemoteAssistance = 3, ///< ADMX RA_Unsolicit
};
inline constexpr std::array<PolicyId, 4> kAllPolicies = {
    PolicyId::CustomizeWarningMessages, PolicyId::SessionLogging,
    PolicyId::SolicitedRemoteAssistance, PolicyId::UnsolicitedRemoteAssistance};
constexpr int index(PolicyId id) { return static_cast<int>(id); }

/// ADMX element kinds used by these policies.
enum class ElementType { Text, Decimal, Enum, List };

/// One item of an ADMX `<enum>`.
struct EnumItem
{
    std::string stringId;  ///< ADML string id, e.g. "RA_Solicit_Control_Ctrl"
    std::string label;     ///< the English ADML label
    std::uint32_t value;   ///< the decimal written to the registry
};

/// One option (ADMX element) of a policy. The ADMX id is also the MDM `<data id>`.
struct Element
{
    std::string id;         ///< e.g. "RA_Solicit_ExpireValue_Edt"
    ElementType type;
    std::string key;        ///< registry key (the policy's key unless the element has its own)
    std::string valueName;  ///< registry value name; empty for a list (entries are the names)
    std::string label;      ///< English ADML presentation label
    std::string summary;    ///< the product's own one-line description
    std::uint32_t maxLength = 0;  ///< Text: 1023 when the ADMX gives none
    std::uint32_t minValue = 0;   ///< Decimal
    std::uint32_t maxValue = 0;   ///< Decimal
    std::vector<EnumItem> items;  ///< Enum, in ADMX order
    bool noSort = false;          ///< Enum: ADML dropdownList noSort
    std::uint32_t defaultValue = 0; ///< Decimal/Enum: the value the Group Policy editor presents

    const EnumItem* item(std::uint32_t value) const;
};

/// Editions of the SKU table, in the source document's column order.
enum class Edition : int { Home, Pro, Business, Enterprise, Education, Mobile, MobileEnterprise };
inline constexpr std::array<Edition, 7> kAllEditions = {
    Edition::Home, Edition::Pro, Edition::Business, Edition::Enterprise,
    Edition::Education, Edition::Mobile, Edition::MobileEnterprise};
std::string_view editionName(Edition e);
std::optional<Edition> editionFromName(std::string_view name); ///< case-insensitive

/// One cell of a SKU table: available or blank, and its footnote number (0 = none).
struct SkuCell
{
    bool available = false;
    int footnote = 0;
};

/// A footnote of the source document: "N - Added in Windows 10, version V."
struct Footnote
{
    int number;
    std::string version; ///< "1607", "1703", "1709"
    std::uint32_t build; ///< the matching Windows 10 build (14393, 15063, 16299)
};

/// A policy exactly as the ADMX and the Policy CSP define it.
struct Policy
{
    PolicyId id;
    std::string cspNode;        ///< "CustomizeWarningMessages"
    std::string omaUri;         ///< "./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/…"
    std::string gpEnglishName;  ///< "Customize warning messages"
    std::string gpName;         ///< "RA_Options"
    std::string admxFile;       ///< "remoteassistance.admx"
    std::string categoryPath;   ///< "System > Remote Assistance"
    std::string supportedOnId;  ///< "windows:SUPPORTED_WindowsVista"
    std::string supportedOn;    ///< "At least Windows Vista"
    std::string scope;          ///< "Machine"
    std::string key;            ///< registry key (no hive)
    std::string valueName;      ///< the policy's own value
    std::uint32_t enabledValue = 1;
    std::uint32_t disabledValue = 0;
    std::array<SkuCell, 7> skus;
    std::vector<Element> elements;
    std::string summary;        ///< the product's own short description

    const Element* element(std::string_view elementId) const;
    /// Every key this policy writes to (the policy key, plus a list's own key).
    std::vector<std::string> keys() const;
};

/**
 * The built-in catalog. Immutable; one instance for the process.
 */
class Catalog
{
public:
    static const Catalog& instance();

    const std::vector<Policy>& policies() const { return m_policies; }
    const Policy& policy(PolicyId id) const { return m_policies[static_cast<std::size_t>(index(id))]; }
    /// Lookup by CSP node, GP name (RA_…) or GP English name, case-insensitively.
    const Policy* find(std::string_view name) const;
    const std::vector<Footnote>& footnotes() const { return m_footnotes; }
    const Footnote* footnote(int number) const;

    /// The key all four policies live under (ADMX spelling).
    static constexpr std::string_view policyKey = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";
    /// The helper list's own key.
    static constexpr std::string_view helperKey =
        "Software\\policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit";
    static constexpr std::string_view omaUriPrefix = "./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/";

private:
    Catalog();
    std::vector<Policy> m_policies;
    std::vector<Footnote> m_footnotes;
};

} // namespace ra

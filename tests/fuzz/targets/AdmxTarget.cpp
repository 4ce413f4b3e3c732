#include "Targets.h"

#include "models/AdmxReader.h"

namespace ra::fuzz {

Outcome admx(std::span<const std::uint8_t> data)
{
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char*>(data.data()), qsizetype(data.size()));
    if (content.contains("policyDefinitionResources")) {
        const admx::AdmlFile adml = admx::AdmxReader::parseAdml(content, QStringLiteral("fuzz.adml"));
        return "accepted: adml, " + std::to_string(adml.strings.size()) + " strings, "
            + std::to_string(adml.presentations.size()) + " presentations";
    }
    const admx::AdmxFile file = admx::AdmxReader::parseAdmx(content, QStringLiteral("fuzz.admx"));
    for (const auto& policy : file.policies)
        require(!policy.name.isEmpty(), "a policy without a name was accepted");
    return "accepted: admx, " + std::to_string(file.categories.size()) + " categories, "
        + std::to_string(file.policies.size()) + " policies";
}

} // namespace ra::fuzz

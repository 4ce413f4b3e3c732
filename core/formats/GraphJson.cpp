#include "GraphJson.h"

#include "SyncMl.h"
#include "core/Error.h"
#include "core/TextCodec.h"

namespace ra {

namespace {

using json = nlohmann::json;

const Policy* ourPolicy(const json& setting)
{
    if (!setting.is_object())
        return nullptr;
    const auto it = setting.find("omaUri");
    if (it == setting.end() || !it->is_string())
        return nullptr;
    const std::string uri = it->get<std::string>();
    for (const auto& p : Catalog::instance().policies())
        if (text::iequals(text::trim(uri), p.omaUri))
            return &p;
    return nullptr;
}

std::string stringAt(const json& object, const char* key, const std::string& pointer, const std::string& file,
                     bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            throw Error("graph.missing", {key}, "the member \"" + std::string(key) + "\" is missing", file,
                        ErrorLocation::pointer(pointer));
        return {};
    }
    if (!it->is_string())
        throw Error("graph.not-string", {}, "expected a string", file, ErrorLocation::pointer(pointer + "/" + key));
    return it->get<std::string>();
}

} // namespace

std::string GraphJson::defaultSettingDescription(const Policy& policy, PolicyState state)
{
    return policy.gpName + " (" + policy.admxFile + "): " + std::string(policyStateName(state));
}

json GraphJson::omaSetting(const Configuration& config, PolicyId id)
{
    const Policy& policy = Catalog::instance().policy(id);
    const PolicyState state = config.state(id);
    if (state == PolicyState::NotConfigured)
        throw Error("graph.not-configured", {policy.cspNode}, policy.cspNode + " is Not configured and has no OMA-URI setting");
    const std::string& comment = config.comment(id);
    json s = json::object();
    s["@odata.type"] = settingType;
    s["displayName"] = policy.gpEnglishName;
    s["description"] = comment.empty() ? defaultSettingDescription(policy, state) : comment;
    s["omaUri"] = policy.omaUri;
    s["value"] = SyncMl::payload(config, id);
    return s;
}

json GraphJson::omaSettings(const Configuration& config)
{
    json out = json::array();
    for (PolicyId id : kAllPolicies)
        if (config.state(id) != PolicyState::NotConfigured)
            out.push_back(omaSetting(config, id));
    return out;
}

bool GraphJson::isOurs(const json& setting)
{
    return ourPolicy(setting) != nullptr;
}

json GraphJson::mergeSettings(const json& existing, const Configuration& config)
{
    json out = json::array();
    std::array<bool, 4> placed{};
    if (existing.is_array()) {
        for (const json& s : existing) {
            const Policy* p = ourPolicy(s);
            if (!p) {
                out.push_back(s);
                continue;
            }
            const auto i = static_cast<std::size_t>(index(p->id));
            if (placed[i] || config.state(p->id) == PolicyState::NotConfigured)
                continue;
            out.push_back(omaSetting(config, p->id));
            placed[i] = true;
        }
    }
    for (PolicyId id : kAllPolicies)
        if (!placed[static_cast<std::size_t>(index(id))] && config.state(id) != PolicyState::NotConfigured)
            out.push_back(omaSetting(config, id));
    return out;
}

json GraphJson::profile(const Configuration& config, const std::string& displayName, const std::string& description)
{
    if (text::trim(displayName).empty())
        throw Error("graph.display-name", {}, "the profile needs a display name");
    json body = json::object();
    body["@odata.type"] = profileType;
    body["displayName"] = displayName;
    body["description"] = description;
    body["omaSettings"] = omaSettings(config);
    return body;
}

std::string GraphJson::render(const Configuration& config, const std::string& displayName,
                              const std::string& description)
{
    return profile(config, displayName, description).dump(2, ' ', false) + "\n";
}

std::string GraphJson::render(const ChangeSet& changes, const std::string& displayName,
                              const std::string& description)
{
    return render(changes.configuration(), displayName, description);
}

GraphReadResult GraphJson::readText(std::string_view text, const std::string& file)
{
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        // nlohmann counts bytes from 1; our offsets count from 0
        throw Error("graph.json", {e.what()}, "not valid JSON (" + std::string(e.what()) + ")", file,
                    ErrorLocation::offset(e.byte > 0 ? e.byte - 1 : 0));
    }
    return read(doc, file);
}

GraphReadResult GraphJson::read(const json& body, const std::string& file)
{
    if (!body.is_object())
        throw Error("graph.not-object", {}, "expected a JSON object (a windows10CustomConfiguration)", file,
                    ErrorLocation::pointer("/"));
    GraphReadResult result;
    const std::string type = stringAt(body, "@odata.type", "", file, false);
    if (!type.empty() && type != profileType)
        throw Error("graph.type", {std::string(profileType), type},
                    "expected \"" + std::string(profileType) + "\", found \"" + type + "\"", file,
                    ErrorLocation::pointer("/@odata.type"));
    result.displayName = stringAt(body, "displayName", "", file, false);
    result.description = stringAt(body, "description", "", file, false);

    const auto settings = body.find("omaSettings");
    if (settings == body.end() || settings->is_null())
        return result;
    if (!settings->is_array())
        throw Error("graph.settings-array", {}, "expected an array", file, ErrorLocation::pointer("/omaSettings"));
    std::array<std::string, 4> seenAt;
    for (std::size_t i = 0; i < settings->size(); ++i) {
        const json& s = (*settings)[i];
        const std::string pointer = "/omaSettings/" + std::to_string(i);
        if (!s.is_object())
            throw Error("graph.setting-object", {}, "expected an object", file, ErrorLocation::pointer(pointer));
        const Policy* p = ourPolicy(s);
        if (!p) {
            result.foreignSettings.push_back(s);
            continue;
        }
        auto& seen = seenAt[static_cast<std::size_t>(index(p->id))];
        if (!seen.empty())
            throw Error("graph.second-setting", {p->cspNode, seen},
                        p->cspNode + " has a second setting (the first is " + seen + ")", file, ErrorLocation::pointer(pointer));
        seen = pointer;
        const std::string settingTypeName = stringAt(s, "@odata.type", pointer, file, false);
        if (!settingTypeName.empty() && settingTypeName != settingType)
            throw Error("graph.setting-type", {std::string(settingType), p->cspNode, settingTypeName},
                        "expected \"" + std::string(settingType) + "\" for " + p->cspNode + ", found \""
                            + settingTypeName + "\"",
                        file, ErrorLocation::pointer(pointer + "/@odata.type"));
        const std::string value = stringAt(s, "value", pointer, file, true);
        PolicySetting setting = SyncMl::parsePayload(p->id, value, file, ErrorLocation::pointer(pointer + "/value"));
        const std::string description = stringAt(s, "description", pointer, file, false);
        if (description != defaultSettingDescription(*p, setting.state))
            setting.comment = description;
        result.configuration.setSetting(p->id, std::move(setting));
    }
    return result;
}

std::vector<std::string> GraphJson::compare(const json& actual, const Configuration& config)
{
    std::vector<std::string> differences;
    std::array<const json*, 4> found{};
    if (const auto it = actual.find("omaSettings"); it != actual.end() && it->is_array())
        for (const json& s : *it)
            if (const Policy* p = ourPolicy(s)) {
                auto& slot = found[static_cast<std::size_t>(index(p->id))];
                if (slot)
                    differences.push_back(p->cspNode + " has more than one setting");
                slot = &s;
            }
    for (const Policy& p : Catalog::instance().policies()) {
        const json* s = found[static_cast<std::size_t>(index(p.id))];
        if (config.state(p.id) == PolicyState::NotConfigured) {
            if (s)
                differences.push_back(p.cspNode + " should have no setting, but the profile still has one");
            continue;
        }
        if (!s) {
            differences.push_back(p.cspNode + " is missing from the profile");
            continue;
        }
        const json want = omaSetting(config, p.id);
        for (const char* key : {"@odata.type", "displayName", "description", "omaUri", "value"}) {
            const auto got = s->find(key);
            if (got == s->end() || *got != want[key])
                differences.push_back(p.cspNode + ": " + key + " is "
                                      + (got == s->end() ? std::string("missing") : got->dump()) + ", expected "
                                      + want[key].dump());
        }
    }
    return differences;
}

} // namespace ra

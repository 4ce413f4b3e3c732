#include "Targets.h"

#include "core/Profile.h"

namespace ra::fuzz {

Outcome profile(std::span<const std::uint8_t> data)
{
    const std::string_view json(reinterpret_cast<const char*>(data.data()), data.size());
    Profile read;
    std::string integrity = "verified";
    try {
        read = ProfileFormat::read(json, "fuzz.json");
    } catch (const ProfileIntegrityError& e) {
        // complete content whose SHA-256 is missing or wrong: still must round-trip
        read = e.profile();
        integrity = "not verified";
    }
    const std::string written = mustSucceed("write(read(json))", [&] { return ProfileFormat::write(read); });
    const Profile again = mustSucceed("read(write(profile))", [&] { return ProfileFormat::read(written, "written.json"); });
    require(again == read, "read(write(profile)) differs from the profile");
    require(again.integrityVerified, "a profile we wrote does not verify");
    require(ProfileFormat::write(again) == written, "write(read(write(p))) differs from write(p)");
    return "accepted: " + std::to_string(read.included.size()) + " policies included, SHA-256 " + integrity;
}

} // namespace ra::fuzz

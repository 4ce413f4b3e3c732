#include "PolMerge.h"

#include "core/GroupPolicy.h"
#include "core/TextCodec.h"

#include <map>
#include <utility>

namespace ra {

PolMergeResult PolMerge::merge(const std::vector<RegistryEntry>& existing, const ChangeSet& changes)
{
    PolMergeResult result;
    const auto& ours = changes.entries();
    bool inserted = false;

    // duplicates: plain values (control codes legitimately repeat, e.g. **del. on several keys)
    std::map<std::pair<std::string, std::string>, std::size_t> seen;
    std::vector<std::pair<std::string, std::string>> order;
    for (const RegistryEntry& e : existing) {
        if (e.isControl())
            continue;
        auto k = std::make_pair(text::toLowerAscii(e.key), text::toLowerAscii(e.valueName));
        if (seen[k]++ == 0)
            order.push_back(k);
    }
    for (const auto& k : order) {
        const std::size_t n = seen[k];
        if (n < 2)
            continue;
        result.duplicates += n - 1;
        // report with the spelling of the first occurrence
        for (const RegistryEntry& e : existing) {
            if (!e.isControl() && text::iequals(e.key, k.first) && text::iequals(e.valueName, k.second)) {
                result.notes.push_back({"duplicate-value", {e.key + "\\" + e.valueName, std::to_string(n)},
                                        "duplicate value " + e.key + "\\" + e.valueName + " (" + std::to_string(n)
                                            + " times; the last one applies)"});
                break;
            }
        }
    }

    for (const RegistryEntry& e : existing) {
        if (GroupPolicy::isOurs(e)) {
            ++result.oursRemoved;
            if (!inserted) {
                result.entries.insert(result.entries.end(), ours.begin(), ours.end());
                inserted = true;
            }
            continue;
        }
        ++result.foreignKept;
        result.entries.push_back(e);
    }
    if (!inserted)
        result.entries.insert(result.entries.end(), ours.begin(), ours.end());
    result.oursWritten = ours.size();
    return result;
}

} // namespace ra

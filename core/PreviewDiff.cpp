#include "PreviewDiff.h"

#include "TextCodec.h"

#include <algorithm>
#include <map>

namespace ra {

namespace {

constexpr std::size_t kMaxLines = 20000;
constexpr int kMaxEdits = 4000;

using Lines = std::vector<std::string>;

/// Myers' O((N+M)D) diff of a[a0, a1) and b[b0, b1); false when more than kMaxEdits edits are needed.
bool myers(const Lines& a, std::size_t a0, std::size_t a1, const Lines& b, std::size_t b0, std::size_t b1,
           std::vector<DiffLine>& out)
{
    const int n = int(a1 - a0);
    const int m = int(b1 - b0);
    const int max = std::min(n + m, kMaxEdits);
    // trace[d] holds V[k] for k in [-d, d] before step d (index k + d)
    std::vector<std::vector<int>> trace;
    std::vector<int> v(std::size_t(2 * max + 3), 0);
    const int off = max + 1;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        std::vector<int> snapshot(std::size_t(2 * d + 1));
        for (int k = -d; k <= d; ++k)
            snapshot[std::size_t(k + d)] = v[std::size_t(k + off)];
        trace.push_back(std::move(snapshot));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[std::size_t(k - 1 + off)] < v[std::size_t(k + 1 + off)]))
                ? v[std::size_t(k + 1 + off)]
                : v[std::size_t(k - 1 + off)] + 1;
            int y = x - k;
            while (x < n && y < m && a[a0 + std::size_t(x)] == b[b0 + std::size_t(y)]) {
                ++x;
                ++y;
            }
            v[std::size_t(k + off)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    std::vector<DiffLine> rev;
    int x = n;
    int y = m;
    for (int d = found; d >= 0; --d) {
        const std::vector<int>& t = trace[std::size_t(d)];
        const auto at = [&](int k) { return t[std::size_t(k + d)]; };
        const int k = x - y;
        int prevK = 0;
        if (d == 0)
            prevK = 0;
        else if (k == -d || (k != d && at(k - 1) < at(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = d == 0 ? 0 : at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            rev.push_back({DiffLine::Op::Same, a[a0 + std::size_t(x - 1)]});
            --x;
            --y;
        }
        if (d > 0) {
            if (x == prevX)
                rev.push_back({DiffLine::Op::Added, b[b0 + std::size_t(y - 1)]});
            else
                rev.push_back({DiffLine::Op::Removed, a[a0 + std::size_t(x - 1)]});
        }
        x = prevX;
        y = prevY;
    }
    // Within a run of edits, removals first (as a reader expects: the old line, then its replacement).
    std::reverse(rev.begin(), rev.end());
    for (std::size_t i = 0; i < rev.size();) {
        if (rev[i].op == DiffLine::Op::Same) {
            out.push_back(std::move(rev[i++]));
            continue;
        }
        std::size_t j = i;
        while (j < rev.size() && rev[j].op != DiffLine::Op::Same)
            ++j;
        for (std::size_t r = i; r < j; ++r)
            if (rev[r].op == DiffLine::Op::Removed)
                out.push_back(rev[r]);
        for (std::size_t r = i; r < j; ++r)
            if (rev[r].op == DiffLine::Op::Added)
                out.push_back(rev[r]);
        i = j;
    }
    return true;
}

std::string nameOf(const std::string& key, const std::string& value)
{
    return key + "\\" + value;
}

std::string foldedName(const RegistryEntry& e)
{
    return text::toLowerAscii(e.key) + "\\" + text::toLowerAscii(e.valueName);
}

/// The last entry of every name, in the order of the names' first appearance.
std::vector<const RegistryEntry*> lastOfEach(const std::vector<RegistryEntry>& entries,
                                             std::map<std::string, std::size_t>& index)
{
    std::vector<const RegistryEntry*> out;
    for (const RegistryEntry& e : entries) {
        const std::string name = foldedName(e);
        if (const auto it = index.find(name); it != index.end())
            out[it->second] = &e;
        else {
            index.emplace(name, out.size());
            out.push_back(&e);
        }
    }
    return out;
}

} // namespace

std::string ValueChange::describe() const
{
    const std::string name = nameOf(key, valueName);
    const auto data = [](const std::optional<RegistryEntry>& e) { return e ? PreviewDiff::describeData(*e) : std::string(); };
    switch (kind) {
    case Kind::Added: return "+ Added " + name + " = " + data(after);
    case Kind::Changed: return "~ Changed " + name + ": " + data(before) + " -> " + data(after);
    case Kind::Removed: return "- Removed " + name + " (was " + data(before) + ")";
    }
    return name;
}

std::string PreviewDiff::describeData(const RegistryEntry& entry)
{
    std::string target;
    switch (controlCode(entry.valueName, &target)) {
    case ControlCode::DeleteValue: return "(deletes " + target + ")";
    case ControlCode::DeleteAllValues: return "(deletes every value of the key)";
    default: return entry.describeData();
    }
}

std::vector<std::string> PreviewDiff::splitLines(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        const bool last = end == std::string_view::npos;
        if (last)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        out.emplace_back(line);
        start = last ? text.size() : end + 1;
    }
    return out;
}

std::vector<DiffLine> PreviewDiff::lines(std::string_view before, std::string_view after)
{
    const Lines a = splitLines(before);
    const Lines b = splitLines(after);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    std::vector<DiffLine> out;
    out.reserve(std::max(a.size(), b.size()));
    for (std::size_t i = 0; i < head; ++i)
        out.push_back({DiffLine::Op::Same, a[i]});
    const std::size_t a1 = a.size() - tail;
    const std::size_t b1 = b.size() - tail;
    const bool small = a1 - head <= kMaxLines && b1 - head <= kMaxLines;
    if (!small || !myers(a, head, a1, b, head, b1, out)) {
        for (std::size_t i = head; i < a1; ++i)
            out.push_back({DiffLine::Op::Removed, a[i]});
        for (std::size_t i = head; i < b1; ++i)
            out.push_back({DiffLine::Op::Added, b[i]});
    }
    for (std::size_t i = a1; i < a.size(); ++i)
        out.push_back({DiffLine::Op::Same, a[i]});
    return out;
}

bool PreviewDiff::hasChanges(const std::vector<DiffLine>& diff)
{
    return std::any_of(diff.begin(), diff.end(), [](const DiffLine& l) { return l.op != DiffLine::Op::Same; });
}

std::string PreviewDiff::unified(const std::vector<DiffLine>& diff)
{
    std::string out;
    for (const DiffLine& l : diff) {
        out += l.op == DiffLine::Op::Added ? "+ " : l.op == DiffLine::Op::Removed ? "- " : "  ";
        out += l.text;
        out += '\n';
    }
    return out;
}

std::vector<ValueChange> PreviewDiff::values(const std::vector<RegistryEntry>& before,
                                             const std::vector<RegistryEntry>& after)
{
    std::map<std::string, std::size_t> beforeIndex;
    std::map<std::string, std::size_t> afterIndex;
    const auto was = lastOfEach(before, beforeIndex);
    const auto now = lastOfEach(after, afterIndex);
    std::vector<ValueChange> out;
    for (const RegistryEntry* e : now) {
        const auto it = beforeIndex.find(foldedName(*e));
        if (it == beforeIndex.end()) {
            out.push_back({ValueChange::Kind::Added, e->key, e->valueName, std::nullopt, *e});
            continue;
        }
        const RegistryEntry& old = *was[it->second];
        if (old.type != e->type || old.data != e->data)
            out.push_back({ValueChange::Kind::Changed, e->key, e->valueName, old, *e});
    }
    for (const RegistryEntry* e : was)
        if (!afterIndex.contains(foldedName(*e)))
            out.push_back({ValueChange::Kind::Removed, e->key, e->valueName, *e, std::nullopt});
    return out;
}

std::string PreviewDiff::listing(const std::vector<RegistryEntry>& entries)
{
    std::string out;
    for (const RegistryEntry& e : entries)
        out += nameOf(e.key, e.valueName) + " = " + describeData(e) + "\n";
    return out;
}

} // namespace ra

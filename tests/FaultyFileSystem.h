#pragma once
/**
 * @file FaultyFileSystem.h
 * A real file system that fails on command, for fault-injection tests of every writer.
 *
 * Tests run as root, where a chmod'ed read-only folder does not stop writes; injecting the
 * failure here is what makes "disk full", "read-only", "rename failed" reproducible.
 *
 * Usage:
 *     FaultyFileSystem fs;
 *     fs.failOn(FaultyFileSystem::Op::Rename, 2);               // the 2nd rename fails
 *     fs.failOn(FaultyFileSystem::Op::Write, 1, FaultyFileSystem::Fault::NoSpace);
 *     fs.setReadOnly(true);                                      // every change fails (EROFS)
 *     SomeWriter(dir, fs).apply(…);                             // throws ra::Error naming the file
 */
#include "core/Error.h"
#include "core/FileSystem.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace ra::test {

class FaultyFileSystem : public FileSystem
{
public:
    /// The operations that can be made to fail.
    enum class Op { Read, Write, Rename, CreateDirectory, Count_ };
    /// How they fail.
    enum class Fault {
        IoError,  ///< "Input/output error"
        NoSpace,  ///< "No space left on device"; a write first stores half of the data
        ReadOnly, ///< "Read-only file system"
        Denied,   ///< "Permission denied"
    };

    /// Makes the @p nth (1-based) call of @p op fail with @p fault; 0 = every call.
    void failOn(Op op, int nth, Fault fault = Fault::IoError)
    {
        m_rules.push_back({op, nth, fault});
    }
    /// Every write, rename and createDirectory fails as on a read-only mount.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// Forgets the rules and the counters.
    void reset()
    {
        m_rules.clear();
        m_counts.fill(0);
        m_readOnly = false;
        m_failures = 0;
    }

    /// How many times @p op was called (including the failing call).
    int count(Op op) const { return m_counts[static_cast<std::size_t>(op)]; }
    /// How many injected failures happened.
    int failures() const { return m_failures; }
    /// The paths of the calls in order, as "write <path>", "rename <from> -> <to>", ….
    const std::vector<std::string>& journal() const { return m_journal; }

    static std::string message(Fault fault)
    {
        switch (fault) {
        case Fault::IoError: return "Input/output error";
        case Fault::NoSpace: return "No space left on device";
        case Fault::ReadOnly: return "Read-only file system";
        case Fault::Denied: return "Permission denied";
        }
        return "failure";
    }
    /// systemErrorName() of the errno the fault stands for.
    static std::string name(Fault fault)
    {
        switch (fault) {
        case Fault::IoError: return "io-error";
        case Fault::NoSpace: return "no-space";
        case Fault::ReadOnly: return "read-only";
        case Fault::Denied: return "permission-denied";
        }
        return {};
    }

    Bytes read(const std::filesystem::path& path) const override
    {
        auto* self = const_cast<FaultyFileSystem*>(this);
        self->m_journal.push_back("read " + displayPath(path));
        if (const Fault* f = self->hit(Op::Read))
            throw Error("file.open-read", {message(*f), name(*f)}, "cannot open for reading: " + message(*f),
                        displayPath(path));
        return FileSystem::read(path);
    }

    void createDirectory(const std::filesystem::path& path) override
    {
        m_journal.push_back("mkdir " + displayPath(path));
        if (const Fault* f = hit(Op::CreateDirectory, true))
            throw Error("file.create-folder", {message(*f), name(*f)}, "cannot create folder: " + message(*f),
                        displayPath(path));
        FileSystem::createDirectory(path);
    }

    void writeFile(const std::filesystem::path& path, const Bytes& data) override
    {
        m_journal.push_back("write " + displayPath(path));
        if (const Fault* f = hit(Op::Write, true)) {
            if (*f == Fault::NoSpace) // a full disk takes part of the data, then fails
                FileSystem::writeFile(path, Bytes(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(data.size() / 2)));
            throw Error("file.write", {message(*f), name(*f)}, "write failed: " + message(*f), displayPath(path));
        }
        FileSystem::writeFile(path, data);
    }

    void rename(const std::filesystem::path& from, const std::filesystem::path& to) override
    {
        m_journal.push_back("rename " + displayPath(from) + " -> " + displayPath(to));
        if (const Fault* f = hit(Op::Rename, true))
            throw Error("file.rename", {displayPath(from.filename()), message(*f), name(*f)},
                        "cannot rename " + displayPath(from.filename()) + " into place: " + message(*f), displayPath(to));
        FileSystem::rename(from, to);
    }

private:
    struct Rule
    {
        Op op;
        int nth;
        Fault fault;
    };

    const Fault* hit(Op op, bool changes = false)
    {
        const int n = ++m_counts[static_cast<std::size_t>(op)];
        if (changes && m_readOnly) {
            ++m_failures;
            return &kReadOnly;
        }
        for (const Rule& r : m_rules) {
            if (r.op == op && (r.nth == 0 || r.nth == n)) {
                ++m_failures;
                return &r.fault;
            }
        }
        return nullptr;
    }

    static constexpr Fault kReadOnly = Fault::ReadOnly;
    std::vector<Rule> m_rules;
    std::array<int, static_cast<std::size_t>(Op::Count_)> m_counts{};
    bool m_readOnly = false;
    int m_failures = 0;
    std::vector<std::string> m_journal;
};

/// Every regular file below @p root with its bytes, keyed by the relative path (for "the
/// target is exactly as it was" comparisons).
inline std::vector<std::pair<std::string, Bytes>> snapshotTree(const std::filesystem::path& root)
{
    std::vector<std::pair<std::string, Bytes>> out;
    if (!std::filesystem::exists(root))
        return out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        std::string rel = displayPath(std::filesystem::relative(entry.path(), root));
        if (entry.is_directory())
            out.emplace_back(rel + "/", Bytes{});
        else
            out.emplace_back(rel, FileSystem::real().read(entry.path()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ra::test

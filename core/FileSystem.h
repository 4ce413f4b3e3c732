#pragma once
/**
 * @file FileSystem.h
 * The file operations every writer goes through, so that saves are atomic and every failure
 * path can be tested with an injected fault (see tests/FaultyFileSystem).
 */
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace ra {

using Bytes = std::vector<std::uint8_t>;

/**
 * File-system primitives. Every failure throws ra::Error naming the file. The real
 * implementation is FileSystem::real(); tests derive from it to make a chosen step fail.
 */
class FileSystem
{
public:
    virtual ~FileSystem() = default;
    static FileSystem& real();

    virtual Bytes read(const std::filesystem::path& path) const;
    virtual bool exists(const std::filesystem::path& path) const;
    virtual bool isDirectory(const std::filesystem::path& path) const;
    /// Entries of a directory, sorted by name.
    virtual std::vector<std::filesystem::path> list(const std::filesystem::path& dir) const;
    virtual void createDirectory(const std::filesystem::path& path);
    /// Creates (or truncates) @p path, writes @p data, flushes it to disk and closes it.
    virtual void writeFile(const std::filesystem::path& path, const Bytes& data);
    /// Renames @p from to @p to, replacing a file at @p to.
    virtual void rename(const std::filesystem::path& from, const std::filesystem::path& to);
    /// Removes a file or a whole tree; never throws (used for clean-up).
    virtual void removeAll(const std::filesystem::path& path) noexcept;

    /**
     * Writes @p data to a temporary sibling of @p path and renames it into place: afterwards
     * @p path holds either the old or the new content, never a part. On failure the temporary
     * file is removed and the error names @p path.
     */
    void writeAtomic(const std::filesystem::path& path, const Bytes& data);

    /// A fresh sibling name for temporary files and folders: "<name>.tmp-<random>".
    static std::filesystem::path temporarySibling(const std::filesystem::path& path);
};

/// A path as UTF-8 text for messages.
std::string displayPath(const std::filesystem::path& path);

} // namespace ra

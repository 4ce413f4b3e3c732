#include "FileSystem.h"

#include "Error.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ra {

namespace fs = std::filesystem;

std::string displayPath(const fs::path& path)
{
    const auto u8 = path.u8string();
    return std::string(u8.begin(), u8.end());
}

FileSystem& FileSystem::real()
{
    static FileSystem instance;
    return instance;
}

namespace {
std::FILE* openFile(const fs::path& path, const char* mode)
{
#ifdef _WIN32
    std::wstring wmode(mode, mode + std::strlen(mode));
    return _wfopen(path.c_str(), wmode.c_str());
#else
    return std::fopen(path.c_str(), mode);
#endif
}

/// The system's message for errno and its systemErrorName(): the last two args of the file.* codes.
struct SystemError
{
    std::string message;
    std::string name;
};

SystemError lastError()
{
    const int err = errno;
    return {std::strerror(err), systemErrorName(err)};
}

SystemError systemError(const std::error_code& ec)
{
    return {ec.message(), systemErrorName(ec)};
}
} // namespace

Bytes FileSystem::read(const fs::path& path) const
{
    std::FILE* f = openFile(path, "rb");
    if (!f) {
        const SystemError why = lastError();
        throw Error("file.open-read", {why.message, why.name}, "cannot open for reading: " + why.message,
                    displayPath(path));
    }
    Bytes out;
    std::uint8_t buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        out.insert(out.end(), buf, buf + n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed)
        throw Error("file.read", {}, "read error", displayPath(path));
    return out;
}

bool FileSystem::exists(const fs::path& path) const
{
    std::error_code ec;
    return fs::exists(path, ec);
}

bool FileSystem::isDirectory(const fs::path& path) const
{
    std::error_code ec;
    return fs::is_directory(path, ec);
}

std::vector<fs::path> FileSystem::list(const fs::path& dir) const
{
    std::error_code ec;
    std::vector<fs::path> out;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        out.push_back(it->path());
    if (ec) {
        const SystemError why = systemError(ec);
        throw Error("file.list", {why.message, why.name}, "cannot list folder: " + why.message, displayPath(dir));
    }
    std::sort(out.begin(), out.end());
    return out;
}

void FileSystem::createDirectory(const fs::path& path)
{
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) {
        const SystemError why = systemError(ec);
        throw Error("file.create-folder", {why.message, why.name}, "cannot create folder: " + why.message,
                    displayPath(path));
    }
}

void FileSystem::writeFile(const fs::path& path, const Bytes& data)
{
    std::FILE* f = openFile(path, "wb");
    if (!f) {
        const SystemError why = lastError();
        throw Error("file.open-write", {why.message, why.name}, "cannot open for writing: " + why.message,
                    displayPath(path));
    }
    bool ok = data.empty() || std::fwrite(data.data(), 1, data.size(), f) == data.size();
    SystemError why = ok ? SystemError() : lastError();
    if (ok && std::fflush(f) != 0) {
        ok = false;
        why = lastError();
    }
#ifdef _WIN32
    if (ok && _commit(_fileno(f)) != 0) {
#else
    if (ok && ::fsync(fileno(f)) != 0) {
#endif
        ok = false;
        why = lastError();
    }
    if (std::fclose(f) != 0 && ok) {
        ok = false;
        why = lastError();
    }
    if (!ok)
        throw Error("file.write", {why.message, why.name}, "write failed: " + why.message, displayPath(path));
}

void FileSystem::rename(const fs::path& from, const fs::path& to)
{
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) {
        const SystemError why = systemError(ec);
        throw Error("file.rename", {displayPath(from.filename()), why.message, why.name},
                    "cannot rename " + displayPath(from.filename()) + " into place: " + why.message, displayPath(to));
    }
}

void FileSystem::removeAll(const fs::path& path) noexcept
{
    std::error_code ec;
    fs::remove_all(path, ec);
}

fs::path FileSystem::temporarySibling(const fs::path& path)
{
    static std::mt19937_64 rng{std::random_device{}()};
    static const char* digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string suffix = ".tmp-";
    for (int i = 0; i < 8; ++i)
        suffix += digits[rng() % 36];
    fs::path out = path;
    out += suffix;
    return out;
}

void FileSystem::writeAtomic(const fs::path& path, const Bytes& data)
{
    const fs::path tmp = temporarySibling(path);
    try {
        writeFile(tmp, data);
        rename(tmp, path);
    } catch (const Error& e) {
        removeAll(tmp);
        // name the file the user asked for, not the temporary one
        throw e.withFile(displayPath(path));
    }
}

} // namespace ra

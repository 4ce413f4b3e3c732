#pragma once
/**
 * @file SecretStore.h
 * The Intune client secret in the operating system's keychain (QtKeychain: Secret Service on
 * Linux, Credential Manager on Windows, Keychain on macOS). The secret is never written
 * anywhere else: QtKeychain's plain-text fallback is switched off, and no error text contains it.
 *
 * Callable from any thread: QtKeychain runs its jobs through an executor in the main thread, so
 * from a worker thread the job is run there (blocking the worker), which needs the main thread
 * to be running its event loop — as a GUI's is.
 */
#include <QString>

#include <optional>

namespace ra::intune {

class SecretStore
{
public:
    /// Entries are grouped under @p service (the application id by default).
    explicit SecretStore(QString service = QStringLiteral("io.github.ra_console.RaConsole"));

    /// Stores @p secret under @p key, replacing an older one. Throws ra::Error when the keychain
    /// is unavailable or refuses (the message says which keychain and why, never the secret).
    void write(const QString& key, const QString& secret) const;
    /// The secret stored under @p key, or nullopt when there is none. Throws ra::Error when the
    /// keychain cannot be read.
    std::optional<QString> read(const QString& key) const;
    /// Removes the secret under @p key; removing a missing entry is not an error.
    void remove(const QString& key) const;

    const QString& service() const { return m_service; }

    /// A one-line name of the platform keychain for messages ("the Secret Service").
    static QString keychainName();

private:
    QString m_service;
};

} // namespace ra::intune

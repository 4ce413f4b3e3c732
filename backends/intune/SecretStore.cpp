#include "SecretStore.h"

#include "core/Error.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace ra::intune {

namespace {

/// Runs a keychain job to completion in the calling thread.
void run(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy in QSettings
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

[[noreturn]] void fail(const QKeychain::Job& job, const QString& action)
{
    QString why;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        why = QStringLiteral("no keychain is available (on Linux, start a Secret Service such as "
                             "gnome-keyring or KWallet and unlock it)");
        break;
    case QKeychain::AccessDeniedByUser: why = QStringLiteral("access was denied when the keychain asked"); break;
    case QKeychain::AccessDenied: why = QStringLiteral("access was denied"); break;
    case QKeychain::NotImplemented: why = QStringLiteral("this platform's keychain does not support it"); break;
    default: why = job.errorString(); break;
    }
    throw Error(QStringLiteral("could not %1 the client secret \"%2\": %3")
                    .arg(action, job.key(), why)
                    .toStdString(),
                SecretStore::keychainName().toStdString());
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{
}

QString SecretStore::keychainName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    return QStringLiteral("Secret Service");
#endif
}

void SecretStore::write(const QString& key, const QString& secret) const
{
    if (secret.isEmpty())
        throw Error("an empty client secret is not stored", keychainName().toStdString());
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    run(job);
    if (job.error() != QKeychain::NoError)
        fail(job, QStringLiteral("store"));
}

std::optional<QString> SecretStore::read(const QString& key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    run(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError)
        fail(job, QStringLiteral("read"));
    return job.textData();
}

void SecretStore::remove(const QString& key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        fail(job, QStringLiteral("remove"));
}

} // namespace ra::intune

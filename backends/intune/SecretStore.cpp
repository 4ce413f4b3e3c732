#include "SecretStore.h"

#include "IntuneSettings.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLibrary>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace ra::intune {

namespace {

/**
 * Runs @p work in the application's main thread and waits for it. QtKeychain schedules its
 * jobs through an executor that lives in the main thread, so a job started from a worker
 * thread (the console applies from one) is run there; the worker blocks until it is done.
 */
template<typename F>
void inMainThread(F&& work)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        throw Error("the keychain needs a running Qt application", SecretStore::keychainName().toStdString());
    if (QThread::currentThread() == app->thread()) {
        work();
        return;
    }
    QMetaObject::invokeMethod(app, std::forward<F>(work), Qt::BlockingQueuedConnection);
}

/// What a finished keychain job reported.
struct Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

/**
 * On Linux QtKeychain opens libsecret at run time and closes it again when the process exits.
 * libsecret registers GLib types and leaves callbacks with GLib's main context and D-Bus
 * threads, none of which can be taken back, so the library must stay mapped: opening it here
 * first with PreventUnloadHint (the same QLibrary entry QtKeychain uses) keeps it for the life of
 * the process, and what it holds stays reachable for LeakSanitizer.
 */
void keepSecretServiceLoaded()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    static const bool loaded = [] {
        QLibrary library(QStringLiteral("secret-1"), 0);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        return library.load();
    }();
    Q_UNUSED(loaded); // without libsecret QtKeychain tries KWallet; its error says what is missing
#endif
}

/// Creates a job in the main thread (see inMainThread), runs it to completion and reports.
template<typename Job, typename Setup>
Outcome run(const QString& service, const QString& key, Setup&& setup)
{
    keepSecretServiceLoaded();
    Outcome out;
    inMainThread([&] {
        Job job(service);
        job.setAutoDelete(false);
        job.setInsecureFallback(false); // never a plain-text copy in QSettings
        job.setKey(key);
        setup(job);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        out.error = job.error();
        out.errorString = job.errorString();
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
            out.text = job.textData();
    });
    return out;
}

[[noreturn]] void fail(const Outcome& outcome, const QString& key, const QString& action)
{
    QString why;
    switch (outcome.error) {
    case QKeychain::NoBackendAvailable:
        why = QStringLiteral("no keychain is available (on Linux, start a Secret Service such as "
                             "gnome-keyring or KWallet and unlock it)");
        break;
    case QKeychain::AccessDeniedByUser: why = QStringLiteral("access was denied when the keychain asked"); break;
    case QKeychain::AccessDenied: why = QStringLiteral("access was denied"); break;
    case QKeychain::NotImplemented: why = QStringLiteral("this platform's keychain does not support it"); break;
    default: why = outcome.errorString; break;
    }
    throw Error(QStringLiteral("could not %1 the client secret \"%2\": %3").arg(action, key, why).toStdString(),
                SecretStore::keychainName().toStdString());
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{
}

QString SecretStore::keychainName() { return IntuneSettings::keychainName(); }

void SecretStore::write(const QString& key, const QString& secret) const
{
    if (secret.isEmpty())
        throw Error("an empty client secret is not stored", keychainName().toStdString());
    const Outcome out = run<QKeychain::WritePasswordJob>(m_service, key, [&secret](QKeychain::WritePasswordJob& job) {
        job.setTextData(secret);
    });
    if (out.error != QKeychain::NoError)
        fail(out, key, QStringLiteral("store"));
}

std::optional<QString> SecretStore::read(const QString& key) const
{
    const Outcome out = run<QKeychain::ReadPasswordJob>(m_service, key, [](QKeychain::ReadPasswordJob&) {});
    if (out.error == QKeychain::EntryNotFound)
        return std::nullopt;
    if (out.error != QKeychain::NoError)
        fail(out, key, QStringLiteral("read"));
    return out.text;
}

void SecretStore::remove(const QString& key) const
{
    const Outcome out = run<QKeychain::DeletePasswordJob>(m_service, key, [](QKeychain::DeletePasswordJob&) {});
    if (out.error != QKeychain::NoError && out.error != QKeychain::EntryNotFound)
        fail(out, key, QStringLiteral("remove"));
}

} // namespace ra::intune

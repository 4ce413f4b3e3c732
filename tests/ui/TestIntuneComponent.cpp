// The Intune component is a plugin: the console starts without it (and without Qt Network,
// QtKeychain and the TLS stack they pull in), loads it the first time it is needed, and says
// where it looked and what went wrong when it cannot.
#include "ui/BackendFactory.h"
#include "ui/IntuneComponent.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::ui;

namespace {
/// Whether a shared object whose file name contains @p name is mapped into this process.
bool mapped(const char* name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(name);
}
} // namespace

class TestIntuneComponent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LanguageManager::apply(QStringLiteral("en"));
    }

    // first: nothing else in this process may have loaded the component yet
    void startUpDoesNotLoadTheComponent()
    {
        QTemporaryDir recovery;
        MainWindow w(recovery.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // the Intune target is offered: the plugin file is there, it is not loaded for that
        QCOMPARE(BackendFactory::unavailableReason(BackendKind::Intune), QString());
        QVERIFY(!IntuneComponent::isLoaded());
#ifdef Q_OS_LINUX
        QVERIFY(!mapped("libQt6Network"));
        QVERIFY(!mapped("libqt6keychain"));
        QVERIFY(!mapped("ra-console-intune"));
#endif
    }

    void loadsOnFirstUse()
    {
        const intune::IntuneService* service = BackendFactory::intuneService();
        QVERIFY(service);
        QVERIFY(IntuneComponent::isLoaded());
        QCOMPARE(IntuneComponent::service(), service); // once
        QCOMPARE(IntuneComponent::unavailableReason(), QString());
#ifdef Q_OS_LINUX
        QVERIFY(mapped("ra-console-intune"));
        QVERIFY(mapped("libQt6Network"));
#endif
        intune::IntuneSettings settings;
        settings.tenantId = QStringLiteral("contoso.onmicrosoft.com");
        settings.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        const std::unique_ptr<Backend> backend = service->createBackend(settings);
        QVERIFY(backend);
        QCOMPARE(backend->name(), std::string("Intune (Microsoft Graph)"));
    }

    void missingPluginSaysWhereItLooked()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const IntuneComponent::LoadResult r = IntuneComponent::loadFrom({a.path(), b.path()});
        QVERIFY(!r.service);
        QCOMPARE(r.reason, QStringLiteral("The Intune component (ra-console-intune) is not installed; it was looked for "
                                          "in %1, %2. Reinstall the console, or export SyncML or Graph JSON and "
                                          "upload it in the Intune admin center.")
                               .arg(QDir::toNativeSeparators(a.path()), QDir::toNativeSeparators(b.path())));
    }

    void brokenPluginSaysWhy()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ra-console-intune.so"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a shared object");
        f.close();
        const IntuneComponent::LoadResult r = IntuneComponent::loadFrom({dir.path()});
        QVERIFY(!r.service);
        QVERIFY2(r.reason.startsWith(QStringLiteral("%1 could not be loaded: ").arg(QDir::toNativeSeparators(file))),
                 qPrintable(r.reason));
        QVERIFY2(r.reason.endsWith(QStringLiteral(" Reinstall the console, or export SyncML or Graph JSON and upload "
                                                  "it in the Intune admin center.")),
                 qPrintable(r.reason));
    }

    void searchFoldersStartWithTheEnvironment()
    {
        const QStringList folders = IntuneComponent::searchFolders();
        QVERIFY(folders.size() >= 2);
        QCOMPARE(folders[0], qEnvironmentVariable("RA_CONSOLE_PLUGIN_DIR"));
        QCOMPARE(folders[1], QCoreApplication::applicationDirPath());
    }
};

QTEST_MAIN(TestIntuneComponent)
#include "TestIntuneComponent.moc"

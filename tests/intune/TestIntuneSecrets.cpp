// The client secret in the real Secret Service (gnome-keyring on a private D-Bus, see
// tools/with-keyring), the IntuneBackend that reads it from there, and a scan of every file the
// product wrote during the test for the secret.
#include "FakeGraph.h"
#include "backends/GraphJsonFileBackend.h"
#include "backends/SyncMlFileBackend.h"
#include "backends/intune/IntuneBackend.h"
#include "backends/intune/IntuneClient.h"
#include "backends/intune/SecretStore.h"

#include <QDirIterator>
#include <QThread>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace ra;
using namespace ra::intune;

namespace {

const QString kSecret = QStringLiteral("Vt7~kQ.9_Wx+ü/Secr3t=Zz");
const QString kService = QStringLiteral("io.github.ra_console.RaConsole.tests");

Configuration sample()
{
    Configuration c;
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CONTOSO\\Helpdesk"});
    c.setComment(PolicyId::UnsolicitedRemoteAssistance, "Helpdesk only");
    return c;
}

IntuneSettings settingsFor(const FakeGraph& server)
{
    IntuneSettings s;
    s.tenantId = server.tenant;
    s.clientId = server.clientId;
    s.profileDisplayName = QStringLiteral("Remote Assistance – Kiosks");
    s.setCloud(NationalCloud::Custom);
    s.graphBaseUrl = server.baseUrl();
    s.loginBaseUrl = server.baseUrl();
    s.requestTimeoutMs = 5000;
    s.maxAttempts = 3;
    s.initialBackoffMs = 10;
    s.maxBackoffMs = 2000;
    return s;
}

class RecordingProgress : public Progress
{
public:
    void step(const std::string& message, int done, int total) override
    {
        steps.push_back(message + " [" + std::to_string(done) + "/" + std::to_string(total) + "]");
        if (cancelAfter > 0 && static_cast<int>(steps.size()) >= cancelAfter)
            stop = true;
    }
    bool cancelled() const override { return stop; }
    std::vector<std::string> steps;
    int cancelAfter = 0;
    bool stop = false;
};

QFile* g_log = nullptr;
void logToFile(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (g_log)
        g_log->write(message.toUtf8() + '\n');
}

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ra::Error& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(no error)");
}

} // namespace

class TestIntuneSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // the keyring of tools/with-keyring lives under this private XDG_DATA_HOME
        QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run through tools/with-keyring");
        QStandardPaths::setTestModeEnabled(true);
    }

    void secretStoreRoundTrip()
    {
        const SecretStore store(kService);
        const QString key = QStringLiteral("intune/roundtrip/one");
        QCOMPARE(store.read(key), std::optional<QString>());
        store.write(key, kSecret);
        QCOMPARE(store.read(key), std::optional<QString>(kSecret));
        store.write(key, QStringLiteral("second"));
        QCOMPARE(store.read(key), std::optional<QString>(QStringLiteral("second")));
        // entries are separate per key and per service
        QCOMPARE(store.read(QStringLiteral("intune/roundtrip/two")), std::optional<QString>());
        QCOMPARE(SecretStore(kService + QStringLiteral(".other")).read(key), std::optional<QString>());
        store.remove(key);
        QCOMPARE(store.read(key), std::optional<QString>());
        store.remove(key); // removing twice is fine
        QCOMPARE(errorOf([&] { store.write(key, QString()); }),
                 QStringLiteral("Secret Service: an empty client secret is not stored"));
    }

    void backendUsesTheKeychainSecret()
    {
        FakeGraph server;
        server.clientSecret = kSecret;
        const IntuneSettings settings = settingsFor(server);
        const SecretStore store(kService);
        IntuneBackend backend(settings, store);
        QCOMPARE(backend.name(), std::string("Intune (Microsoft Graph)"));

        // no secret stored yet: a clear error, nothing sent
        QCOMPARE(errorOf([&] { backend.apply(ChangeSet(sample())); }),
                 QStringLiteral("Intune settings: no client secret is stored in the Secret Service for application "
                                "3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42 of tenant contoso.onmicrosoft.com; enter it in "
                                "the Intune settings"));
        QVERIFY(server.requests.isEmpty());

        store.write(settings.secretKey(), kSecret);
        QCOMPARE(settings.secretKey(), QStringLiteral("intune/contoso.onmicrosoft.com/3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42"));
        QCOMPARE(QString::fromStdString(backend.testConnection()),
                 QStringLiteral("Connected to tenant contoso.onmicrosoft.com; the profile \"Remote Assistance – Kiosks\" "
                                "does not exist yet and will be created on the first push."));
        QVERIFY(!backend.current());

        RecordingProgress progress;
        const ApplyReport report = backend.apply(ChangeSet(sample()), &progress);
        QVERIFY2(server.violations.isEmpty(), qPrintable(server.violations.join(QLatin1Char('\n'))));
        QVERIFY(report.ok);
        QCOMPARE(server.profiles.size(), std::size_t(1));
        const QString id = server.profiles.begin()->first;
        QCOMPARE(noteMessages(report.log), (std::vector<std::string>{
                                 "created the profile \"Remote Assistance – Kiosks\" (id " + id.toStdString()
                                     + ") with 2 Remote Assistance settings",
                                 "read the profile back: it matches"}));
        QCOMPARE(progress.steps, (std::vector<std::string>{
                                     "Signing in to tenant contoso.onmicrosoft.com as application "
                                     "3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42 [0/5]",
                                     "Looking for the profile \"Remote Assistance – Kiosks\" [1/5]",
                                     "Creating the profile \"Remote Assistance – Kiosks\" [2/5]",
                                     "Reading the profile back to verify it [3/5]",
                                     "Done [5/5]"}));
        const auto current = backend.current();
        QVERIFY(current);
        QVERIFY(current->configuration.sameEffect(sample()));
        QCOMPARE(current->configuration.comment(PolicyId::UnsolicitedRemoteAssistance), std::string("Helpdesk only"));

        // a second apply updates the same profile
        Configuration changed = sample();
        changed.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::NotConfigured);
        QVERIFY(backend.apply(ChangeSet(changed)).ok);
        QCOMPARE(server.profiles.size(), std::size_t(1));
        QVERIFY(backend.current()->configuration.sameEffect(changed));
        store.remove(settings.secretKey());
    }

    void backendCancelAndVerification()
    {
        FakeGraph server;
        server.clientSecret = kSecret;
        const IntuneSettings settings = settingsFor(server);
        const SecretStore store(kService);
        store.write(settings.secretKey(), kSecret);
        IntuneBackend backend(settings, store);

        RecordingProgress cancelling;
        cancelling.cancelAfter = 2; // after "Looking for the profile"
        QCOMPARE(errorOf([&] { backend.apply(ChangeSet(sample()), &cancelling); }),
                 QStringLiteral("Microsoft Graph: cancelled; nothing more was sent"));
        QVERIFY(server.profiles.empty());

        // written but not as intended: a report with ok == false, not an exception
        server.corruptValues = QStringLiteral("!");
        const ApplyReport report = backend.apply(ChangeSet(sample()));
        QVERIFY(!report.ok);
        QVERIFY2(QString::fromStdString(report.error)
                     .startsWith(QStringLiteral("Microsoft Graph: POST /v1.0/deviceManagement/deviceConfigurations: the "
                                                "profile was created, but reading it back shows: SolicitedRemoteAssistance: "
                                                "value is ")),
                 report.error.c_str());
        store.remove(settings.secretKey());
    }

    void backendRunsInAGuiWorkerThread()
    {
        // The console applies from a worker thread while the GUI thread keeps serving events
        // (here: FakeGraph). The keychain, the network and the cancel all work from there.
        FakeGraph server;
        server.clientSecret = kSecret;
        const IntuneSettings settings = settingsFor(server);
        const SecretStore store(kService);
        store.write(settings.secretKey(), kSecret);

        ApplyReport report;
        QString failure;
        RecordingProgress progress;
        QThread* worker = QThread::create([&] {
            try {
                IntuneBackend backend(settings, SecretStore(kService));
                report = backend.apply(ChangeSet(sample()), &progress);
            } catch (const ra::Error& e) {
                failure = QString::fromUtf8(e.what());
            }
        });
        worker->start();
        QVERIFY(QTest::qWaitFor([worker] { return worker->isFinished(); }, 60000));
        delete worker;
        QCOMPARE(failure, QString());
        QVERIFY(report.ok);
        QCOMPARE(server.profiles.size(), std::size_t(1));
        QVERIFY2(server.violations.isEmpty(), qPrintable(server.violations.join(QLatin1Char('\n'))));

        // cancelled from the GUI thread while the worker waits for a throttled Graph
        server.script << FakeGraph::Scripted(QStringLiteral("list"), 429, {}, "2");
        RecordingProgress cancellable;
        std::atomic<bool> cancel{false};
        struct Flagged : RecordingProgress
        {
            std::atomic<bool>* flag = nullptr;
            bool cancelled() const override { return *flag; }
        } flagged;
        flagged.flag = &cancel;
        failure.clear();
        worker = QThread::create([&] {
            try {
                IntuneBackend(settings, SecretStore(kService)).apply(ChangeSet(sample()), &flagged);
            } catch (const ra::Error& e) {
                failure = QString::fromUtf8(e.what());
            }
        });
        worker->start();
        QVERIFY(QTest::qWaitFor([&] { return server.count(QStringLiteral("list")) == 2; }, 30000));
        cancel = true;
        QVERIFY(QTest::qWaitFor([worker] { return worker->isFinished(); }, 30000));
        delete worker;
        QCOMPARE(failure, QStringLiteral("Microsoft Graph: cancelled; nothing more was sent"));
        QCOMPARE(server.count(QStringLiteral("list")), 2);
        store.remove(settings.secretKey());
    }

    void nothingTheProductWritesContainsTheSecret()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath(QStringLiteral("messages.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        g_log = &log;
        const QtMessageHandler previous = qInstallMessageHandler(logToFile);

        FakeGraph server;
        server.clientSecret = kSecret;
        IntuneSettings settings = settingsFor(server);
        {
            QSettings ini(dir.filePath(QStringLiteral("ra-console.ini")), QSettings::IniFormat);
            settings.save(ini);
        }
        const SecretStore store(kService);
        store.write(settings.secretKey(), kSecret);

        QStringList texts;
        IntuneBackend backend(settings, store);
        RecordingProgress progress;
        const ApplyReport report = backend.apply(ChangeSet(sample()), &progress);
        for (const Note& line : report.log)
            texts << QString::fromStdString(line.message);
        for (const auto& line : progress.steps)
            texts << QString::fromStdString(line);
        for (const auto& item : backend.preview(ChangeSet(sample())))
            texts << QString::fromStdString(item.content);
        SyncMlFileBackend(dir.filePath(QStringLiteral("ra.syncml.xml")).toStdString()).apply(ChangeSet(sample()));
        GraphJsonFileBackend(dir.filePath(QStringLiteral("ra.graph.json")).toStdString()).apply(ChangeSet(sample()));

        // every error path that touches the secret: a wrong secret, a server that rejects it
        server.clientSecret = QStringLiteral("something else");
        texts << errorOf([&] { backend.apply(ChangeSet(sample())); });
        IntuneClient direct(settings, kSecret);
        texts << errorOf([&] { direct.testConnection(); });
        server.script << FakeGraph::Scripted(QStringLiteral("token"), 400,
                                             QByteArray("{\"error\":\"invalid_request\",\"error_description\":\"client_secret ")
                                                 + kSecret.toUtf8() + QByteArray(" is malformed\"}"));
        texts << errorOf([&] { IntuneClient(settings, kSecret).testConnection(); });
        QVERIFY2(texts.last().contains(QStringLiteral("client_secret [client secret] is malformed")), qPrintable(texts.last()));
        {
            QFile f(dir.filePath(QStringLiteral("texts.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(texts.join(QLatin1Char('\n')).toUtf8());
        }
        qInstallMessageHandler(previous);
        g_log = nullptr;
        log.close();

        // the secret as the bytes it could appear as
        const QList<QByteArray> needles{kSecret.toUtf8(),
                                        QByteArray(reinterpret_cast<const char*>(kSecret.utf16()), kSecret.size() * 2),
                                        QUrl::toPercentEncoding(kSecret)};
        QStringList roots{dir.path(), qEnvironmentVariable("XDG_DATA_HOME"),
                          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        int scanned = 0;
        int keyringFiles = 0;
        for (const QString& root : roots) {
            if (root.isEmpty() || !QFileInfo::exists(root))
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                const QByteArray content = f.readAll();
                for (const QByteArray& needle : needles)
                    QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("the secret is in %1").arg(f.fileName())));
                ++scanned;
                keyringFiles += f.fileName().contains(QLatin1String("/keyrings/"));
            }
        }
        QVERIFY(scanned >= 6);      // ini, log, texts, two exports, the keyring
        QVERIFY(keyringFiles >= 1); // the secret is stored, encrypted, by the Secret Service
        QCOMPARE(store.read(settings.secretKey()), std::optional<QString>(kSecret));
        store.remove(settings.secretKey());
    }
};

QTEST_GUILESS_MAIN(TestIntuneSecrets)
#include "TestIntuneSecrets.moc"

// GUI tests of the Deliver page with the Intune target: the preview reads the profile from a
// local stand-in for Microsoft Graph (tests/intune/FakeGraph) with the client secret in a real
// Secret Service (tools/with-keyring), and closing the window while a read or a connection test
// runs stops and waits for it.
#include "../intune/FakeGraph.h"
#include "ShownMainWindow.h"
#include "backends/intune/IntuneSettings.h"
#include "backends/intune/SecretStore.h"
#include "core/formats/GraphJson.h"
#include "models/PolicyDocument.h"
#include "ui/BackendsPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/PolicyPage.h"
#include "ui/PreviewPane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace ra;
using namespace ra::ui;
using namespace ra::intune;

namespace {
const QString kSecret = QStringLiteral("not-a-real-secret~0123456789");
const QString kProfile = QStringLiteral("Remote Assistance – Kiosks");

void click(QAbstractButton* b)
{
    QVERIFY(b);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(6, b->height() / 2));
}

/// The settings the console reads for @p server, stored in QSettings, and the secret in the keychain.
IntuneSettings storeSettingsFor(const FakeGraph& server)
{
    IntuneSettings s;
    s.tenantId = server.tenant;
    s.clientId = server.clientId;
    s.profileDisplayName = kProfile;
    s.setCloud(NationalCloud::Custom);
    s.graphBaseUrl = server.baseUrl();
    s.loginBaseUrl = server.baseUrl();
    s.requestTimeoutMs = 60000;
    s.maxAttempts = 1;
    QSettings store;
    s.save(store);
    store.sync();
    SecretStore().write(s.secretKey(), kSecret);
    return s;
}
} // namespace

class TestDeliverIntune : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        return shown::mainWindow(m_recovery.path(), shown::discard, shown::Activate::No);
    }

    /// The Deliver page with the Intune target chosen and Session logging enabled.
    BackendsPanel* intunePage(MainWindow* w)
    {
        w->selectPolicy(PolicyId::SessionLogging);
        click(w->policyPage()->stateButton(PolicyState::Enabled));
        w->showPage(MainWindow::Page::Deliver);
        BackendsPanel* panel = w->backendsPanel();
        panel->selector()->setCurrentIndex(panel->selector()->findData(int(BackendKind::Intune)));
        return panel;
    }

    QTemporaryDir m_recovery;
    IntuneSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_recovery.isValid());
        LanguageManager::apply(QStringLiteral("en"));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        if (!m_settings.tenantId.isEmpty())
            SecretStore().remove(m_settings.secretKey());
    }

    void previewComparesWithTheProfileInIntune()
    {
        FakeGraph server;
        server.clientSecret = kSecret;
        m_settings = storeSettingsFor(server);
        Configuration there;
        there.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
        server.addProfile(GraphJson::profile(there, kProfile.toStdString(), ""));

        auto w = makeWindow();
        QVERIFY(w);
        BackendsPanel* panel = intunePage(w.get());
        QSignalSpy read(panel, &BackendsPanel::targetRead);
        click(panel->previewButton());
        PreviewPane* pane = panel->previewPanes().first();
        QCOMPARE(pane->title(), QStringLiteral("Microsoft Graph request body (%1/v1.0/deviceManagement/deviceConfigurations)")
                                    .arg(server.baseUrl().toString()));
        // read in the background: the page says so meanwhile
        QCOMPARE(pane->state(), PreviewPane::State::Unknown);
        QCOMPARE(pane->noteLabel()->text(), QStringLiteral("Reading the profile \"%1\" from Intune…").arg(kProfile));
        QVERIFY(panel->summaryView()->toPlainText().contains(QStringLiteral("Reading the target's current settings…")));

        QVERIFY(read.wait(30000));
        QVERIFY2(server.violations.isEmpty(), qPrintable(server.violations.join(QLatin1Char('\n'))));
        QCOMPARE(pane->state(), PreviewPane::State::Changed);
        QCOMPARE(pane->noteLabel()->text(),
                 QStringLiteral("The Remote Assistance settings of the Intune profile \"%1\", shown as the request body "
                                "that sets them.")
                     .arg(kProfile));
        QCOMPARE(pane->currentView()->toPlainText(),
                 QString::fromStdString(GraphJson::render(ChangeSet(there), kProfile.toStdString(), "")));
        QVERIFY(PreviewDiff::hasChanges(pane->lineDiff()));
        QVERIFY(panel->previewTabs()->tabText(1).endsWith(QStringLiteral(" (changed)")));
        const QString summary = panel->summaryView()->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("  Turn on session logging: State: Not configured → Enabled")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("  Configure Solicited Remote Assistance: State: Disabled → Not configured")),
                 qPrintable(summary));
        // only read: nothing was written
        QCOMPARE(server.count(QStringLiteral("post")), 0);
        QCOMPARE(server.count(QStringLiteral("patch")), 0);
    }

    void aMissingProfileIsNew()
    {
        FakeGraph server;
        server.clientSecret = kSecret;
        m_settings = storeSettingsFor(server);
        auto w = makeWindow();
        QVERIFY(w);
        BackendsPanel* panel = intunePage(w.get());
        QSignalSpy read(panel, &BackendsPanel::targetRead);
        click(panel->previewButton());
        QVERIFY(read.wait(30000));
        PreviewPane* pane = panel->previewPanes().first();
        QCOMPARE(pane->state(), PreviewPane::State::New);
        QCOMPARE(pane->noteLabel()->text(),
                 QStringLiteral("The profile \"%1\" does not exist in Intune yet; Apply creates it.").arg(kProfile));
        QVERIFY(panel->summaryView()->toPlainText().contains(
            QStringLiteral("The target has no Remote Assistance settings yet; Apply writes all of them.")));
    }

    void aWrongSecretIsExplained()
    {
        FakeGraph server;
        server.clientSecret = QStringLiteral("the-real-one");
        m_settings = storeSettingsFor(server);
        auto w = makeWindow();
        QVERIFY(w);
        BackendsPanel* panel = intunePage(w.get());
        QSignalSpy read(panel, &BackendsPanel::targetRead);
        click(panel->previewButton());
        QVERIFY(read.wait(30000));
        PreviewPane* pane = panel->previewPanes().first();
        QCOMPARE(pane->state(), PreviewPane::State::Unknown);
        QVERIFY2(pane->noteLabel()->text().startsWith(QStringLiteral("Intune could not be read: ")), qPrintable(pane->noteLabel()->text()));
        QVERIFY(pane->noteLabel()->text().endsWith(
            QStringLiteral("The right side shows what Apply would send; check the settings with Test connection.")));
        QVERIFY(!pane->noteLabel()->text().contains(kSecret));
        QVERIFY(panel->summaryView()->toPlainText().contains(QStringLiteral("The target's current settings could not be read: ")));
    }

    void closingWhileReadingOrTestingStopsTheThreads()
    {
        FakeGraph server;
        server.clientSecret = kSecret;
        m_settings = storeSettingsFor(server);
        // Graph takes its time: the read and the connection test are still waiting when the window goes
        for (int i = 0; i < 4; ++i) {
            FakeGraph::Scripted slow(QStringLiteral("token"), 503);
            slow.delayMs = 120000;
            server.script << slow;
        }
        auto w = makeWindow();
        QVERIFY(w);
        BackendsPanel* panel = intunePage(w.get());
        click(panel->previewButton());
        click(panel->testConnectionButton());
        QVERIFY(panel->hasBackgroundJobs());
        QTRY_VERIFY_WITH_TIMEOUT(server.count(QStringLiteral("token")) >= 2, 30000); // both are waiting for Graph
        QVERIFY(panel->hasBackgroundJobs());
        QPointer<BackendsPanel> gone(panel);
        w.reset(); // must neither hang nor crash: the threads are cancelled and waited for
        QVERIFY(gone.isNull());
    }
};

QTEST_MAIN(TestDeliverIntune)
#include "TestDeliverIntune.moc"

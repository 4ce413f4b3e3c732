#include "backends/RegistryPolBackend.h"
#include "core/FileSystem.h"
#include "ui/ApplyWorker.h"
#include "ui/LanguageManager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::ui;

namespace {
std::vector<ProgressStep> everyStep()
{
    return {ProgressStep::writing("C:\\GPO\\out.reg"),
            ProgressStep::wrote("C:\\GPO\\out.reg"),
            ProgressStep::reading("C:\\GPO\\Machine\\registry.pol"),
            ProgressStep::updating("C:\\Windows\\System32\\GroupPolicy"),
            ProgressStep::writingBackup("C:\\Backups\\RA"),
            ProgressStep::writingRegistry(1),
            ProgressStep::writingRegistry(7),
            ProgressStep::updatingLocalGpo(),
            ProgressStep::done()};
}

/// Applies a configuration to a registry.pol in a temporary folder through ApplyWorker and
/// returns the progress texts it emitted.
QStringList applyAndRecordProgress(const QString& folder)
{
    Configuration c;
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CORP\\Helpdesk"});
    const std::filesystem::path file = QString(folder + QStringLiteral("/registry.pol")).toStdString();
    ApplyWorker worker(std::make_unique<RegistryPolBackend>(file), ChangeSet(c));
    QSignalSpy progressed(&worker, &ApplyWorker::progressed);
    QSignalSpy finished(&worker, &ApplyWorker::finished);
    worker.run();
    if (finished.count() != 1 || !finished.at(0).at(0).toBool())
        return {QStringLiteral("apply failed")};
    QStringList out;
    for (const QList<QVariant>& args : progressed)
        out << QStringLiteral("%1 %2/%3").arg(args.at(0).toString(), args.at(1).toString(), args.at(2).toString());
    return out;
}
} // namespace

class TestApplyProgress : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { LanguageManager::apply(QStringLiteral("en")); }

    void englishIsTheBackendsText()
    {
        for (const ProgressStep& s : everyStep())
            QCOMPARE(ApplyWorker::stepText(s).toStdString(), s.message);
        QCOMPARE(ProgressStep::writingRegistry(1).message, std::string("Writing 1 registry change"));
        QCOMPARE(ProgressStep::writingRegistry(7).message, std::string("Writing 7 registry changes"));
        // an unknown code or wrong arguments: the English text
        QCOMPARE(ApplyWorker::stepText({"future-step", {}, "Polishing"}), QStringLiteral("Polishing"));
        QCOMPARE(ApplyWorker::stepText({"write", {}, "Writing"}), QStringLiteral("Writing"));
    }

    void translated()
    {
        QCOMPARE(LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QStringList german;
        for (const ProgressStep& s : everyStep())
            german << ApplyWorker::stepText(s);
        QCOMPARE(german, (QStringList{
                             QStringLiteral("C:\\GPO\\out.reg wird geschrieben"),
                             QStringLiteral("C:\\GPO\\out.reg geschrieben"),
                             QStringLiteral("C:\\GPO\\Machine\\registry.pol wird gelesen"),
                             QStringLiteral("C:\\Windows\\System32\\GroupPolicy wird aktualisiert"),
                             QStringLiteral("Die Sicherung wird nach C:\\Backups\\RA geschrieben"),
                             QStringLiteral("1 Registrierungsänderung wird geschrieben"),
                             QStringLiteral("7 Registrierungsänderungen werden geschrieben"),
                             QStringLiteral("Das lokale Gruppenrichtlinienobjekt wird aktualisiert"),
                             QStringLiteral("Erledigt"),
                         }));
        QCOMPARE(LanguageManager::apply(QStringLiteral("fr")), QStringLiteral("fr"));
        for (const ProgressStep& s : everyStep())
            QVERIFY2(ApplyWorker::stepText(s).toStdString() != s.message, s.message.c_str());
        QCOMPARE(ApplyWorker::stepText(ProgressStep::writingRegistry(7)),
                 QStringLiteral("Écriture de 7 modifications du registre"));
    }

    void applyReportsTranslatedSteps()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = QString::fromStdString(
            displayPath(QString(dir.path() + QStringLiteral("/registry.pol")).toStdString()));
        QCOMPARE(applyAndRecordProgress(dir.path()),
                 (QStringList{QStringLiteral("Reading %1 0/2").arg(file), QStringLiteral("Writing %1 1/2").arg(file),
                              QStringLiteral("Done 2/2")}));
        QCOMPARE(LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(applyAndRecordProgress(dir.path()),
                 (QStringList{QStringLiteral("%1 wird gelesen 0/2").arg(file),
                              QStringLiteral("%1 wird geschrieben 1/2").arg(file), QStringLiteral("Erledigt 2/2")}));
    }
};

QTEST_MAIN(TestApplyProgress)
#include "TestApplyProgress.moc"

#include "backends/GpoBackupBackend.h"
#include "backends/GraphJsonFileBackend.h"
#include "backends/LgpoTextBackend.h"
#include "backends/LocalGpoBackend.h"
#include "backends/LocalRegistryBackend.h"
#include "backends/RegFileBackend.h"
#include "backends/RegistryPolBackend.h"
#include "backends/SyncMlFileBackend.h"
#include "core/FileSystem.h"
#include "core/formats/RegistryPol.h"
#include "core/registry/MemoryRegistry.h"
#include "ui/ApplyWorker.h"
#include "ui/LanguageManager.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace ra;
using namespace ra::ui;
namespace fs = std::filesystem;

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

Configuration offerWithHelpdesk()
{
    Configuration c;
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CORP\\Helpdesk"});
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
    return c;
}

/// The log lines of a real apply with every backend that writes files (and the registry one with
/// an in-memory registry and a Local Group Policy folder), into @p dir.
std::vector<Note> everyLogLine(const QString& dir)
{
    const fs::path root = dir.toStdString();
    const ChangeSet changes(offerWithHelpdesk());
    std::vector<Note> out;
    auto apply = [&](Backend&& backend) {
        const ApplyReport r = backend.apply(changes);
        out.insert(out.end(), r.log.begin(), r.log.end());
    };
    // a registry.pol that already has a value of another policy twice
    const Bytes existing = RegistryPol::serialize({RegistryEntry::dword("Software\\Policies\\Other", "x", 1),
                                                   RegistryEntry::dword("Software\\Policies\\Other", "x", 2)});
    FileSystem::real().writeAtomic(root / "registry.pol", existing);
    apply(RegistryPolBackend(root / "registry.pol"));
    apply(RegFileBackend(root / "out.reg"));
    apply(SyncMlFileBackend(root / "out.xml"));
    apply(GraphJsonFileBackend(root / "out.json"));
    apply(LgpoTextBackend(root / "out.txt"));
    GpoBackupSpec spec;
    spec.displayName = "Remote Assistance";
    spec.backupTime = "2026-11-22T08:00:00";
    apply(GpoBackupBackend(root / "backups", spec)); // creates manifest.xml
    apply(GpoBackupBackend(root / "backups", spec)); // adds to it
    apply(LocalGpoBackend(root / "GroupPolicy"));
    MemoryRegistry registry;
    LocalRegistryOptions options;
    options.localGpoDir = root / "LocalGpo";
    apply(LocalRegistryBackend(registry, options));
    return out;
}

/// The log codes in backends/*.cpp (`report.log.push_back({"wrote-lgpo", …` and `Note("created-manifest", …`)
/// and the merge notes that become log lines (core/formats/PolMerge.cpp).
std::set<QString> logCodesInSources()
{
    std::set<QString> out;
    static const QRegularExpression code(
        QStringLiteral("(?:report\\.log\\.push_back\\(\\{|Note\\(|result\\.notes\\.push_back\\(\\{)\"([a-z]+(?:-[a-z]+)+)\""));
    const QDir backends(QStringLiteral(RA_SOURCE_DIR "/backends"));
    QStringList files;
    for (const QString& name : backends.entryList({QStringLiteral("*.cpp")}, QDir::Files))
        files << backends.filePath(name);
    files << QStringLiteral(RA_SOURCE_DIR "/core/formats/PolMerge.cpp"); // its notes become log lines
    for (const QString& file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const auto& m : code.globalMatch(QString::fromUtf8(f.readAll())))
            out.insert(m.captured(1));
    }
    return out;
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

    void logLinesEnglishAndTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<Note> log = everyLogLine(dir.path());
        std::set<QString> produced;
        for (const Note& line : log) {
            if (!line.code.empty())
                produced.insert(QString::fromStdString(line.code));
            QCOMPARE(ApplyWorker::logText(line).toUtf8(), QByteArray::fromStdString(line.message));
        }
        const std::set<QString> inSources = logCodesInSources();
        QCOMPARE(inSources.size(), std::size_t(12));
        QCOMPARE(produced, inSources);

        QCOMPARE(LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QTemporaryDir german;
        log = everyLogLine(german.path());
        for (const Note& line : log)
            if (!line.code.empty())
                QVERIFY2(ApplyWorker::logText(line).toStdString() != line.message, line.message.c_str());
        const QString pol = QString::fromStdString(displayPath((fs::path(german.path().toStdString()) / "registry.pol")));
        QCOMPARE(ApplyWorker::logText(log.front()),
                 QStringLiteral("9 Einträge der Remoteunterstützung nach %1 geschrieben (0 ersetzt, 2 Einträge anderer "
                                "Richtlinien beibehalten)")
                     .arg(pol));
        QCOMPARE(ApplyWorker::logText(log.at(1)),
                 QStringLiteral("Hinweis: doppelter Wert Software\\Policies\\Other\\x (2-mal; der letzte gilt)"));
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

    void failedApplyReportsTheErrorTranslated()
    {
        // the target registry.pol is damaged: the apply stops before writing and says where
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path file = QString(dir.path() + QStringLiteral("/registry.pol")).toStdString();
        FileSystem::real().writeAtomic(file, Bytes{'P', 'R', 'e', 'g', 2, 0, 0, 0});
        QCOMPARE(LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        ApplyWorker worker(std::make_unique<RegistryPolBackend>(file), ChangeSet(offerWithHelpdesk()));
        QSignalSpy finished(&worker, &ApplyWorker::finished);
        worker.run();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toString(),
                 QString::fromStdString(displayPath(file))
                     + QStringLiteral(": Offset 4: nicht unterstützte Version 2: erwartet wird 1\n"
                                      "Die Datei ist beschädigt oder keine registry.pol-Datei. Stellen Sie sie aus einer "
                                      "Sicherung wieder her, oder lassen Sie die Konsole eine neue schreiben."));
    }
};

QTEST_MAIN(TestApplyProgress)
#include "TestApplyProgress.moc"

// SessionRecovery: one recovery file per running console, guarded by a lock; only the work of
// sessions whose process died is offered, and a session removes only its own file.
#include "models/PolicyDocument.h"
#include "ui/SessionRecovery.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace ra;
using namespace ra::ui;

class TestSessionRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoRunningSessionsKeepTheirOwnFiles()
    {
        QTemporaryDir folder;
        PolicyDocument a;
        PolicyDocument b;
        SessionRecovery ra(&a, folder.path());
        SessionRecovery rb(&b, folder.path());
        QVERIFY(ra.recoveryFile() != rb.recoveryFile());
        a.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        b.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        ra.saveNow();
        rb.saveNow();
        QVERIFY(QFile::exists(ra.recoveryFile()));
        QVERIFY(QFile::exists(rb.recoveryFile()));
        // Both run: neither offers the other's work as crashed.
        QVERIFY(ra.pending().empty());
        QVERIFY(rb.pending().empty());
        // Saving or closing one removes only its own file.
        a.setSaved();
        QVERIFY(!QFile::exists(ra.recoveryFile()));
        QVERIFY(QFile::exists(rb.recoveryFile()));
        ra.discard();
        QVERIFY(QFile::exists(rb.recoveryFile()));
        // …and cannot remove a running session's file as "crashed" either.
        SessionRecovery::Recovered other;
        other.file = rb.recoveryFile();
        QVERIFY(!ra.discard(other));
        QVERIFY(QFile::exists(rb.recoveryFile()));
    }

    void sessionThatEndedWithoutDecidingIsOffered()
    {
        QTemporaryDir folder;
        QString file;
        {
            PolicyDocument doc;
            doc.load(Configuration(), QStringLiteral("/profiles/ra.json"), QString(), {PolicyId::SessionLogging});
            SessionRecovery recovery(&doc, folder.path());
            doc.setComment(PolicyId::UnsolicitedRemoteAssistance, QStringLiteral("ticket 7"));
            DeploymentTarget target;
            target.families = {WindowsFamily::XpSp2};
            target.minimumBuild = 17763;
            doc.setDeploymentTarget(target, QStringLiteral("target"));
            recovery.saveNow();
            file = recovery.recoveryFile();
        } // gone without a clean close: the file stays
        QVERIFY(QFile::exists(file));
        PolicyDocument doc;
        SessionRecovery next(&doc, folder.path());
        const auto pending = next.pending();
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].file, file);
        QCOMPARE(pending[0].originalPath, QStringLiteral("/profiles/ra.json"));
        QCOMPARE(pending[0].configuration.comment(PolicyId::UnsolicitedRemoteAssistance), std::string("ticket 7"));
        // the policies the work spoke about come back too
        QCOMPARE(pending[0].included,
                 (std::set<PolicyId>{PolicyId::SessionLogging, PolicyId::UnsolicitedRemoteAssistance}));
        // …and the deployment target
        QCOMPARE(pending[0].target.families, std::vector<WindowsFamily>{WindowsFamily::XpSp2});
        QCOMPARE(pending[0].target.minimumBuild, 17763u);
        QVERIFY(next.discard(pending[0]));
        QVERIFY(!QFile::exists(file));
        QVERIFY(next.pending().empty());
    }

#ifdef Q_OS_UNIX
    void sessionWhoseProcessDiedIsOffered()
    {
        QTemporaryDir folder;
        // The crashed session's work, and its lock held by a process that then dies.
        QString file;
        {
            PolicyDocument doc;
            SessionRecovery crashed(&doc, folder.path());
            doc.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
            crashed.saveNow();
            file = crashed.recoveryFile();
        }
        QString lockName = file;
        lockName.chop(5);
        lockName += QStringLiteral(".lock");
        const pid_t child = fork();
        if (child == 0) {
            QLockFile lock(lockName);
            _exit(lock.tryLock(0) ? 0 : 1); // exits holding it: the lock file stays behind
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(QFile::exists(lockName));

        PolicyDocument doc;
        SessionRecovery next(&doc, folder.path());
        const auto pending = next.pending();
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(pending[0].configuration.state(PolicyId::SolicitedRemoteAssistance), PolicyState::Disabled);
        QVERIFY(!QFile::exists(lockName)); // the stale lock is gone

        // A lock held by a live process (this one) is not stale: not offered.
        QLockFile live(lockName);
        QVERIFY(live.tryLock(0));
        QVERIFY(next.pending().empty());
        live.unlock();
        QCOMPARE(next.pending().size(), std::size_t(1));
    }
#endif

    void severalCrashedSessionsNewestFirst()
    {
        QTemporaryDir folder;
        for (const char* comment : {"older", "newer"}) {
            PolicyDocument doc;
            SessionRecovery recovery(&doc, folder.path());
            doc.setComment(PolicyId::SessionLogging, QString::fromLatin1(comment));
            recovery.saveNow();
            QTest::qWait(20); // a later savedAt
        }
        PolicyDocument doc;
        SessionRecovery next(&doc, folder.path());
        const auto pending = next.pending();
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending[0].configuration.comment(PolicyId::SessionLogging), std::string("newer"));
        QCOMPARE(pending[1].configuration.comment(PolicyId::SessionLogging), std::string("older"));
        QVERIFY(pending[0].savedAt > pending[1].savedAt);
    }

    void cleanDocumentLeavesNoFile()
    {
        QTemporaryDir folder;
        PolicyDocument doc;
        SessionRecovery recovery(&doc, folder.path());
        recovery.saveNow();
        QVERIFY(!QFile::exists(recovery.recoveryFile()));
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        recovery.saveNow();
        QVERIFY(QFile::exists(recovery.recoveryFile()));
        doc.setSaved();
        QVERIFY(!QFile::exists(recovery.recoveryFile()));
    }
};

QTEST_MAIN(TestSessionRecovery)
#include "TestSessionRecovery.moc"

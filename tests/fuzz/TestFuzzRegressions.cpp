// Replays, in every test run (dev and asan), each input a fuzzer once crashed on
// (tests/data/fuzz-regressions/<target>/<input> with the exact outcome in <input>.expected)
// and the seeds of each target — tests/fuzz/seeds/<target>/ and the real files of the shared
// corpus that tools/fuzz also starts from — which must be accepted unless a .expected file says
// otherwise.
#include "FuzzTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace ra::fuzz;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static QString regressionDir(std::string_view target)
    {
        return QStringLiteral(RA_TEST_DATA_DIR "/fuzz-regressions/") + QString::fromUtf8(target.data(), qsizetype(target.size()));
    }
    static QString seedDir(std::string_view target)
    {
        return QStringLiteral(RA_SOURCE_DIR "/tests/fuzz/seeds/") + QString::fromUtf8(target.data(), qsizetype(target.size()));
    }
    /// Real files the fuzzers start from besides their seeds (see tools/fuzz).
    static QStringList corpusInputs(std::string_view target)
    {
        QStringList files;
        auto add = [&](const QString& dir, const QStringList& patterns) {
            const auto entries = QDir(dir).entryInfoList(patterns, QDir::Files, QDir::Name);
            for (const QFileInfo& info : entries)
                files << info.absoluteFilePath();
        };
        if (target == "registry-pol")
            add(QStringLiteral(RA_CORPUS_DIR "/pol"), {QStringLiteral("*.pol")});
        if (target == "admx") {
            add(QStringLiteral(RA_CORPUS_DIR "/admx"), {QStringLiteral("*.admx")});
            add(QStringLiteral(RA_CORPUS_DIR "/admx/en-US"), {QStringLiteral("*.adml")});
        }
        if (target == "syncml")
            add(QStringLiteral(RA_TEST_DATA_DIR "/syncml"), {QStringLiteral("*.xml")});
        return files;
    }
    static QStringList inputs(const QString& dir)
    {
        QStringList files;
        const auto entries = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& info : entries)
            if (info.suffix() != QLatin1String("expected") && info.fileName() != QLatin1String("README.md"))
                files << info.absoluteFilePath();
        return files;
    }
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }
    static Outcome run(const Target& target, const QByteArray& bytes)
    {
        return runGuarded(target.body,
                          {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())});
    }

private slots:
    void everyTargetHasInputs()
    {
        QVERIFY(!targets().empty());
        for (const auto& target : targets()) {
            const qsizetype count = inputs(regressionDir(target.name)).size() + inputs(seedDir(target.name)).size()
                + corpusInputs(target.name).size();
            QVERIFY2(count > 0, target.name.data());
        }
    }

    void replay_data()
    {
        QTest::addColumn<int>("targetIndex");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isRegression");
        for (std::size_t i = 0; i < targets().size(); ++i) {
            const auto& target = targets()[i];
            const QString name = QString::fromUtf8(target.name.data(), qsizetype(target.name.size()));
            for (const QString& path : inputs(regressionDir(target.name)))
                QTest::addRow("%s/regression/%s", qPrintable(name), qPrintable(QFileInfo(path).fileName()))
                    << int(i) << path << true;
            for (const QString& path : inputs(seedDir(target.name)) + corpusInputs(target.name))
                QTest::addRow("%s/seed/%s", qPrintable(name), qPrintable(QFileInfo(path).fileName()))
                    << int(i) << path << false;
        }
    }

    void replay()
    {
        QFETCH(int, targetIndex);
        QFETCH(QString, path);
        QFETCH(bool, isRegression);
        const Target& target = targets()[std::size_t(targetIndex)];
        const QString expectedPath = path + QStringLiteral(".expected");
        const bool hasExpected = QFileInfo::exists(expectedPath);

        Outcome outcome;
        try {
            outcome = run(target, readAll(path));
        } catch (const FuzzFinding& finding) {
            QFAIL(qPrintable(QStringLiteral("finding: ") + QString::fromUtf8(finding.what())));
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QStringLiteral("unexpected exception: ") + QString::fromUtf8(e.what())));
        }

        if (isRegression && !hasExpected)
            QFAIL(qPrintable(QStringLiteral("a regression input needs its outcome in ") + expectedPath
                             + QStringLiteral("; it is now: ") + QString::fromStdString(outcome)));
        if (hasExpected) {
            const QByteArray expected = readAll(expectedPath).trimmed();
            QCOMPARE(QByteArray::fromStdString(outcome), expected);
        } else {
            QVERIFY2(outcome.starts_with("accepted: "), outcome.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"

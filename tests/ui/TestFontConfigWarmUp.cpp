// Tests of FontConfigWarmUp: fontconfig's configuration, loaded on the worker thread before the
// application object exists, is the one Qt's font database then uses (Qt does not load a second
// one, so the work done on the other CPU is not wasted), and waiting is idempotent.
#include "ui/FontConfigWarmUp.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QTest>

#include <fontconfig/fontconfig.h>

using namespace ra::ui;

namespace {
FcConfig* g_warmedUp = nullptr; // fontconfig's current configuration right after the warm-up
}

class TestFontConfigWarmUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtUsesTheWarmedUpConfiguration()
    {
        QVERIFY(g_warmedUp != nullptr);
        // Qt's font database is populated now (the first font query), through fontconfig
        const QStringList families = QFontDatabase::families();
        QVERIFY2(families.contains(QStringLiteral("DejaVu Sans")), qPrintable(families.join(QLatin1String(", "))));
        QCOMPARE(QFontInfo(QFont(QStringLiteral("DejaVu Sans"))).family(), QStringLiteral("DejaVu Sans"));
        QCOMPARE(FcConfigGetCurrent(), g_warmedUp);
    }

    void waitingTwiceAndDestroyingAreHarmless()
    {
        {
            FontConfigWarmUp again;
            again.wait();
            again.wait();
        } // the destructor finds the thread joined
        QCOMPARE(FcConfigGetCurrent(), g_warmedUp);
    }
};

int main(int argc, char** argv)
{
    {
        FontConfigWarmUp warmUp; // as ConsoleApplication::run(): before the application object
        warmUp.wait();
        g_warmedUp = FcConfigGetCurrent();
    }
    QApplication app(argc, argv);
    TestFontConfigWarmUp test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFontConfigWarmUp.moc"

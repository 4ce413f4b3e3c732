#include "core/Catalog.h"

#include <QTest>

using namespace ra;

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void fourPoliciesInCspOrder()
    {
        const auto& policies = Catalog::instance().policies();
        QCOMPARE(policies.size(), std::size_t(4));
        QCOMPARE(policies[0].cspNode, std::string("CustomizeWarningMessages"));
        QCOMPARE(policies[1].gpName, std::string("RA_Logging"));
        QCOMPARE(policies[2].valueName, std::string("fAllowToGetHelp"));
        QCOMPARE(policies[3].omaUri,
                 std::string("./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/UnsolicitedRemoteAssistance"));
    }
    void skuTableAsInSourceDocument()
    {
        for (const auto& p : Catalog::instance().policies()) {
            for (Edition e : kAllEditions) {
                const SkuCell cell = p.skus[static_cast<std::size_t>(e)];
                QCOMPARE(cell.available, e != Edition::Business);
                QCOMPARE(cell.footnote, e == Edition::Business ? 0 : 1);
            }
        }
        QCOMPARE(Catalog::instance().footnote(1)->version, std::string("1607"));
        QCOMPARE(Catalog::instance().footnote(3)->version, std::string("1709"));
    }
    void findByAnyName()
    {
        QCOMPARE(Catalog::instance().find("ra_unsolicit")->cspNode, std::string("UnsolicitedRemoteAssistance"));
        QCOMPARE(Catalog::instance().find("Turn on session logging")->gpName, std::string("RA_Logging"));
        QVERIFY(Catalog::instance().find("RA_Optimize_Bandwidth") == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"

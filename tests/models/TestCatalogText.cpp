#include "models/CatalogText.h"

#include <QTest>

using namespace ra;

class TestCatalogText : public QObject
{
    Q_OBJECT
private slots:
    // Every English text of the catalog is offered for translation: when core's wording changes,
    // models/CatalogText.cpp must list the new text (else it would silently stay English).
    void everyCatalogTextIsTranslatable()
    {
        const QStringList listed = CatalogText::translatableCatalogTexts();
        QStringList missing;
        auto need = [&](const std::string& s) {
            const QString text = QString::fromStdString(s);
            if (!listed.contains(text) && !missing.contains(text))
                missing << text;
        };
        for (const Policy& p : Catalog::instance().policies()) {
            need(p.gpEnglishName);
            need(p.summary);
            need(p.supportedOn);
            for (const Element& e : p.elements) {
                need(e.label);
                need(e.summary);
                for (const EnumItem& item : e.items)
                    need(item.label);
            }
        }
        QCOMPARE(missing, QStringList());
    }

    void names()
    {
        QCOMPARE(CatalogText::policyName(PolicyId::SolicitedRemoteAssistance), QStringLiteral("Configure Solicited Remote Assistance"));
        QCOMPARE(CatalogText::elementLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_ExpireValue_Edt")),
                 QStringLiteral("Maximum ticket time (value):"));
        QCOMPARE(CatalogText::elementLabel(PolicyId::SessionLogging, QStringLiteral("nope")), QString());
        QCOMPARE(CatalogText::enumItemLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_Control_List"), 1),
                 QStringLiteral("Allow helpers to remotely control the computer"));
        QCOMPARE(CatalogText::enumItemLabel(PolicyId::SolicitedRemoteAssistance, QStringLiteral("RA_Solicit_Control_List"), 5),
                 QString());
        QCOMPARE(CatalogText::stateName(PolicyState::NotConfigured), QStringLiteral("Not configured"));
        QCOMPARE(CatalogText::severityName(Severity::Info), QStringLiteral("Information"));
        QCOMPARE(CatalogText::editionName(Edition::MobileEnterprise), QStringLiteral("Mobile Enterprise"));
        QCOMPARE(CatalogText::footnoteText(3), QStringLiteral("Added in Windows 10, version 1709."));
        QCOMPARE(CatalogText::footnoteText(4), QString());
        QCOMPARE(CatalogText::supportedOn(PolicyId::CustomizeWarningMessages), QStringLiteral("At least Windows Vista"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogText)
#include "TestCatalogText.moc"

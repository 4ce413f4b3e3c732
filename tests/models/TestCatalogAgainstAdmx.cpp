// The catalog check of the engine issue: the built-in catalog (core/Catalog.h) compared with the
// real remoteassistance.admx / .adml and Windows.admx / .adml, read through the project's ADMX
// reader. Registry keys, value names and ids are compared case-sensitively, as the ADMX spells
// them (the catalog must write what the Group Policy editor writes).
#include "core/Catalog.h"
#include "models/AdmxReader.h"

#include <QFileInfo>
#include <QTest>

using namespace ra;
using ra::admx::AdmlFile;
using ra::admx::AdmxFile;
using ra::admx::AdmxReader;
using ra::admx::Category;
using ra::admx::Presentation;
using ra::admx::PresentationControl;
using ra::admx::SupportedOnDefinition;
using ra::admx::referenceId;

namespace {
const QString kDir = QStringLiteral(RA_CORPUS_DIR "/admx");

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

const char* typeName(ElementType t)
{
    switch (t) {
    case ElementType::Text: return "text";
    case ElementType::Decimal: return "decimal";
    case ElementType::Enum: return "enum";
    case ElementType::List: return "list";
    }
    return "";
}

/// The ADMX schema's default of an unsigned attribute.
quint32 attributeOr(const admx::Element& e, const char* name, quint32 schemaDefault)
{
    const QString v = e.attribute(QLatin1StringView(name));
    if (v.isEmpty())
        return schemaDefault;
    bool ok = false;
    const quint32 n = v.toUInt(&ok);
    if (!ok)
        qFatal("attribute %s=\"%s\" of %s is not a number", name, qPrintable(v), qPrintable(e.id));
    return n;
}
} // namespace

class TestCatalogAgainstAdmx : public QObject
{
    Q_OBJECT
private:
    AdmxFile m_admx;
    AdmlFile m_adml;
    AdmxFile m_windows;
    AdmlFile m_windowsAdml;

private slots:
    void initTestCase()
    {
        m_admx = AdmxReader::readAdmx(kDir + QStringLiteral("/remoteassistance.admx"));
        m_adml = AdmxReader::readAdml(AdmxReader::findAdml(m_admx.path, QStringLiteral("en_US")));
        m_windows = AdmxReader::readAdmx(kDir + QStringLiteral("/Windows.admx"));
        m_windowsAdml = AdmxReader::readAdml(AdmxReader::findAdml(m_windows.path, QStringLiteral("en_US")));
    }

    void policies_data()
    {
        QTest::addColumn<int>("policy");
        for (const ra::Policy& p : Catalog::instance().policies())
            QTest::newRow(p.gpName.c_str()) << ra::index(p.id);
    }

    void policies()
    {
        QFETCH(int, policy);
        const ra::Policy& cat = Catalog::instance().policy(static_cast<PolicyId>(policy));
        const admx::Policy* adm = m_admx.policy(q(cat.gpName));
        QVERIFY2(adm, cat.gpName.c_str());

        QCOMPARE(q(cat.admxFile), QFileInfo(m_admx.path).fileName());
        QCOMPARE(adm->policyClass, q(cat.scope));
        QCOMPARE(adm->key, q(cat.key));
        QCOMPARE(adm->key, q(std::string(Catalog::policyKey)));
        QCOMPARE(adm->valueName, q(cat.valueName));
        QCOMPARE(adm->enabledValue.kind, admx::Value::Kind::Decimal);
        QCOMPARE(adm->enabledValue.text, QString::number(cat.enabledValue));
        QCOMPARE(adm->disabledValue.kind, admx::Value::Kind::Decimal);
        QCOMPARE(adm->disabledValue.text, QString::number(cat.disabledValue));
        QCOMPARE(adm->supportedOn, q(cat.supportedOnId));
        QCOMPARE(m_adml.resolveString(adm->displayName).value_or(QString()), q(cat.gpEnglishName));

        // supportedOn: windows:SUPPORTED_X → Windows.admx definition → Windows.adml text
        const QString prefix = adm->supportedOn.section(QLatin1Char(':'), 0, 0);
        QCOMPARE(m_admx.usings.value(prefix), m_windows.targetNamespace);
        const QString supportedName = adm->supportedOn.section(QLatin1Char(':'), 1);
        const SupportedOnDefinition* supported = nullptr;
        for (const auto& d : m_windows.supportedOnDefinitions)
            if (d.name == supportedName)
                supported = &d;
        QVERIFY2(supported, qPrintable(supportedName));
        QCOMPARE(m_windowsAdml.resolveString(supported->displayName).value_or(QString()), q(cat.supportedOn));

        // category path "System > Remote Assistance"
        const Category* category = m_admx.category(adm->parentCategory);
        QVERIFY(category);
        const QString parentName = category->parentCategory.section(QLatin1Char(':'), 1);
        const Category* parent = m_windows.category(parentName);
        QVERIFY(parent);
        QVERIFY(parent->parentCategory.isEmpty());
        QCOMPARE(m_windowsAdml.resolveString(parent->displayName).value_or(QString()) + QStringLiteral(" > ")
                     + m_adml.resolveString(category->displayName).value_or(QString()),
                 q(cat.categoryPath));

        // elements: the same ids in the same order
        QStringList admxIds, catalogIds;
        for (const auto& e : adm->elements)
            admxIds << e.id;
        for (const auto& e : cat.elements)
            catalogIds << q(e.id);
        QCOMPARE(catalogIds, admxIds);
        QCOMPARE(adm->presentation.isEmpty(), cat.elements.empty());
        const Presentation* presentation = adm->presentation.isEmpty() ? nullptr : m_adml.resolvePresentation(adm->presentation);
        QCOMPARE(presentation != nullptr, !cat.elements.empty());

        for (const ra::Element& ce : cat.elements) {
            const admx::Element* ae = adm->element(q(ce.id));
            QVERIFY(ae);
            const QByteArray where = QByteArray(ce.id.c_str());
            QVERIFY2(ae->type == QLatin1StringView(typeName(ce.type)), where);
            QCOMPARE(ae->key.isEmpty() ? adm->key : ae->key, q(ce.key));
            QCOMPARE(ae->valueName, q(ce.valueName));

            const PresentationControl* control = presentation->control(ae->id);
            QVERIFY2(control, where);
            QCOMPARE(control->label, q(ce.label));

            switch (ce.type) {
            case ElementType::Text:
                QCOMPARE(control->type, QStringLiteral("textBox"));
                QCOMPARE(attributeOr(*ae, "maxLength", 1023), ce.maxLength);
                QVERIFY(!ae->hasAttribute(QStringLiteral("required")));
                QVERIFY(!ae->hasAttribute(QStringLiteral("expandable")));
                break;
            case ElementType::Decimal:
                QCOMPARE(control->type, QStringLiteral("decimalTextBox"));
                QCOMPARE(attributeOr(*ae, "minValue", 0), ce.minValue);
                QCOMPARE(attributeOr(*ae, "maxValue", 9999), ce.maxValue);
                QVERIFY(!ae->hasAttribute(QStringLiteral("storeAsText")));
                // decimalTextBox defaultValue: schema default 1
                QCOMPARE(control->attribute(QStringLiteral("defaultValue")).isEmpty()
                             ? 1u
                             : control->attribute(QStringLiteral("defaultValue")).toUInt(),
                         ce.defaultValue);
                break;
            case ElementType::Enum: {
                QCOMPARE(control->type, QStringLiteral("dropdownList"));
                QCOMPARE(ae->items.size(), qsizetype(ce.items.size()));
                for (std::size_t i = 0; i < ce.items.size(); ++i) {
                    const auto& ai = ae->items[static_cast<qsizetype>(i)];
                    QCOMPARE(referenceId(ai.displayName), q(ce.items[i].stringId));
                    QCOMPARE(m_adml.resolveString(ai.displayName).value_or(QString()), q(ce.items[i].label));
                    QCOMPARE(ai.value.kind, admx::Value::Kind::Decimal);
                    QCOMPARE(ai.value.text, QString::number(ce.items[i].value));
                }
                QCOMPARE(control->attribute(QStringLiteral("noSort")) == QLatin1StringView("true"), ce.noSort);
                // defaultItem: a 0-based index into the items in ADMX order (FINDINGS.md §2.1)
                const int defaultItem = control->attribute(QStringLiteral("defaultItem")).toInt();
                QVERIFY(defaultItem >= 0 && defaultItem < ae->items.size());
                QCOMPARE(ae->items[defaultItem].value.text, QString::number(ce.defaultValue));
                break;
            }
            case ElementType::List:
                QCOMPARE(control->type, QStringLiteral("listBox"));
                QCOMPARE(ae->key, q(std::string(Catalog::helperKey)));
                QVERIFY(!ae->hasAttribute(QStringLiteral("valuePrefix")));
                QVERIFY(!ae->hasAttribute(QStringLiteral("additive")));
                QVERIFY(!ae->hasAttribute(QStringLiteral("explicitValue")));
                QVERIFY(!ae->hasAttribute(QStringLiteral("expandable")));
                break;
            }
        }
    }

    void catalogHasExactlyTheFourInScope()
    {
        // the ADMX defines six; the two others are exposed as ADMX_RemoteAssistance in MDM
        QStringList outOfScope;
        for (const auto& p : m_admx.policies)
            if (!Catalog::instance().find(p.name.toStdString()))
                outOfScope << p.name;
        QCOMPARE(outOfScope, (QStringList{"RA_EncryptedTicketOnly", "RA_Optimize_Bandwidth"}));
        QCOMPARE(Catalog::instance().policies().size(), std::size_t(4));
    }

    void caseMattersWhereTheAdmxSpellsIt()
    {
        // lower-case "policies" in the ADMX key: a catalog written as "Policies" must fail
        QVERIFY(m_admx.policy(QStringLiteral("RA_Unsolicit"))->key.contains(QStringLiteral("\\policies\\")));
        QVERIFY(QStringLiteral("Software\\Policies\\Microsoft\\Windows NT\\Terminal Services")
                != m_admx.policy(QStringLiteral("RA_Unsolicit"))->key);
    }
};

QTEST_GUILESS_MAIN(TestCatalogAgainstAdmx)
#include "TestCatalogAgainstAdmx.moc"

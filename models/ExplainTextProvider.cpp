#include "models/ExplainTextProvider.h"

#include "core/Error.h"
#include "models/AdmxReader.h"
#include "models/CatalogText.h"
#include "models/ErrorText.h"

#include <QDir>
#include <QLocale>
#include <QtGlobal>

namespace ra {

namespace {
const QString kAdmxFileName = QStringLiteral("remoteassistance.admx");
}

ExplainTextProvider::ExplainTextProvider(QObject* parent)
    : QObject(parent)
{
}

ExplainTextProvider::~ExplainTextProvider() = default;

QString ExplainTextProvider::systemAdmxFolder()
{
#ifdef Q_OS_WIN
    QString root = qEnvironmentVariable("SystemRoot");
    if (root.isEmpty())
        root = QStringLiteral("C:\\Windows");
    return QDir::toNativeSeparators(QDir(root).filePath(QStringLiteral("PolicyDefinitions")));
#else
    return {};
#endif
}

void ExplainTextProvider::setAdmxFolder(const QString& folder, const QString& locale)
{
    m_folder = folder;
    m_locale = locale.isEmpty() ? QLocale().name() : locale;
    m_error.clear();
    m_admx.reset();
    m_adml.reset();
    m_source = Source::BuiltIn;
    if (!folder.isEmpty()) {
        try {
            const QString admxPath = admx::AdmxReader::findAdmx(folder, kAdmxFileName);
            if (admxPath.isEmpty())
                throw Error(tr("%1 is not in this folder").arg(kAdmxFileName).toStdString(),
                            QDir::toNativeSeparators(folder).toStdString());
            auto admxFile = std::make_unique<admx::AdmxFile>(admx::AdmxReader::readAdmx(admxPath));
            const QString admlPath = admx::AdmxReader::findAdml(admxPath, m_locale);
            if (admlPath.isEmpty())
                throw Error(tr("no remoteassistance.adml in the language folders %1")
                                .arg(admx::AdmxReader::languageCandidates(m_locale).join(QStringLiteral(", ")))
                                .toStdString(),
                            QDir::toNativeSeparators(folder).toStdString());
            auto admlFile = std::make_unique<admx::AdmlFile>(admx::AdmxReader::readAdml(admlPath));
            m_admx = std::move(admxFile);
            m_adml = std::move(admlFile);
            m_source = Source::Adml;
        } catch (const Error& e) {
            m_error = ErrorText::text(e);
        }
    }
    Q_EMIT changed();
}

QString ExplainTextProvider::admlPath() const
{
    return m_adml ? m_adml->path : QString();
}

QString ExplainTextProvider::admlLanguage() const
{
    return m_adml ? m_adml->language : QString();
}

QString ExplainTextProvider::admlString(const QString& reference) const
{
    if (!m_adml || reference.isEmpty())
        return {};
    return m_adml->resolveString(reference).value_or(QString());
}

namespace {
const admx::Policy* admxPolicy(const admx::AdmxFile* file, PolicyId id)
{
    return file ? file->policy(QString::fromStdString(Catalog::instance().policy(id).gpName)) : nullptr;
}
} // namespace

QString ExplainTextProvider::explainText(PolicyId id) const
{
    if (const auto* p = admxPolicy(m_admx.get(), id)) {
        const QString text = admlString(p->explainText);
        if (!text.isEmpty())
            return text;
    }
    return CatalogText::policySummary(id);
}

bool ExplainTextProvider::labelsFromAdml() const
{
    if (!m_adml)
        return false;
    const QString admlLang = m_adml->language.section(QLatin1Char('-'), 0, 0);
    const QString uiLang = m_locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return admlLang.compare(uiLang, Qt::CaseInsensitive) == 0;
}

QString ExplainTextProvider::displayName(PolicyId id) const
{
    if (const auto* p = labelsFromAdml() ? admxPolicy(m_admx.get(), id) : nullptr) {
        const QString text = admlString(p->displayName);
        if (!text.isEmpty())
            return text;
    }
    return CatalogText::policyName(id);
}

QString ExplainTextProvider::elementLabel(PolicyId id, const QString& elementId) const
{
    if (const auto* p = labelsFromAdml() ? admxPolicy(m_admx.get(), id) : nullptr) {
        if (const auto* presentation = m_adml->resolvePresentation(p->presentation))
            if (const auto* control = presentation->control(elementId))
                if (!control->label.isEmpty())
                    return control->label;
    }
    return CatalogText::elementLabel(id, elementId);
}

QString ExplainTextProvider::enumItemLabel(PolicyId id, const QString& elementId, std::uint32_t value) const
{
    if (const auto* p = labelsFromAdml() ? admxPolicy(m_admx.get(), id) : nullptr) {
        if (const auto* element = p->element(elementId)) {
            for (const auto& item : element->items) {
                if (item.value.kind == admx::Value::Kind::Decimal && item.value.text.toUInt() == value) {
                    const QString text = admlString(item.displayName);
                    if (!text.isEmpty())
                        return text;
                }
            }
        }
    }
    return CatalogText::enumItemLabel(id, elementId, value);
}

QString ExplainTextProvider::categoryName() const
{
    if (const auto* p = labelsFromAdml() ? admxPolicy(m_admx.get(), PolicyId::SessionLogging) : nullptr) {
        if (const auto* category = m_admx->category(p->parentCategory)) {
            const QString text = admlString(category->displayName);
            if (!text.isEmpty())
                return text;
        }
    }
    return tr("Remote Assistance");
}

} // namespace ra

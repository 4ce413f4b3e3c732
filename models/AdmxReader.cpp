#include "models/AdmxReader.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <algorithm>

namespace ra::admx {

// ---- AdmxDefinitions.h helpers ---------------------------------------------------------------

const Element* Policy::element(const QString& elementId) const
{
    for (const auto& e : elements)
        if (e.id == elementId)
            return &e;
    return nullptr;
}

const Policy* AdmxFile::policy(const QString& policyName) const
{
    for (const auto& p : policies)
        if (p.name == policyName)
            return &p;
    return nullptr;
}

const Category* AdmxFile::category(const QString& categoryName) const
{
    for (const auto& c : categories)
        if (c.name == categoryName)
            return &c;
    return nullptr;
}

const PresentationControl* Presentation::control(const QString& id) const
{
    for (const auto& c : controls)
        if (!c.refId.isEmpty() && c.refId == id)
            return &c;
    return nullptr;
}

QString referenceId(const QString& reference)
{
    for (QLatin1StringView prefix : {QLatin1StringView("$(string."), QLatin1StringView("$(presentation.")}) {
        if (reference.startsWith(prefix) && reference.endsWith(QLatin1Char(')')))
            return reference.mid(prefix.size(), reference.size() - prefix.size() - 1);
    }
    return {};
}

std::optional<QString> AdmlFile::resolveString(const QString& reference) const
{
    if (!reference.startsWith(QLatin1StringView("$(string.")))
        return reference;
    const auto it = strings.constFind(referenceId(reference));
    if (it == strings.constEnd())
        return std::nullopt;
    return *it;
}

const Presentation* AdmlFile::resolvePresentation(const QString& reference) const
{
    const QString id = reference.startsWith(QLatin1StringView("$(presentation."))
        ? referenceId(reference)
        : reference;
    const auto it = presentations.constFind(id);
    return it == presentations.constEnd() ? nullptr : &*it;
}

// ---- the reader --------------------------------------------------------------------------------

namespace {

/// QXmlStreamReader plus error reporting with file, line and column.
class Parser
{
public:
    Parser(const QByteArray& content, QString fileName)
        : m_xml(content)
        , m_file(std::move(fileName))
    {
    }

    QXmlStreamReader& xml() { return m_xml; }

    /// An error about the current element: located at its start tag.
    [[noreturn]] void fail(const QString& reason) const { failAt(reason, m_startLine, m_startColumn); }

    /// Throws when the XML itself is broken (after any read).
    void check() const
    {
        if (m_xml.hasError())
            failAt(m_xml.errorString(), m_xml.lineNumber(), m_xml.columnNumber());
    }

    /// After the root element: reads to the end, so that content after the root (or a
    /// truncated file) is an error too.
    void finish()
    {
        while (!m_xml.atEnd())
            m_xml.readNext();
        check();
    }

    /// Positions on the root element and checks its name.
    void expectRoot(QLatin1StringView name)
    {
        if (!nextChild()) {
            check();
            failAt(QCoreApplication::translate("ra::admx::AdmxReader", "the file has no XML root element; expected <%1>").arg(name),
                   m_xml.lineNumber(), m_xml.columnNumber());
        }
        if (m_xml.name() != name)
            fail(QCoreApplication::translate("ra::admx::AdmxReader", "the root element is <%1>; expected <%2>").arg(m_xml.name(), name));
    }

    /// Next child start element of the current element; false at its end tag.
    bool nextChild()
    {
        for (;;) {
            // where the next token starts: after the previous one (white space is a token too)
            // (QXmlStreamReader reads ahead to find an XML declaration: without one, the first
            // token starts at the beginning of the file)
            const auto previous = m_xml.tokenType();
            const bool atStart = previous == QXmlStreamReader::NoToken
                || (previous == QXmlStreamReader::StartDocument && m_xml.documentVersion().isEmpty());
            m_startLine = atStart ? 1 : m_xml.lineNumber();
            m_startColumn = atStart ? 0 : m_xml.columnNumber();
            // text ends where the '<' of the next tag is, which the reader has consumed already
            if (previous == QXmlStreamReader::Characters && m_startColumn > 0)
                --m_startColumn;
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement: return true;
            case QXmlStreamReader::EndElement:
            case QXmlStreamReader::EndDocument: return false;
            case QXmlStreamReader::Invalid: check(); return false;
            default: break;
            }
        }
    }

    void skip()
    {
        m_xml.skipCurrentElement();
        check();
    }

    QString text()
    {
        QString t = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        check();
        return t;
    }

    QString attr(QLatin1StringView name) const { return m_xml.attributes().value(name).toString(); }

    QMap<QString, QString> allAttributes() const
    {
        QMap<QString, QString> out;
        for (const auto& a : m_xml.attributes())
            out.insert(a.qualifiedName().toString(), a.value().toString());
        return out;
    }

    /// The attribute @p name, which the schema requires.
    QString requiredAttr(QLatin1StringView name)
    {
        if (!m_xml.attributes().hasAttribute(name))
            fail(QCoreApplication::translate("ra::admx::AdmxReader", "<%1> has no \"%2\" attribute").arg(m_xml.name(), name));
        return attr(name);
    }

    /// The line of the current element's start tag.
    int line() const { return static_cast<int>(m_startLine); }

private:
    [[noreturn]] void failAt(const QString& reason, qint64 line, qint64 column) const
    {
        // QXmlStreamReader counts columns from 0; editors from 1
        throw Error(reason.toStdString(), m_file.toStdString(),
                    QCoreApplication::translate("ra::admx::AdmxReader", "line %1, column %2").arg(line).arg(column + 1).toStdString());
    }

    QXmlStreamReader m_xml;
    QString m_file;
    qint64 m_startLine = 1;
    qint64 m_startColumn = 0;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("ra::admx::AdmxReader", "cannot be read: %1").arg(file.errorString()).toStdString(),
                    path.toStdString());
    return file.readAll();
}

// Positioned on a value-carrying element (decimal, longDecimal, string, delete): reads it.
Value readValueElement(Parser& p)
{
    Value v;
    const auto name = p.xml().name();
    if (name == QLatin1StringView("decimal")) {
        v.kind = Value::Kind::Decimal;
        v.text = p.requiredAttr(QLatin1StringView("value"));
        p.skip();
    } else if (name == QLatin1StringView("longDecimal")) {
        v.kind = Value::Kind::LongDecimal;
        v.text = p.requiredAttr(QLatin1StringView("value"));
        p.skip();
    } else if (name == QLatin1StringView("string")) {
        v.kind = Value::Kind::String;
        v.text = p.text();
    } else if (name == QLatin1StringView("delete")) {
        v.kind = Value::Kind::Delete;
        p.skip();
    } else {
        p.fail(QCoreApplication::translate("ra::admx::AdmxReader", "<%1> is not a registry value; expected <decimal>, <longDecimal>, <string> or <delete>")
                   .arg(name));
    }
    return v;
}

// Positioned on a wrapper (enabledValue, value, trueValue, …) holding one value element.
Value readValueWrapper(Parser& p)
{
    Value v;
    while (p.nextChild())
        v = readValueElement(p);
    return v;
}

// Positioned on enabledList/disabledList/valueList/trueList/falseList.
ValueList readValueList(Parser& p)
{
    ValueList list;
    list.defaultKey = p.attr(QLatin1StringView("defaultKey"));
    while (p.nextChild()) {
        if (p.xml().name() != QLatin1StringView("item")) {
            p.skip();
            continue;
        }
        ValueListItem item;
        item.key = p.attr(QLatin1StringView("key"));
        item.valueName = p.requiredAttr(QLatin1StringView("valueName"));
        while (p.nextChild()) {
            if (p.xml().name() == QLatin1StringView("value"))
                item.value = readValueWrapper(p);
            else
                p.skip();
        }
        list.items.append(item);
    }
    return list;
}

Element readElement(Parser& p)
{
    Element e;
    e.type = p.xml().name().toString();
    e.line = p.line();
    e.attributes = p.allAttributes();
    e.id = p.requiredAttr(QLatin1StringView("id"));
    e.key = p.attr(QLatin1StringView("key"));
    e.valueName = p.attr(QLatin1StringView("valueName"));
    while (p.nextChild()) {
        const auto name = p.xml().name();
        if (e.type == QLatin1StringView("enum") && name == QLatin1StringView("item")) {
            EnumItem item;
            item.displayName = p.requiredAttr(QLatin1StringView("displayName"));
            while (p.nextChild()) {
                if (p.xml().name() == QLatin1StringView("value"))
                    item.value = readValueWrapper(p);
                else if (p.xml().name() == QLatin1StringView("valueList"))
                    item.valueList = readValueList(p);
                else
                    p.skip();
            }
            e.items.append(item);
        } else if (name == QLatin1StringView("trueValue")) {
            e.trueValue = readValueWrapper(p);
        } else if (name == QLatin1StringView("falseValue")) {
            e.falseValue = readValueWrapper(p);
        } else if (name == QLatin1StringView("trueList")) {
            e.trueList = readValueList(p);
        } else if (name == QLatin1StringView("falseList")) {
            e.falseList = readValueList(p);
        } else {
            p.skip();
        }
    }
    return e;
}

Policy readPolicy(Parser& p)
{
    Policy policy;
    policy.line = p.line();
    policy.attributes = p.allAttributes();
    policy.name = p.requiredAttr(QLatin1StringView("name"));
    policy.policyClass = p.requiredAttr(QLatin1StringView("class"));
    policy.displayName = p.attr(QLatin1StringView("displayName"));
    policy.explainText = p.attr(QLatin1StringView("explainText"));
    policy.presentation = p.attr(QLatin1StringView("presentation"));
    policy.key = p.requiredAttr(QLatin1StringView("key"));
    policy.valueName = p.attr(QLatin1StringView("valueName"));
    while (p.nextChild()) {
        const auto name = p.xml().name();
        if (name == QLatin1StringView("parentCategory")) {
            policy.parentCategory = p.requiredAttr(QLatin1StringView("ref"));
            p.skip();
        } else if (name == QLatin1StringView("supportedOn")) {
            policy.supportedOn = p.requiredAttr(QLatin1StringView("ref"));
            p.skip();
        } else if (name == QLatin1StringView("enabledValue")) {
            policy.enabledValue = readValueWrapper(p);
        } else if (name == QLatin1StringView("disabledValue")) {
            policy.disabledValue = readValueWrapper(p);
        } else if (name == QLatin1StringView("enabledList")) {
            policy.enabledList = readValueList(p);
        } else if (name == QLatin1StringView("disabledList")) {
            policy.disabledList = readValueList(p);
        } else if (name == QLatin1StringView("elements")) {
            while (p.nextChild())
                policy.elements.append(readElement(p));
        } else {
            p.skip();
        }
    }
    return policy;
}

Category readCategory(Parser& p)
{
    Category c;
    c.name = p.requiredAttr(QLatin1StringView("name"));
    c.displayName = p.attr(QLatin1StringView("displayName"));
    c.explainText = p.attr(QLatin1StringView("explainText"));
    while (p.nextChild()) {
        if (p.xml().name() == QLatin1StringView("parentCategory"))
            c.parentCategory = p.requiredAttr(QLatin1StringView("ref"));
        p.skip();
    }
    return c;
}

PresentationControl readControl(Parser& p)
{
    PresentationControl c;
    c.type = p.xml().name().toString();
    c.attributes = p.allAttributes();
    c.refId = p.attr(QLatin1StringView("refId"));
    if (c.type == QLatin1StringView("textBox") || c.type == QLatin1StringView("comboBox")) {
        while (p.nextChild()) {
            const auto name = p.xml().name();
            if (name == QLatin1StringView("label"))
                c.label = p.text();
            else if (name == QLatin1StringView("defaultValue"))
                c.defaultText = p.text();
            else if (name == QLatin1StringView("suggestion"))
                c.suggestions.append(p.text());
            else
                p.skip();
        }
    } else {
        c.label = p.text();
    }
    return c;
}

} // namespace

AdmxFile AdmxReader::readAdmx(const QString& path)
{
    return parseAdmx(readFile(path), path);
}

AdmxFile AdmxReader::parseAdmx(const QByteArray& content, const QString& fileName)
{
    Parser p(content, fileName);
    p.expectRoot(QLatin1StringView("policyDefinitions"));
    AdmxFile file;
    file.path = fileName;
    file.revision = p.attr(QLatin1StringView("revision"));
    file.schemaVersion = p.attr(QLatin1StringView("schemaVersion"));
    while (p.nextChild()) {
        const auto name = p.xml().name();
        if (name == QLatin1StringView("policyNamespaces")) {
            while (p.nextChild()) {
                if (p.xml().name() == QLatin1StringView("target")) {
                    file.targetPrefix = p.requiredAttr(QLatin1StringView("prefix"));
                    file.targetNamespace = p.requiredAttr(QLatin1StringView("namespace"));
                } else if (p.xml().name() == QLatin1StringView("using")) {
                    file.usings.insert(p.requiredAttr(QLatin1StringView("prefix")),
                                       p.requiredAttr(QLatin1StringView("namespace")));
                }
                p.skip();
            }
        } else if (name == QLatin1StringView("resources")) {
            file.minRequiredRevision = p.attr(QLatin1StringView("minRequiredRevision"));
            file.fallbackCulture = p.attr(QLatin1StringView("fallbackCulture"));
            p.skip();
        } else if (name == QLatin1StringView("supportedOn")) {
            while (p.nextChild()) {
                if (p.xml().name() != QLatin1StringView("definitions")) {
                    p.skip();
                    continue;
                }
                while (p.nextChild()) {
                    if (p.xml().name() == QLatin1StringView("definition"))
                        file.supportedOnDefinitions.append(
                            {p.requiredAttr(QLatin1StringView("name")), p.attr(QLatin1StringView("displayName"))});
                    p.skip();
                }
            }
        } else if (name == QLatin1StringView("categories")) {
            while (p.nextChild()) {
                if (p.xml().name() == QLatin1StringView("category"))
                    file.categories.append(readCategory(p));
                else
                    p.skip();
            }
        } else if (name == QLatin1StringView("policies")) {
            while (p.nextChild()) {
                if (p.xml().name() == QLatin1StringView("policy"))
                    file.policies.append(readPolicy(p));
                else
                    p.skip();
            }
        } else {
            p.skip();
        }
    }
    p.finish();
    return file;
}

AdmlFile AdmxReader::readAdml(const QString& path)
{
    AdmlFile file = parseAdml(readFile(path), path);
    file.language = QFileInfo(path).absoluteDir().dirName();
    return file;
}

AdmlFile AdmxReader::parseAdml(const QByteArray& content, const QString& fileName)
{
    Parser p(content, fileName);
    p.expectRoot(QLatin1StringView("policyDefinitionResources"));
    AdmlFile file;
    file.path = fileName;
    file.revision = p.attr(QLatin1StringView("revision"));
    file.schemaVersion = p.attr(QLatin1StringView("schemaVersion"));
    while (p.nextChild()) {
        const auto name = p.xml().name();
        if (name == QLatin1StringView("displayName")) {
            file.displayName = p.text();
        } else if (name == QLatin1StringView("description")) {
            file.description = p.text();
        } else if (name == QLatin1StringView("resources")) {
            while (p.nextChild()) {
                const auto table = p.xml().name();
                if (table == QLatin1StringView("stringTable")) {
                    while (p.nextChild()) {
                        if (p.xml().name() != QLatin1StringView("string")) {
                            p.skip();
                            continue;
                        }
                        const QString id = p.requiredAttr(QLatin1StringView("id"));
                        file.strings.insert(id, p.text());
                    }
                } else if (table == QLatin1StringView("presentationTable")) {
                    while (p.nextChild()) {
                        if (p.xml().name() != QLatin1StringView("presentation")) {
                            p.skip();
                            continue;
                        }
                        Presentation pres;
                        pres.id = p.requiredAttr(QLatin1StringView("id"));
                        while (p.nextChild())
                            pres.controls.append(readControl(p));
                        file.presentations.insert(pres.id, pres);
                    }
                } else {
                    p.skip();
                }
            }
        } else {
            p.skip();
        }
    }
    p.finish();
    return file;
}

QStringList AdmxReader::languageCandidates(const QString& locale)
{
    QString name = locale;
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0); // "de_DE.UTF-8@euro"
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    QStringList out;
    const QStringList parts = name.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    if (!parts.isEmpty() && name != QLatin1StringView("C") && name != QLatin1StringView("POSIX")) {
        const QString lang = parts.first().toLower();
        // the last part of 2 letters or 3 digits is the region ("zh-Hant-TW" → TW)
        QString region;
        for (qsizetype i = parts.size() - 1; i >= 1; --i) {
            const QString& part = parts.at(i);
            if (part.size() == 2 || (part.size() == 3 && part.at(0).isDigit())) {
                region = part.toUpper();
                break;
            }
        }
        if (!region.isEmpty())
            out << lang + QLatin1Char('-') + region;
        out << lang;
    }
    const QString fallback = QStringLiteral("en-US");
    if (!out.contains(fallback, Qt::CaseInsensitive))
        out << fallback;
    return out;
}

namespace {
QString findEntry(const QString& folder, const QString& name, QDir::Filters filters)
{
    const QDir dir(folder);
    if (!dir.exists())
        return {};
    const QStringList entries = dir.entryList(filters | QDir::NoDotAndDotDot, QDir::Name);
    // an exact match wins over a case-insensitive one
    if (entries.contains(name))
        return dir.filePath(name);
    for (const QString& entry : entries)
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return dir.filePath(entry);
    return {};
}
} // namespace

QString AdmxReader::findAdmx(const QString& folder, const QString& fileName)
{
    return findEntry(folder, fileName, QDir::Files);
}

QString AdmxReader::findAdml(const QString& admxPath, const QString& locale)
{
    const QFileInfo admx(admxPath);
    const QString admlName = admx.completeBaseName() + QStringLiteral(".adml");
    auto admlIn = [&](const QString& language) -> QString {
        const QString folder = findEntry(admx.absolutePath(), language, QDir::Dirs);
        return folder.isEmpty() ? QString() : findEntry(folder, admlName, QDir::Files);
    };
    const QString fallback = QStringLiteral("en-US");
    QStringList candidates = languageCandidates(locale);
    if (candidates.last() == fallback)
        candidates.removeLast(); // tried last, after the other regions of the language
    for (const QString& language : std::as_const(candidates)) {
        const QString adml = admlIn(language);
        if (!adml.isEmpty())
            return adml;
    }
    // another region of the same language: de → de-DE, de-CH → de-DE / de-AT …
    if (!candidates.isEmpty()) {
        const QString lang = candidates.first().section(QLatin1Char('-'), 0, 0);
        QStringList regions;
        const QStringList dirs = QDir(admx.absolutePath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& dir : dirs)
            if (dir.section(QLatin1Char('-'), 0, 0).compare(lang, Qt::CaseInsensitive) == 0 && dir.contains(QLatin1Char('-')))
                regions << dir;
        std::stable_sort(regions.begin(), regions.end(), [&](const QString& a, const QString& b) {
            const bool aMain = a.section(QLatin1Char('-'), 1).compare(lang, Qt::CaseInsensitive) == 0;
            const bool bMain = b.section(QLatin1Char('-'), 1).compare(lang, Qt::CaseInsensitive) == 0;
            return aMain && !bMain;
        });
        for (const QString& region : std::as_const(regions)) {
            const QString adml = admlIn(region);
            if (!adml.isEmpty())
                return adml;
        }
    }
    return admlIn(fallback);
}

} // namespace ra::admx

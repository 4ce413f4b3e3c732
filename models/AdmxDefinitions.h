#pragma once
/**
 * @file AdmxDefinitions.h
 * What an .admx (policy definitions) and an .adml (language resources) file contain, as read by
 * AdmxReader. Plain data: every attribute is kept verbatim (as QString), so that callers can
 * compare with the file exactly, including the spelling of registry keys.
 */
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra::admx {

/**
 * A registry value as an ADMX writes it: `<decimal value="1"/>`, `<longDecimal value="…"/>`,
 * `<string>text</string>` or `<delete/>` (inside enabledValue, disabledValue, an enum item, a
 * boolean's trueValue/falseValue).
 */
struct Value
{
    enum class Kind { None, Decimal, LongDecimal, String, Delete };
    Kind kind = Kind::None;
    QString text; ///< the decimal digits or the string, verbatim

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const Value&) const = default;
};

/// One `<item>` of a `<valueList>` (enabledList, disabledList, an enum item's valueList).
struct ValueListItem
{
    QString key;        ///< empty = the policy's key
    QString valueName;
    Value value;
};

/// `<enabledList>` / `<disabledList>` / an enum item's `<valueList>`.
struct ValueList
{
    QString defaultKey;
    QList<ValueListItem> items;
};

/// One `<item>` of an `<enum>` element.
struct EnumItem
{
    QString displayName; ///< verbatim, e.g. "$(string.RA_Solicit_Control_Ctrl)"
    Value value;
    ValueList valueList;
};

/**
 * One element of a policy (`<text>`, `<decimal>`, `<longDecimal>`, `<enum>`, `<list>`,
 * `<boolean>`, `<multiText>`). Every attribute is in @c attributes; the common ones also have
 * their own fields.
 */
struct Element
{
    QString type;       ///< the XML element name: "text", "decimal", "enum", "list", …
    QString id;
    QString key;        ///< empty = the policy's key
    QString valueName;
    QMap<QString, QString> attributes; ///< every attribute, verbatim
    QList<EnumItem> items;             ///< enum
    Value trueValue, falseValue;       ///< boolean
    ValueList trueList, falseList;     ///< boolean
    int line = 0;                      ///< where the element starts in the file

    QString attribute(const QString& name) const { return attributes.value(name); }
    bool hasAttribute(const QString& name) const { return attributes.contains(name); }
};

/// One `<policy>`.
struct Policy
{
    QString name;
    QString policyClass;   ///< "Machine", "User" or "Both"
    QString displayName;   ///< verbatim reference, "$(string.RA_Options)"
    QString explainText;   ///< verbatim reference
    QString presentation;  ///< verbatim reference, "$(presentation.RA_Options)"
    QString key;
    QString valueName;
    QString parentCategory;
    QString supportedOn;
    QMap<QString, QString> attributes; ///< every attribute of `<policy>`, verbatim
    Value enabledValue, disabledValue;
    ValueList enabledList, disabledList;
    QList<Element> elements;
    int line = 0;

    const Element* element(const QString& id) const;
};

/// One `<category>`.
struct Category
{
    QString name;
    QString displayName;
    QString explainText;
    QString parentCategory;
};

/// One `<definition>` of `<supportedOn><definitions>`.
struct SupportedOnDefinition
{
    QString name;
    QString displayName;
};

/// A whole .admx file.
struct AdmxFile
{
    QString path;
    QString revision;
    QString schemaVersion;
    QString targetPrefix;
    QString targetNamespace;
    QMap<QString, QString> usings;      ///< prefix → namespace
    QString minRequiredRevision;        ///< of `<resources>`
    QString fallbackCulture;            ///< of `<resources>`, when given
    QList<Category> categories;
    QList<SupportedOnDefinition> supportedOnDefinitions;
    QList<Policy> policies;

    const Policy* policy(const QString& name) const;
    const Category* category(const QString& name) const;
};

/**
 * One control of an ADML `<presentation>`: `<textBox>`, `<decimalTextBox>`, `<dropdownList>`,
 * `<listBox>`, `<checkBox>`, `<comboBox>`, `<multiTextBox>`, `<longDecimalTextBox>` or a plain
 * `<text>`.
 */
struct PresentationControl
{
    QString type;   ///< the XML element name
    QString refId;  ///< empty for `<text>`
    QString label;  ///< the text content, or the `<label>` child of textBox/comboBox
    QString defaultText; ///< `<defaultValue>` of textBox/comboBox
    QStringList suggestions; ///< comboBox `<suggestion>`s
    QMap<QString, QString> attributes; ///< every attribute, verbatim (noSort, defaultItem, …)

    QString attribute(const QString& name) const { return attributes.value(name); }
};

/// One `<presentation>`.
struct Presentation
{
    QString id;
    QList<PresentationControl> controls;

    const PresentationControl* control(const QString& refId) const;
};

/// A whole .adml file.
struct AdmlFile
{
    QString path;
    QString language;     ///< the name of the folder it was found in, e.g. "en-US"
    QString revision;
    QString schemaVersion;
    QString displayName;
    QString description;
    QHash<QString, QString> strings;            ///< string table: id → text (XML-decoded)
    QHash<QString, Presentation> presentations; ///< presentation table: id → presentation

    /// Resolves "$(string.X)" through the string table; other text is returned unchanged.
    /// An unknown id yields std::nullopt.
    std::optional<QString> resolveString(const QString& reference) const;
    /// Resolves "$(presentation.X)"; nullptr when unknown.
    const Presentation* resolvePresentation(const QString& reference) const;
};

/// The id inside "$(string.X)" or "$(presentation.X)"; empty when @p reference is not one.
QString referenceId(const QString& reference);

} // namespace ra::admx

#include "models/HelperListModel.h"

#include "core/Error.h"
#include "core/Validator.h"
#include "models/FindingText.h"
#include "models/ListDiff.h"
#include "models/ModelIcons.h"
#include "models/PolicyDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUndoStack>

#include <algorithm>

namespace ra {

namespace {
constexpr PolicyId kPolicy = PolicyId::UnsolicitedRemoteAssistance;
const QString kElement = QStringLiteral("RA_Unsolicit_DACL_Edit");

QStringList toQStringList(const std::vector<std::string>& list)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(list.size()));
    for (const std::string& s : list)
        out << QString::fromStdString(s);
    return out;
}

std::vector<std::string> toStdList(const QStringList& list)
{
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(list.size()));
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

/// Surrounding white space and one pair of surrounding double quotes removed.
QString cleanEntry(QString entry)
{
    entry = entry.trimmed();
    if (entry.size() >= 2 && entry.startsWith(QLatin1Char('"')) && entry.endsWith(QLatin1Char('"')))
        entry = entry.mid(1, entry.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")).trimmed();
    return entry;
}

/// The separator of a CSV line (',' ';' or tab outside quotes), or a null QChar.
QChar csvSeparator(const QString& line)
{
    bool quoted = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t')))
            return c;
    }
    return {};
}

/// RFC 4180 records (quoted fields may hold separators, doubled quotes and line breaks).
QList<QStringList> csvRecords(const QString& text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records << record;
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    return records;
}

bool isHeaderWord(const QString& field, std::initializer_list<const char*> words)
{
    QString f = field.trimmed().toLower();
    f.remove(QLatin1Char(' '));
    f.remove(QLatin1Char('_'));
    for (const char* w : words)
        if (f == QLatin1StringView(w))
            return true;
    return false;
}

const std::initializer_list<const char*> kEntryWords = {
    "helper", "helpers", "account", "accounts", "identity", "principal", "member", "members",
    "entry", "domain\\name", "name", "user", "users", "group", "groups", "samaccountname",
    "username", "groupname", "accountname"};
const std::initializer_list<const char*> kDomainWords = {"domain", "netbiosdomain", "netbiosname", "netbios"};
} // namespace

HelperListModel::HelperListModel(PolicyDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_helpers(toQStringList(document->configuration().list(kPolicy, kElement.toStdString())))
{
    revalidate();
    connect(m_document, &PolicyDocument::policyChanged, this, [this](PolicyId id) {
        if (id == kPolicy)
            syncFromDocument();
    });
    connect(m_document, &PolicyDocument::configurationReset, this, &HelperListModel::syncFromDocument);
}

int HelperListModel::invalidCount() const
{
    int n = 0;
    for (int row = 0; row < m_helpers.size(); ++row)
        n += data(index(row), InvalidRole).toBool() ? 1 : 0;
    return n;
}

void HelperListModel::write(const QStringList& helpers, PolicyDocument::ListEdit edit)
{
    m_document->setOption(kPolicy, kElement, toStdList(helpers), edit);
}

void HelperListModel::syncFromDocument()
{
    const QStringList next = toQStringList(m_document->configuration().list(kPolicy, kElement.toStdString()));
    const detail::ListDiff d = detail::listDiff(m_helpers, next);
    if (d.removed == d.inserted) {
        for (int i = 0; i < d.inserted; ++i)
            m_helpers[d.first + i] = next[d.first + i];
        if (d.inserted > 0)
            Q_EMIT dataChanged(index(d.first), index(d.first + d.inserted - 1));
    } else {
        if (d.removed > 0) {
            beginRemoveRows({}, d.first, d.first + d.removed - 1);
            m_helpers.remove(d.first, d.removed);
            m_rowFindings.erase(m_rowFindings.begin() + d.first, m_rowFindings.begin() + d.first + d.removed);
            endRemoveRows();
        }
        if (d.inserted > 0) {
            beginInsertRows({}, d.first, d.first + d.inserted - 1);
            for (int i = 0; i < d.inserted; ++i)
                m_helpers.insert(d.first + i, next[d.first + i]);
            m_rowFindings.insert(m_rowFindings.begin() + d.first, static_cast<std::size_t>(d.inserted), {});
            endInsertRows();
        }
    }
    revalidate();
}

void HelperListModel::revalidate()
{
    std::vector<std::vector<Finding>> next(static_cast<std::size_t>(m_helpers.size()));
    for (Finding& f : Validator::validateHelpers(toStdList(m_helpers)))
        if (f.row >= 0 && f.row < m_helpers.size())
            next[static_cast<std::size_t>(f.row)].push_back(std::move(f));
    const bool sameSize = next.size() == m_rowFindings.size();
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < next.size(); ++i) {
        if (sameSize && next[i] == m_rowFindings[i])
            continue;
        if (first < 0)
            first = static_cast<int>(i);
        last = static_cast<int>(i);
    }
    m_rowFindings = std::move(next);
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last),
                           {Qt::ToolTipRole, Qt::DecorationRole, Qt::AccessibleDescriptionRole, SeverityRole,
                            InvalidRole, MessagesRole, CodesRole});
}

void HelperListModel::retranslate()
{
    if (!m_helpers.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_helpers.size()) - 1),
                           {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, MessagesRole});
}

int HelperListModel::addHelper(const QString& entry)
{
    const int row = static_cast<int>(m_helpers.size());
    write(m_helpers + QStringList{entry});
    return row;
}

int HelperListModel::addHelpers(const QStringList& entries)
{
    if (entries.isEmpty())
        return 0;
    write(m_helpers + entries);
    return static_cast<int>(entries.size());
}

int HelperListModel::addEmptyRow()
{
    const int row = static_cast<int>(m_helpers.size());
    write(m_helpers + QStringList{QString()}, PolicyDocument::ListEdit::AddRow);
    m_emptyRow = row;
    m_emptyRowIndex = m_document->undoStack()->index();
    return row;
}

bool HelperListModel::discardEmptyRow(int row)
{
    const bool added = row == m_emptyRow;
    m_emptyRow = -1;
    if (!added || row < 0 || row >= m_helpers.size() || !m_helpers.at(row).isEmpty())
        return false;
    if (m_document->undoStack()->index() == m_emptyRowIndex && m_document->discardLastEdit())
        return true;
    removeHelpers({row});
    return true;
}

void HelperListModel::removeHelpers(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList next = m_helpers;
    for (int row : rows)
        if (row >= 0 && row < next.size())
            next.removeAt(row);
    if (next != m_helpers)
        write(next);
}

int HelperListModel::pasteText(const QString& text)
{
    // Line breaks, ';', ',' and tabs cannot be part of an account name: each separates entries.
    static const QRegularExpression separators(QStringLiteral("[\\r\\n;,\\t]+"));
    QStringList entries;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString entry = cleanEntry(part);
        if (!entry.isEmpty())
            entries << entry;
    }
    return addHelpers(entries);
}

int HelperListModel::importText(const QString& text, TextFormat format)
{
    return addHelpers(parseHelperText(text, format));
}

int HelperListModel::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("cannot be read: %1").arg(file.errorString()).toStdString(), path.toStdString());
    const QByteArray bytes = file.readAll();
    QString text;
    const auto encoding = QStringConverter::encodingForData(bytes);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // not UTF-8: files saved by older Windows tools are often in the ANSI code page, whose
        // letters Latin-1 covers for Western names
        text = QString::fromLatin1(bytes);
    }
    const TextFormat format = QFileInfo(path).suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0
        ? TextFormat::Csv
        : TextFormat::Auto;
    return importText(text, format);
}

QStringList HelperListModel::parseHelperText(const QString& input, TextFormat format)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString firstLine;
    for (const QString& line : lines)
        if (!line.trimmed().isEmpty()) {
            firstLine = line;
            break;
        }
    QChar separator = csvSeparator(firstLine);
    if (format == TextFormat::Auto)
        format = separator.isNull() ? TextFormat::Lines : TextFormat::Csv;

    QStringList out;
    if (format == TextFormat::Lines) {
        for (const QString& line : lines) {
            const QString entry = cleanEntry(line);
            if (!entry.isEmpty())
                out << entry;
        }
        return out;
    }

    if (separator.isNull())
        separator = QLatin1Char(',');
    QList<QStringList> records = csvRecords(text, separator);
    records.removeIf([](const QStringList& r) {
        return std::all_of(r.begin(), r.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
    });
    int entryColumn = 0;
    int domainColumn = -1;
    if (!records.isEmpty()) {
        const QStringList& header = records.first();
        int named = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (named < 0 && isHeaderWord(header[i], kEntryWords))
                named = i;
            if (domainColumn < 0 && isHeaderWord(header[i], kDomainWords))
                domainColumn = i;
        }
        if (named >= 0 || domainColumn >= 0) {
            records.removeFirst(); // a header row
            entryColumn = named >= 0 ? named : 0;
            if (domainColumn == entryColumn)
                domainColumn = -1;
        }
    }
    for (const QStringList& record : records) {
        if (entryColumn >= record.size())
            continue;
        QString entry = cleanEntry(record[entryColumn]);
        if (entry.isEmpty())
            continue;
        if (domainColumn >= 0 && domainColumn < record.size() && !entry.contains(QLatin1Char('\\'))) {
            const QString domain = cleanEntry(record[domainColumn]);
            if (!domain.isEmpty())
                entry = domain + QLatin1Char('\\') + entry;
        }
        out << entry;
    }
    return out;
}

int HelperListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_helpers.size());
}

QVariant HelperListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& findings = m_rowFindings[static_cast<std::size_t>(index.row())];
    auto worst = [&]() -> int {
        int w = -1;
        for (const Finding& f : findings)
            w = std::max(w, static_cast<int>(f.severity));
        return w;
    };
    auto messages = [&] {
        QStringList out;
        for (const Finding& f : findings)
            out << FindingText::message(f);
        return out;
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return m_helpers.at(index.row());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return findings.empty() ? QVariant() : QVariant(messages().join(QLatin1Char('\n')));
    case Qt::DecorationRole: {
        const int w = worst();
        return w < 0 ? QVariant() : QVariant(ModelIcons::severity(static_cast<Severity>(w)));
    }
    case SeverityRole: return worst();
    case InvalidRole: return worst() >= static_cast<int>(Severity::Warning);
    case MessagesRole: return messages();
    case CodesRole: {
        QStringList out;
        for (const Finding& f : findings)
            out << QString::fromStdString(f.code);
        return out;
    }
    default: return {};
    }
}

bool HelperListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString entry = value.toString();
    if (entry == m_helpers.at(index.row()))
        return true;
    QStringList next = m_helpers;
    next[index.row()] = entry;
    // Typing into the row addEmptyRow() just added: adding and typing are one undo step.
    const bool fillsNewRow = index.row() == m_emptyRow && m_document->undoStack()->index() == m_emptyRowIndex;
    write(next, fillsNewRow ? PolicyDocument::ListEdit::FillRow : PolicyDocument::ListEdit::Change);
    return true;
}

Qt::ItemFlags HelperListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool HelperListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_helpers.size() || count <= 0)
        return false;
    QStringList next = m_helpers;
    for (int i = 0; i < count; ++i)
        next.insert(row, QString());
    write(next);
    return true;
}

bool HelperListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_helpers.size())
        return false;
    QStringList next = m_helpers;
    next.remove(row, count);
    write(next);
    return true;
}

void HelperListModel::sort(int column, Qt::SortOrder order)
{
    if (column != 0)
        return;
    QStringList next = m_helpers;
    std::stable_sort(next.begin(), next.end(), [order](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    if (next != m_helpers)
        write(next);
}

QHash<int, QByteArray> HelperListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(InvalidRole, "invalid");
    names.insert(MessagesRole, "messages");
    names.insert(CodesRole, "codes");
    return names;
}

} // namespace ra

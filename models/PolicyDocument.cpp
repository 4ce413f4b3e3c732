#include "models/PolicyDocument.h"

#include "core/Validator.h"
#include "models/CatalogText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace ra {

namespace {

/// Command ids for merging; -1 (no merge) for everything else.
enum CommandId { TextEditId = 1, CommentEditId = 2, NewRowId = 3 };

/**
 * One edit: the configuration before and after. Configurations are small (four policies), so
 * keeping both is simpler and safer than replaying deltas.
 */
class ConfigurationCommand : public QUndoCommand
{
public:
    ConfigurationCommand(PolicyDocument* document, Configuration before, Configuration after,
                         PolicyDocument::Description text, int mergeId = -1, std::optional<PolicyId> policy = {},
                         std::string elementId = {}, bool reset = false,
                         PolicyDocument::ListEdit listEdit = PolicyDocument::ListEdit::Change)
        : QUndoCommand(text())
        , m_describe(std::move(text))
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
        , m_policy(policy)
        , m_elementId(std::move(elementId))
        , m_reset(reset)
        , m_listEdit(listEdit)
    {
    }

    void redo() override { apply(m_after); }
    /// Sets the text again in the language now in use.
    void retranslate() { setText(m_describe()); }
    void undo() override { apply(m_before); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ConfigurationCommand*>(other);
        if (!next || next->m_mergeId != m_mergeId || next->m_policy != m_policy
            || next->m_elementId != m_elementId)
            return false;
        if (m_mergeId == NewRowId) {
            // Only the row's filling-in joins the adding of the row, once; then the step is closed.
            if (m_listEdit != PolicyDocument::ListEdit::AddRow || next->m_listEdit != PolicyDocument::ListEdit::FillRow)
                return false;
            m_listEdit = PolicyDocument::ListEdit::Change;
            m_mergeId = -1;
        }
        m_after = next->m_after;
        // Typing and then deleting the same text leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    void apply(const Configuration& config)
    {
        m_document->applyWithoutUndo(config);
        if (m_reset)
            Q_EMIT m_document->configurationReset();
    }

    PolicyDocument::Description m_describe;
    PolicyDocument* m_document;
    Configuration m_before;
    Configuration m_after;
    int m_mergeId;
    std::optional<PolicyId> m_policy;
    std::string m_elementId;
    bool m_reset;
    PolicyDocument::ListEdit m_listEdit;
};

QString elementName(PolicyId id, const std::string& elementId)
{
    QString label = CatalogText::elementLabel(id, QString::fromStdString(elementId));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

} // namespace

PolicyDocument::PolicyDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    recomputeFindings();
}

PolicyDocument::~PolicyDocument() = default;

void PolicyDocument::setState(PolicyId id, PolicyState state)
{
    if (m_config.state(id) == state)
        return;
    Configuration after = m_config;
    after.setState(id, state);
    m_undo->push(new ConfigurationCommand(this, m_config, std::move(after), [id, state] {
        return tr("Set “%1” to %2").arg(CatalogText::policyName(id), CatalogText::stateName(state));
    }));
}

void PolicyDocument::setOption(PolicyId id, const QString& elementId, const OptionValue& value, ListEdit edit)
{
    const std::string element = elementId.toStdString();
    Configuration after = m_config;
    after.setOption(id, element, value); // throws ra::Error for an unknown element or wrong type
    if (after == m_config)
        return;
    const bool isText = std::holds_alternative<std::string>(value);
    m_undo->push(new ConfigurationCommand(
        this, m_config, std::move(after),
        [id, element] {
            return tr("Change “%1” of “%2”").arg(elementName(id, element), CatalogText::policyName(id));
        },
        isText ? TextEditId : (edit == ListEdit::Change ? -1 : int(NewRowId)), id, element, false, edit));
}

void PolicyDocument::setComment(PolicyId id, const QString& comment)
{
    std::string text = comment.toStdString();
    if (m_config.comment(id) == text)
        return;
    Configuration after = m_config;
    after.setComment(id, std::move(text));
    m_undo->push(new ConfigurationCommand(
        this, m_config, std::move(after),
        [id] { return tr("Edit the comment of “%1”").arg(CatalogText::policyName(id)); }, CommentEditId, id));
}

bool PolicyDocument::discardLastEdit()
{
    const int top = m_undo->index() - 1;
    if (top < 0 || m_undo->index() != m_undo->count())
        return false;
    // Every command on the stack is a ConfigurationCommand this document pushed.
    auto* command = const_cast<QUndoCommand*>(m_undo->command(top));
    command->undo();
    // An obsolete command is not undone again but deleted from the stack; the clean state
    // (saved before the edit) is the current one again.
    command->setObsolete(true);
    m_undo->undo();
    return true;
}

void PolicyDocument::replaceConfiguration(const Configuration& config, const QString& description)
{
    replaceConfiguration(config, Description([description] { return description; }));
}

void PolicyDocument::replaceConfiguration(const Configuration& config, Description description)
{
    if (config == m_config)
        return;
    m_undo->push(new ConfigurationCommand(this, m_config, config, std::move(description), -1, std::nullopt, {},
                                          /*reset=*/true));
}

void PolicyDocument::retranslate()
{
    // Every command on the stack is a ConfigurationCommand this document pushed.
    for (int i = 0; i < m_undo->count(); ++i)
        static_cast<ConfigurationCommand*>(const_cast<QUndoCommand*>(m_undo->command(i)))->retranslate();
    Q_EMIT undoTextsChanged();
}

void PolicyDocument::load(const Configuration& config, const QString& filePath, const QString& sourcePath)
{
    m_config = config;
    m_undo->clear(); // emits cleanChanged → modifiedChanged(false) when it was modified
    Q_EMIT configurationReset();
    setFilePath(filePath);
    setSourcePath(sourcePath.isEmpty() ? filePath : sourcePath);
    recomputeFindings();
}

void PolicyDocument::setFilePath(const QString& path)
{
    if (!path.isEmpty())
        setSourcePath(path);
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(m_filePath);
}

void PolicyDocument::setSourcePath(const QString& path)
{
    if (path == m_sourcePath)
        return;
    m_sourcePath = path;
    Q_EMIT sourcePathChanged(m_sourcePath);
}

QString PolicyDocument::displayName() const
{
    if (m_sourcePath.isEmpty())
        return {};
    // cleanPath: a folder given with a trailing separator still has a name
    return QFileInfo(QDir::cleanPath(m_sourcePath)).fileName();
}

bool PolicyDocument::isModified() const
{
    return !m_undo->isClean();
}

void PolicyDocument::setSaved()
{
    m_undo->setClean();
}

void PolicyDocument::setLintTarget(const Linter::Target& target)
{
    m_target = target;
    recomputeFindings();
}

void PolicyDocument::applyWithoutUndo(const Configuration& config)
{
    std::vector<PolicyId> changed;
    for (PolicyId id : kAllPolicies)
        if (!(m_config.setting(id) == config.setting(id)))
            changed.push_back(id);
    m_config = config;
    for (PolicyId id : changed)
        Q_EMIT policyChanged(id);
    if (!changed.empty())
        recomputeFindings();
}

void PolicyDocument::recomputeFindings()
{
    std::vector<Finding> findings = Validator::validate(m_config);
    std::vector<Finding> lint = Linter::lint(m_config, m_target);
    findings.insert(findings.end(), std::make_move_iterator(lint.begin()),
                    std::make_move_iterator(lint.end()));
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    Q_EMIT findingsChanged();
}

} // namespace ra

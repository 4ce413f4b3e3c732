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
enum CommandId { TextEditId = 1, CommentEditId = 2, NewRowId = 3, BuildEditId = 4 };

/// What one undo step switches between: the configuration and the policies it speaks about.
struct DocumentState
{
    Configuration config;
    std::set<PolicyId> included;
    bool operator==(const DocumentState&) const = default;
};

/// An undo step whose text follows the language (PolicyDocument::retranslate()).
class DescribedCommand : public QUndoCommand
{
public:
    explicit DescribedCommand(PolicyDocument::Description text)
        : QUndoCommand(text())
        , m_describe(std::move(text))
    {
    }
    /// Sets the text again in the language now in use.
    void retranslate() { setText(m_describe()); }

private:
    PolicyDocument::Description m_describe;
};

/**
 * One edit: the document before and after. Configurations are small (four policies), so
 * keeping both is simpler and safer than replaying deltas.
 */
class ConfigurationCommand : public DescribedCommand
{
public:
    ConfigurationCommand(PolicyDocument* document, DocumentState before, DocumentState after,
                         PolicyDocument::Description text, int mergeId = -1, std::optional<PolicyId> policy = {},
                         std::string elementId = {}, bool reset = false,
                         PolicyDocument::ListEdit listEdit = PolicyDocument::ListEdit::Change)
        : DescribedCommand(std::move(text))
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
    void apply(const DocumentState& state)
    {
        m_document->applyWithoutUndo(state.config, state.included);
        if (m_reset)
            Q_EMIT m_document->configurationReset();
    }

    PolicyDocument* m_document;
    DocumentState m_before;
    DocumentState m_after;
    int m_mergeId;
    std::optional<PolicyId> m_policy;
    std::string m_elementId;
    bool m_reset;
    PolicyDocument::ListEdit m_listEdit;
};

/// A change of the deployment target: the target before and after.
class TargetCommand : public DescribedCommand
{
public:
    TargetCommand(PolicyDocument* document, DeploymentTarget before, DeploymentTarget after,
                  PolicyDocument::Description text)
        : DescribedCommand(std::move(text))
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override { m_document->applyWithoutUndo(m_after); }
    void undo() override { m_document->applyWithoutUndo(m_before); }
    int id() const override { return onlyBuildChanged(m_before, m_after) ? BuildEditId : -1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        // stepping the build up or down: one step
        const auto* next = dynamic_cast<const TargetCommand*>(other);
        if (!next || !onlyBuildChanged(m_after, next->m_after))
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    static bool onlyBuildChanged(DeploymentTarget a, const DeploymentTarget& b)
    {
        if (a.minimumBuild == b.minimumBuild)
            return false;
        a.minimumBuild = b.minimumBuild;
        return a == b;
    }

    PolicyDocument* m_document;
    DeploymentTarget m_before;
    DeploymentTarget m_after;
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

std::set<PolicyId> PolicyDocument::allPolicies() { return {kAllPolicies.begin(), kAllPolicies.end()}; }

void PolicyDocument::push(Configuration after, std::set<PolicyId> afterIncluded, Description text, int mergeId,
                          std::optional<PolicyId> policy, std::string elementId, bool reset, ListEdit listEdit)
{
    m_undo->push(new ConfigurationCommand(this, {m_config, m_included}, {std::move(after), std::move(afterIncluded)},
                                          std::move(text), mergeId, policy, std::move(elementId), reset, listEdit));
}

void PolicyDocument::setState(PolicyId id, PolicyState state)
{
    // Choosing a state of a left-out policy includes it, even the state it shows (Not configured).
    if (m_config.state(id) == state && isIncluded(id))
        return;
    Configuration after = m_config;
    after.setState(id, state);
    std::set<PolicyId> included = m_included;
    included.insert(id);
    push(std::move(after), std::move(included),
         [id, state] { return tr("Set “%1” to %2").arg(CatalogText::policyName(id), CatalogText::stateName(state)); },
         -1, id, {}, false, ListEdit::Change);
}

void PolicyDocument::setOption(PolicyId id, const QString& elementId, const OptionValue& value, ListEdit edit)
{
    const std::string element = elementId.toStdString();
    Configuration after = m_config;
    after.setOption(id, element, value); // throws ra::Error for an unknown element or wrong type
    if (after == m_config)
        return;
    const bool isText = std::holds_alternative<std::string>(value);
    std::set<PolicyId> included = m_included;
    included.insert(id);
    push(std::move(after), std::move(included),
         [id, element] { return tr("Change “%1” of “%2”").arg(elementName(id, element), CatalogText::policyName(id)); },
         isText ? TextEditId : (edit == ListEdit::Change ? -1 : int(NewRowId)), id, element, false, edit);
}

void PolicyDocument::setComment(PolicyId id, const QString& comment)
{
    std::string text = comment.toStdString();
    if (m_config.comment(id) == text)
        return;
    Configuration after = m_config;
    after.setComment(id, std::move(text));
    std::set<PolicyId> included = m_included;
    included.insert(id);
    push(std::move(after), std::move(included),
         [id] { return tr("Edit the comment of “%1”").arg(CatalogText::policyName(id)); }, CommentEditId, id, {}, false, ListEdit::Change);
}

void PolicyDocument::includePolicy(PolicyId id)
{
    if (isIncluded(id))
        return;
    std::set<PolicyId> included = m_included;
    included.insert(id);
    push(m_config, std::move(included),
         [id] { return tr("Include “%1” in the profile").arg(CatalogText::policyName(id)); }, -1, id,
         {}, false, ListEdit::Change);
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
    replaceConfiguration(config, Description([description] { return description; }), m_included);
}

void PolicyDocument::replaceConfiguration(const Configuration& config, Description description)
{
    replaceConfiguration(config, std::move(description), m_included);
}

void PolicyDocument::replaceConfiguration(const Configuration& config, Description description,
                                          const std::set<PolicyId>& included)
{
    if (config == m_config && included == m_included)
        return;
    push(config, included, std::move(description), -1, std::nullopt, {}, /*reset=*/true, ListEdit::Change);
}

void PolicyDocument::replaceConfiguration(const Configuration& config, const QString& description,
                                          const std::set<PolicyId>& included)
{
    replaceConfiguration(config, Description([description] { return description; }), included);
}

void PolicyDocument::retranslate()
{
    // Every command on the stack is one this document pushed.
    for (int i = 0; i < m_undo->count(); ++i)
        static_cast<DescribedCommand*>(const_cast<QUndoCommand*>(m_undo->command(i)))->retranslate();
    Q_EMIT undoTextsChanged();
}

void PolicyDocument::load(const Configuration& config, const QString& filePath, const QString& sourcePath,
                          const std::set<PolicyId>& included)
{
    m_config = config;
    m_included = included;
    m_undo->clear(); // emits cleanChanged → modifiedChanged(false) when it was modified
    applyWithoutUndo(DeploymentTarget()); // a loaded profile's own: loadDeploymentTarget()
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

void PolicyDocument::setDeploymentTarget(const DeploymentTarget& target, Description description)
{
    DeploymentTarget after = target;
    after.normalize();
    if (after == m_target)
        return;
    m_undo->push(new TargetCommand(this, m_target, std::move(after), std::move(description)));
}

void PolicyDocument::setDeploymentTarget(const DeploymentTarget& target, const QString& description)
{
    setDeploymentTarget(target, Description([description] { return description; }));
}

void PolicyDocument::loadDeploymentTarget(const DeploymentTarget& target)
{
    DeploymentTarget t = target;
    t.normalize();
    applyWithoutUndo(t);
}

void PolicyDocument::setMdmDelivery(bool mdm)
{
    if (mdm == m_mdm)
        return;
    m_mdm = mdm;
    Q_EMIT mdmDeliveryChanged(mdm);
    recomputeFindings();
}

void PolicyDocument::applyWithoutUndo(const DeploymentTarget& target)
{
    if (target == m_target)
        return;
    m_target = target;
    Q_EMIT deploymentTargetChanged();
    recomputeFindings();
}

void PolicyDocument::applyWithoutUndo(const Configuration& config, const std::set<PolicyId>& included)
{
    std::vector<PolicyId> changed;
    bool settingsChanged = false;
    for (PolicyId id : kAllPolicies) {
        const bool setting = !(m_config.setting(id) == config.setting(id));
        settingsChanged = settingsChanged || setting;
        if (setting || isIncluded(id) != (included.count(id) > 0))
            changed.push_back(id);
    }
    m_config = config;
    m_included = included;
    for (PolicyId id : changed)
        Q_EMIT policyChanged(id);
    if (settingsChanged)
        recomputeFindings();
}

void PolicyDocument::recomputeFindings()
{
    std::vector<Finding> findings = Validator::validate(m_config);
    std::vector<Finding> lint = Linter::lint(m_config, lintTarget());
    findings.insert(findings.end(), std::make_move_iterator(lint.begin()),
                    std::make_move_iterator(lint.end()));
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    Q_EMIT findingsChanged();
}

} // namespace ra

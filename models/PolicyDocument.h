#pragma once
/**
 * @file PolicyDocument.h
 * The open configuration of the console: the core Configuration, the policies it speaks about, its
 * undo history, the file it came from and the live findings. Every edit from the GUI goes through
 * here (widget → model → core configuration), as one undoable command.
 *
 * Policies that are part of the document (included()). A profile may leave policies out
 * (ra::Profile::included, e.g. a colleague's partial export): the document keeps exactly which
 * ones it speaks about, with the same meaning as in core and `ra-policy apply`:
 * - an included policy that is Not configured means "remove it" where the document is applied;
 * - a policy that is not included is left alone: applying the document keeps whatever the target
 *   has for it, Save writes a profile without it, and the console shows it as "not part of this
 *   profile" (its configuration is Not configured, without comment).
 * Editing a left-out policy (its state, an option or its comment) includes it again, as part of
 * that edit's undo step; includePolicy() includes it as it is. Documents opened from anything but
 * a partial profile (registry.pol, GPO backup, .reg, LGPO text, a full profile, New) include all
 * four policies.
 */
#include "core/Configuration.h"
#include "core/DeploymentTarget.h"
#include "core/Finding.h"
#include "core/Linter.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QUndoStack;

namespace ra {

class PolicyDocument : public QObject
{
    Q_OBJECT
public:
    explicit PolicyDocument(QObject* parent = nullptr);
    ~PolicyDocument() override;

    const Configuration& configuration() const { return m_config; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Edits: each pushes one undo command. Consecutive edits of the same text option (typing)
    /// merge into one command. Setting the value it already has does nothing.
    void setState(PolicyId id, PolicyState state);
    /// How a list option edit relates to the one before it (a helper row added, then typed in).
    enum class ListEdit {
        Change,  ///< an edit of its own
        AddRow,  ///< adds an empty row that the next FillRow edit of the same list fills in
        FillRow, ///< fills in the row just added: the two are one undo step
    };
    void setOption(PolicyId id, const QString& elementId, const OptionValue& value,
                   ListEdit edit = ListEdit::Change);
    void setComment(PolicyId id, const QString& comment);
    /// Makes a left-out policy part of the document as it is (one undo step); nothing when it
    /// is included already.
    void includePolicy(PolicyId id);
    /**
     * Takes the last edit back and forgets it (it cannot be redone), for an edit the user
     * cancelled — a new helper row left empty. Only when it is the newest step (nothing to redo);
     * returns false and does nothing otherwise.
     */
    bool discardLastEdit();
    /// The text of an undo step, made in the language in use whenever it is called.
    using Description = std::function<QString()>;
    /// Replaces the whole configuration as one undoable step (e.g. "Merge a profile into the
    /// current work"); the included policies stay as they are. @p description is the step's text
    /// as is (it stays in the language it was made in).
    void replaceConfiguration(const Configuration& config, const QString& description);
    /// The same with a text that follows the language (see retranslate()).
    void replaceConfiguration(const Configuration& config, Description description);
    /// The same, and the document speaks about @p included from then on (undone with it).
    void replaceConfiguration(const Configuration& config, Description description,
                              const std::set<PolicyId>& included);
    void replaceConfiguration(const Configuration& config, const QString& description,
                              const std::set<PolicyId>& included);
    /**
     * Sets the texts of every undo step again in the language now in use (call on
     * QEvent::LanguageChange), then emits undoTextsChanged(): QUndoStack itself does not tell
     * that its undoText() and redoText() changed.
     */
    void retranslate();

    /**
     * Loads a configuration as a fresh document (clears the undo history, not modified).
     * @p filePath: the profile Save writes to (empty when the source is not a profile);
     * @p sourcePath: what was opened (a registry.pol, GPO backup folder, .reg, LGPO text…), by
     * default @p filePath; @p included: the policies the document speaks about (a profile's
     * ra::Profile::included; all by default).
     */
    void load(const Configuration& config, const QString& filePath, const QString& sourcePath = QString(),
              const std::set<PolicyId>& included = allPolicies());
    /// The policies the document speaks about (see the file comment); all four unless a partial
    /// profile was opened.
    const std::set<PolicyId>& included() const { return m_included; }
    bool isIncluded(PolicyId id) const { return m_included.count(id) > 0; }
    /// All four policies.
    static std::set<PolicyId> allPolicies();
    /// The profile Save writes to; empty for a new document or one opened from a non-profile source.
    QString filePath() const { return m_filePath; }
    /// Sets the profile Save writes to; a non-empty @p path becomes the source as well.
    void setFilePath(const QString& path);
    /**
     * The file or folder the document shows: the profile it was saved to or opened from, else
     * the non-profile source it was opened from; empty for a new document.
     */
    QString sourcePath() const { return m_sourcePath; }
    /// The name of sourcePath() for a window title ("Registry.pol", a GPO backup folder's name);
    /// empty for a new document.
    QString displayName() const;

    bool isModified() const;
    /// Marks the current state as saved.
    void setSaved();

    /// Validation + lint findings of the current configuration (recomputed on every change),
    /// linted against lintTarget().
    const std::vector<Finding>& findings() const { return m_findings; }

    /// The deployment the configuration is for, with its readiness (saved in the profile).
    const DeploymentTarget& deploymentTarget() const { return m_target; }
    /// Changes the deployment target as one undo step named @p description; consecutive changes
    /// of only the minimum build merge into one step. Setting the target it has does nothing.
    void setDeploymentTarget(const DeploymentTarget& target, Description description);
    /// The same with a text as is (it stays in the language it was made in).
    void setDeploymentTarget(const DeploymentTarget& target, const QString& description);
    /// Sets the target that came with the document just loaded: no undo step, not a change.
    void loadDeploymentTarget(const DeploymentTarget& target);
    /// Whether the configuration is delivered through MDM (Policy CSP): follows the delivery
    /// backend chosen on the Deliver page (Intune, SyncML); not saved with the document.
    bool mdmDelivery() const { return m_mdm; }
    void setMdmDelivery(bool mdm);
    /// What the Linter checks against: deploymentTarget() with mdmDelivery().
    Linter::Target lintTarget() const { return m_target.lintTarget(m_mdm); }

    /// Used by the undo commands: sets without pushing a command.
    void applyWithoutUndo(const Configuration& config, const std::set<PolicyId>& included);
    void applyWithoutUndo(const DeploymentTarget& target);

Q_SIGNALS:
    /// One policy's state, option, comment or inclusion changed.
    void policyChanged(ra::PolicyId id);
    /// Everything may have changed (load, replace).
    void configurationReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void sourcePathChanged(const QString& path);
    void findingsChanged();
    /// deploymentTarget() changed (an edit, undo/redo, load).
    void deploymentTargetChanged();
    void mdmDeliveryChanged(bool mdm);
    /// retranslate() set new texts on the undo steps.
    void undoTextsChanged();

private:
    void recomputeFindings();
    /// Pushes one command from the current state to @p after / @p afterIncluded.
    void push(Configuration after, std::set<PolicyId> afterIncluded, Description text, int mergeId,
              std::optional<PolicyId> policy, std::string elementId, bool reset, ListEdit listEdit);
    Configuration m_config;
    std::set<PolicyId> m_included = allPolicies();
    QUndoStack* m_undo;
    void setSourcePath(const QString& path);
    QString m_filePath;
    QString m_sourcePath;
    DeploymentTarget m_target;
    bool m_mdm = false;
    std::vector<Finding> m_findings;
};

} // namespace ra

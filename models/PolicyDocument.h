#pragma once
/**
 * @file PolicyDocument.h
 * The open configuration of the console: the core Configuration, its undo history, the file it
 * came from and the live findings. Every edit from the GUI goes through here (widget → model →
 * core configuration), as one undoable command.
 */
#include "core/Configuration.h"
#include "core/Finding.h"
#include "core/Linter.h"

#include <QObject>
#include <QString>

#include <functional>
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
    /**
     * Takes the last edit back and forgets it (it cannot be redone), for an edit the user
     * cancelled — a new helper row left empty. Only when it is the newest step (nothing to redo);
     * returns false and does nothing otherwise.
     */
    bool discardLastEdit();
    /// The text of an undo step, made in the language in use whenever it is called.
    using Description = std::function<QString()>;
    /// Replaces the whole configuration as one undoable step (e.g. "Open over existing work");
    /// @p description is the step's text as is (it stays in the language it was made in).
    void replaceConfiguration(const Configuration& config, const QString& description);
    /// The same with a text that follows the language (see retranslate()).
    void replaceConfiguration(const Configuration& config, Description description);
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
     * default @p filePath.
     */
    void load(const Configuration& config, const QString& filePath, const QString& sourcePath = QString());
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

    /// Validation + lint findings of the current configuration (recomputed on every change).
    const std::vector<Finding>& findings() const { return m_findings; }
    void setLintTarget(const Linter::Target& target);
    const Linter::Target& lintTarget() const { return m_target; }

    /// Used by the undo commands: sets without pushing a command.
    void applyWithoutUndo(const Configuration& config);

Q_SIGNALS:
    /// One policy's state, option or comment changed.
    void policyChanged(ra::PolicyId id);
    /// Everything may have changed (load, replace).
    void configurationReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void sourcePathChanged(const QString& path);
    void findingsChanged();
    /// retranslate() set new texts on the undo steps.
    void undoTextsChanged();

private:
    void recomputeFindings();
    Configuration m_config;
    QUndoStack* m_undo;
    void setSourcePath(const QString& path);
    QString m_filePath;
    QString m_sourcePath;
    Linter::Target m_target;
    std::vector<Finding> m_findings;
};

} // namespace ra

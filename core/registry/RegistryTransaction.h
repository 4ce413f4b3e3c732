#pragma once
/**
 * @file RegistryTransaction.h
 * All-or-nothing application of registry operations: every value touched is remembered first, and
 * a failure puts every one of them back.
 */
#include "RegistryTarget.h"

#include <optional>
#include <string>
#include <vector>

namespace ra {

/// One value before and after (std::nullopt = absent): a line of a dry run's diff.
struct RegistryChange
{
    std::string key;
    std::string valueName;
    std::optional<RegistryEntry> before;
    std::optional<RegistryEntry> after;

    /// `Software\…\fAllowToGetHelp: DWORD:0 -> DWORD:1`, with "(absent)" for a missing value.
    std::string describe() const;
    bool operator==(const RegistryChange&) const = default;
};

/// What RegistryTransaction::apply() did.
struct RegistryApplyResult
{
    bool ok = true;
    /// ok: every value changed (before → after). Failed: what had been changed before the failure.
    std::vector<RegistryChange> changes;
    /// The operation that failed and the system's message.
    std::optional<RegistryOperation> failedOperation;
    std::string error;
    /// Values put back by the rollback (before = what the failed apply left, after = restored).
    std::vector<RegistryChange> restored;
    /// Values the rollback could not put back, one message each (empty when the rollback was complete).
    std::vector<std::string> restoreErrors;

    /// A paragraph for people: what failed, what was restored, what could not be.
    std::string summary() const;
};

/**
 * Applies a list of operations to a RegistryTarget as one unit.
 *
 * Before an operation touches a value (or a key), its previous state is read and kept. If any
 * operation throws, the values already changed are restored in reverse order, keys that the
 * apply created are deleted again, and the result names the failed operation and every restored
 * value. rollback() undoes a successful apply when a later step of a delivery fails.
 */
class RegistryTransaction
{
public:
    explicit RegistryTransaction(RegistryTarget& target);

    /// The dry run: the values @p operations would change (before and after), in the order they
    /// are first touched; unchanged values are left out. Nothing is written.
    std::vector<RegistryChange> preview(const std::vector<RegistryOperation>& operations) const;

    /// Applies @p operations; on a failure restores everything and reports it (never throws for a
    /// failed write).
    RegistryApplyResult apply(const std::vector<RegistryOperation>& operations);

    /// Restores every value the last apply() changed. The result's `restored` and
    /// `restoreErrors` describe it; `ok` is true when everything was put back.
    RegistryApplyResult rollback();

private:
    struct Original
    {
        std::string key;
        std::string valueName;
        std::optional<RegistryEntry> value;
    };
    void remember(const RegistryOperation& op);
    void rememberValue(const std::string& key, const std::string& valueName,
                       std::optional<RegistryEntry> value);
    void rememberKeyChain(const std::string& key);
    void restore(RegistryApplyResult& result);
    std::vector<RegistryChange> changesSoFar() const;

    RegistryTarget& m_target;
    std::vector<Original> m_originals;
    std::vector<std::string> m_createdKeys; ///< keys (and parents) that did not exist, in creation order
    std::vector<std::string> m_deletedKeys; ///< keys that existed and were deleted
    std::vector<std::string> m_checkedKeys; ///< keys whose existence was recorded
};

} // namespace ra

#include "RegistryTransaction.h"

#include "core/TextCodec.h"

#include <algorithm>
#include <exception>

namespace ra {

namespace {
std::string describeValue(const std::optional<RegistryEntry>& v)
{
    if (!v)
        return "(absent)";
    return v->describeData();
}

bool sameValue(const std::optional<RegistryEntry>& a, const std::optional<RegistryEntry>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->type == b->type && a->data == b->data);
}

bool matches(const std::string& key, const std::string& name, const std::string& k2, const std::string& n2)
{
    return text::iequals(key, k2) && text::iequals(name, n2);
}

// Every prefix of a key path, outermost first: A, A\B, A\B\C.
std::vector<std::string> keyChain(const std::string& key)
{
    std::vector<std::string> out;
    for (std::size_t pos = key.find('\\'); pos != std::string::npos; pos = key.find('\\', pos + 1))
        out.push_back(key.substr(0, pos));
    out.push_back(key);
    return out;
}
} // namespace

std::string RegistryChange::describe() const
{
    return key + "\\" + valueName + ": " + describeValue(before) + " -> " + describeValue(after);
}

std::string RegistryApplyResult::summary() const
{
    if (ok && !failedOperation)
        return std::to_string(changes.size()) + (changes.size() == 1 ? " value changed." : " values changed.");
    std::string out;
    if (failedOperation)
        out += "Failed: " + failedOperation->describe() + ": " + error + "\n";
    else if (!error.empty())
        out += "Failed: " + error + "\n";
    if (restored.empty() && restoreErrors.empty())
        out += "Nothing had been changed yet; the registry is as it was.\n";
    for (const auto& r : restored)
        out += "Restored " + r.key + "\\" + r.valueName + " to " + describeValue(r.after) + "\n";
    if (restoreErrors.empty()) {
        if (!restored.empty())
            out += "Every value is back to what it was before.\n";
    } else {
        out += "Could NOT restore:\n";
        for (const auto& e : restoreErrors)
            out += "  " + e + "\n";
    }
    return out;
}

RegistryTransaction::RegistryTransaction(RegistryTarget& target)
    : m_target(target)
{
}

std::vector<RegistryChange> RegistryTransaction::preview(const std::vector<RegistryOperation>& operations) const
{
    std::vector<RegistryChange> sim; // before = current, after = simulated
    auto slot = [&](const std::string& key, const std::string& name) -> RegistryChange& {
        for (auto& c : sim)
            if (matches(c.key, c.valueName, key, name))
                return c;
        auto current = m_target.value(key, name);
        sim.push_back({key, name, current, current});
        return sim.back();
    };
    for (const auto& op : operations) {
        switch (op.kind) {
        case RegistryOperation::Kind::SetValue: {
            RegistryEntry v = op.entry;
            slot(v.key, v.valueName).after = v;
            break;
        }
        case RegistryOperation::Kind::DeleteValue:
            slot(op.entry.key, op.entry.valueName).after.reset();
            break;
        case RegistryOperation::Kind::DeleteKey: {
            if (auto vals = m_target.values(op.entry.key))
                for (const auto& v : *vals)
                    slot(op.entry.key, v.valueName);
            for (auto& c : sim)
                if (text::iequals(c.key, op.entry.key))
                    c.after.reset();
            break;
        }
        }
    }
    std::erase_if(sim, [](const RegistryChange& c) { return sameValue(c.before, c.after); });
    return sim;
}

void RegistryTransaction::rememberValue(const std::string& key, const std::string& valueName,
                                        std::optional<RegistryEntry> value)
{
    for (const auto& o : m_originals)
        if (matches(o.key, o.valueName, key, valueName))
            return;
    m_originals.push_back({key, valueName, std::move(value)});
}

void RegistryTransaction::rememberKeyChain(const std::string& key)
{
    for (const auto& k : keyChain(key)) {
        if (std::any_of(m_checkedKeys.begin(), m_checkedKeys.end(), [&](const std::string& c) { return text::iequals(c, k); }))
            continue;
        m_checkedKeys.push_back(k);
        if (!m_target.keyExists(k))
            m_createdKeys.push_back(k);
    }
}

void RegistryTransaction::remember(const RegistryOperation& op)
{
    const std::string& key = op.entry.key;
    switch (op.kind) {
    case RegistryOperation::Kind::SetValue:
        rememberKeyChain(key);
        rememberValue(key, op.entry.valueName, m_target.value(key, op.entry.valueName));
        break;
    case RegistryOperation::Kind::DeleteValue:
        rememberValue(key, op.entry.valueName, m_target.value(key, op.entry.valueName));
        break;
    case RegistryOperation::Kind::DeleteKey:
        if (auto vals = m_target.values(key)) {
            rememberKeyChain(key);
            for (const auto& v : *vals)
                rememberValue(key, v.valueName, v);
            const bool created = std::any_of(m_createdKeys.begin(), m_createdKeys.end(),
                                             [&](const std::string& c) { return text::iequals(c, key); });
            if (!created)
                m_deletedKeys.push_back(key);
        }
        break;
    }
}

std::vector<RegistryChange> RegistryTransaction::changesSoFar() const
{
    std::vector<RegistryChange> out;
    for (const auto& o : m_originals) {
        std::optional<RegistryEntry> now;
        try {
            now = m_target.value(o.key, o.valueName);
        } catch (const std::exception&) {
            continue;
        }
        if (!sameValue(o.value, now))
            out.push_back({o.key, o.valueName, o.value, now});
    }
    return out;
}

RegistryApplyResult RegistryTransaction::apply(const std::vector<RegistryOperation>& operations)
{
    m_originals.clear();
    m_createdKeys.clear();
    m_deletedKeys.clear();
    m_checkedKeys.clear();
    RegistryApplyResult result;
    for (const auto& op : operations) {
        try {
            remember(op);
            m_target.apply(op);
        } catch (const std::exception& e) {
            result.ok = false;
            result.failedOperation = op;
            result.error = e.what();
            result.changes = changesSoFar();
            restore(result);
            return result;
        }
    }
    result.changes = changesSoFar();
    return result;
}

RegistryApplyResult RegistryTransaction::rollback()
{
    RegistryApplyResult result;
    restore(result);
    result.ok = result.restoreErrors.empty();
    return result;
}

void RegistryTransaction::restore(RegistryApplyResult& result)
{
    // keys the apply deleted come back first (values may be empty)
    for (auto it = m_deletedKeys.rbegin(); it != m_deletedKeys.rend(); ++it) {
        try {
            if (!m_target.keyExists(*it))
                m_target.createKey(*it);
        } catch (const std::exception& e) {
            result.restoreErrors.push_back("key " + *it + ": " + e.what());
        }
    }
    // every value once, in the order first touched (so a re-created key enumerates as before)
    for (auto it = m_originals.begin(); it != m_originals.end(); ++it) {
        std::optional<RegistryEntry> now;
        bool known = true;
        try {
            now = m_target.value(it->key, it->valueName);
        } catch (const std::exception&) {
            known = false;
        }
        if (known && sameValue(now, it->value))
            continue;
        try {
            if (it->value) {
                RegistryEntry v = *it->value;
                v.key = it->key;
                v.valueName = it->valueName;
                m_target.setValue(v);
            } else {
                m_target.deleteValue(it->key, it->valueName);
            }
            result.restored.push_back({it->key, it->valueName, now, it->value});
        } catch (const std::exception& e) {
            result.restoreErrors.push_back(it->key + "\\" + it->valueName + " (should be "
                                           + describeValue(it->value) + "): " + e.what());
        }
    }
    // keys the apply created are removed again, innermost first, when they are empty
    for (auto it = m_createdKeys.rbegin(); it != m_createdKeys.rend(); ++it) {
        try {
            auto vals = m_target.values(*it);
            if (vals && vals->empty() && !m_target.hasSubkeys(*it))
                m_target.deleteKey(*it);
        } catch (const std::exception& e) {
            result.restoreErrors.push_back("key " + *it + " (created by this apply): " + e.what());
        }
    }
    m_originals.clear();
    m_createdKeys.clear();
    m_deletedKeys.clear();
    m_checkedKeys.clear();
}

} // namespace ra

// Qt-free unit tests of the Win32 registry target and the transactional apply against the real
// Win32 registry API — run under Wine by tests/windows (CTest), or on Windows by hand.
// Prints one line per check and "N passed, N failed"; exits 1 when anything failed.
#include "backends/LocalRegistryBackend.h"
#include "core/ChangeSet.h"
#include "core/Error.h"
#include "core/GroupPolicy.h"
#include "core/registry/FaultInjectingRegistry.h"
#include "core/registry/RegistryPlan.h"
#include "core/registry/RegistryTransaction.h"
#include "core/registry/Win32Registry.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace ra;

namespace {

int g_passed = 0;
int g_failed = 0;

void check(bool ok, const std::string& what, const std::string& detail = {})
{
    if (ok) {
        ++g_passed;
        std::printf("PASS %s\n", what.c_str());
    } else {
        ++g_failed;
        std::printf("FAIL %s%s%s\n", what.c_str(), detail.empty() ? "" : ": ", detail.c_str());
    }
}

template <class T>
void checkEqual(const T& actual, const T& expected, const std::string& what);

template <>
void checkEqual(const std::string& actual, const std::string& expected, const std::string& what)
{
    check(actual == expected, what, "got \"" + actual + "\", expected \"" + expected + "\"");
}

void run(const char* name, const std::function<void()>& test)
{
    try {
        test();
    } catch (const std::exception& e) {
        check(false, name, std::string("threw: ") + e.what());
    }
}

const std::string TS = "Software\\Policies\\Microsoft\\Windows NT\\Terminal Services";
const std::string HELP = TS + "\\RAUnsolicit";
const std::string TEST = "Software\\RaConsoleTests";

std::string describe(const std::optional<RegistryEntry>& v)
{
    return v ? regTypeName(v->type) + " " + v->describeData() : std::string("(absent)");
}

// The values under the policy keys as text, sorted (enumeration order is not promised).
std::string snapshot(const RegistryTarget& reg)
{
    std::vector<std::string> lines;
    for (const auto& key : {TS, HELP, TS + "\\RAUnsolicit\\Blocker"}) {
        const auto values = reg.values(key);
        if (!values) {
            lines.push_back(key + " (no key)");
            continue;
        }
        for (const auto& v : *values)
            lines.push_back(key + "\\" + v.valueName + "=" + regTypeName(v.type) + " " + v.describeData());
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines)
        out += l + "\n";
    return out;
}

Configuration offer(std::vector<std::string> helpers)
{
    Configuration c;
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireValue_Edt", std::uint32_t(6));
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_Control_List", std::uint32_t(0));
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", helpers);
    c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
    return c;
}

void clearPolicies(Win32Registry& reg)
{
    for (const auto& v : reg.values(HELP).value_or(std::vector<RegistryEntry>{}))
        reg.deleteValue(HELP, v.valueName);
    for (const auto& v : reg.values(TS).value_or(std::vector<RegistryEntry>{}))
        reg.deleteValue(TS, v.valueName);
}

} // namespace

int main()
{
    Win32Registry reg;

    run("value types round trip", [&] {
        const std::vector<RegistryEntry> values{
            RegistryEntry::dword(TEST, "dw", 0xdeadbeef),
            RegistryEntry::qword(TEST, "qw", 0x0102030405060708ULL),
            RegistryEntry::string(TEST, "sz", "CONTOSO\\J\xc3\xbcrgen \xe2\x82\xac"),
            RegistryEntry::string(TEST, "empty", ""),
            RegistryEntry::string(TEST, "exp", "%SystemRoot%\\System32\\msra.exe", RegType::ExpandSz),
            RegistryEntry::multiString(TEST, "multi", {"one", "tw\xc3\xb6"}),
            RegistryEntry{TEST, "bin", RegType::Binary, {0x00, 0xff, 0x10}},
            RegistryEntry{TEST, "J\xc3\xbcrgen \xe2\x82\xac name", RegType::Dword, {1, 0, 0, 0}},
        };
        for (const auto& v : values)
            reg.setValue(v);
        for (const auto& v : values) {
            const auto back = reg.value(TEST, v.valueName);
            check(back && back->type == v.type && back->data == v.data, "read back " + v.valueName,
                  describe(back) + " instead of " + describe(v));
        }
        const auto all = reg.values(TEST);
        check(all && all->size() == values.size(), "RegEnumValueW lists every value",
              std::to_string(all ? all->size() : 0) + " values");
        // the registry does not promise an enumeration order (Wine sorts by name): look each one up
        if (all)
            for (const auto& v : values)
                check(std::count(all->begin(), all->end(), v) == 1, "RegEnumValueW returned " + v.valueName + " once, unchanged");
        checkEqual(reg.value(TEST, "exp")->asString().value_or("?"), std::string("%SystemRoot%\\System32\\msra.exe"),
                   "REG_EXPAND_SZ is stored unexpanded");
        checkEqual(reg.value(TEST, "SZ")->asString().value_or("?"), std::string("CONTOSO\\J\xc3\xbcrgen \xe2\x82\xac"),
                   "value names compare case-insensitively");
    });

    run("missing keys and values", [&] {
        check(!reg.values(TEST + "\\Missing").has_value(), "values() of a missing key is nullopt");
        check(!reg.value(TEST, "missing").has_value(), "value() of a missing value is nullopt");
        check(!reg.value(TEST + "\\Missing", "x").has_value(), "value() under a missing key is nullopt");
        reg.deleteValue(TEST, "missing");
        reg.deleteValue(TEST + "\\Missing", "x");
        reg.deleteKey(TEST + "\\Missing");
        check(true, "deleting what does not exist is not an error");
        check(!reg.hasSubkeys(TEST + "\\Missing"), "hasSubkeys() of a missing key is false");
    });

    run("delete values and keys", [&] {
        reg.deleteValue(TEST, "dw");
        check(!reg.value(TEST, "dw"), "RegDeleteValueW removed the value");
        reg.setValue(RegistryEntry::dword(TEST + "\\Sub\\Deeper", "x", 1));
        check(reg.hasSubkeys(TEST + "\\Sub"), "RegCreateKeyExW created the parents");
        std::string message;
        try {
            reg.deleteKey(TEST + "\\Sub");
        } catch (const Error& e) {
            message = e.what();
        }
        check(message.rfind("HKEY_LOCAL_MACHINE\\" + TEST + "\\Sub: RegDeleteKeyExW failed: the key has subkeys (", 0) == 0,
              "RegDeleteKeyExW refuses a key with subkeys and says why", message);
        reg.deleteKey(TEST + "\\Sub\\Deeper");
        reg.deleteKey(TEST + "\\Sub");
        check(!reg.keyExists(TEST + "\\Sub"), "RegDeleteKeyExW deleted the keys");
        reg.createKey(TEST + "\\Empty");
        check(reg.keyExists(TEST + "\\Empty") && reg.values(TEST + "\\Empty")->empty(), "createKey() makes an empty key");
    });

    run("apply a configuration and read it back", [&] {
        clearPolicies(reg);
        LocalRegistryOptions options;
        options.registryOnly = true;
        LocalRegistryBackend backend(reg, options);
        const Configuration config = offer({"CONTOSO\\Helpdesk", "CONTOSO\\J\xc3\xbcrgen", "CONTOSO\\Tier2"});
        const ApplyReport r = backend.apply(ChangeSet(config));
        check(r.ok, "apply succeeded", r.error);
        const auto read = GroupPolicy::read(reg.policyValues());
        check(read.configuration.sameEffect(config), "the registry reads back as the same configuration");
        checkEqual(describe(reg.value(TS, "fAllowUnsolicitedFullControl")), std::string("REG_DWORD DWORD:0"),
                   "fAllowUnsolicitedFullControl");
        checkEqual(describe(reg.value(TS, "MaxTicketExpiry")), std::string("REG_DWORD DWORD:6"), "MaxTicketExpiry");
        checkEqual(describe(reg.value(HELP, "CONTOSO\\J\xc3\xbcrgen")), std::string("REG_SZ SZ:CONTOSO\\J\xc3\xbcrgen"),
                   "non-ASCII helper");
        check(RegistryPlan::operations(ChangeSet(config), reg).empty(), "a second apply has nothing to do");

        // shrink the helper list: the stale helpers go, the kept one stays
        const ApplyReport shrink = backend.apply(ChangeSet(offer({"CONTOSO\\Tier2"})));
        check(shrink.ok, "shrinking apply succeeded", shrink.error);
        const auto helpers = reg.helperNames();
        check(helpers == std::vector<std::string>{"CONTOSO\\Tier2"}, "stale helpers are gone",
              std::to_string(helpers.size()) + " helpers left");

        // Not configured removes the values of the policy
        Configuration none = offer({"CONTOSO\\Tier2"});
        none.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::NotConfigured);
        check(backend.apply(ChangeSet(none)).ok, "Not configured apply succeeded");
        check(!reg.value(TS, "fAllowUnsolicited") && !reg.value(TS, "fAllowUnsolicitedFullControl")
                  && reg.helperNames().empty(),
              "Not configured removed fAllowUnsolicited, its option and every helper");
    });

    run("injected failure at every write restores every value", [&] {
        clearPolicies(reg);
        reg.setValue(RegistryEntry::dword(TS, "fDenyTSConnections", 1)); // other software's value
        LocalRegistryOptions options;
        options.registryOnly = true;
        check(LocalRegistryBackend(reg, options).apply(ChangeSet(offer({"CONTOSO\\Old", "CONTOSO\\Keep"}))).ok,
              "starting state applied");
        const std::string before = snapshot(reg);
        const Configuration next = offer({"CONTOSO\\Keep", "CONTOSO\\New"});
        const auto ops = RegistryPlan::operations(ChangeSet(next), reg);
        check(ops.size() == 2, "two writes planned (delete Old, add New)", std::to_string(ops.size()));
        Configuration different = next;
        different.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        different.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireValue_Edt", std::uint32_t(9));
        const auto bigOps = RegistryPlan::operations(ChangeSet(different), reg);
        for (std::size_t n = 1; n <= bigOps.size(); ++n) {
            FaultInjectingRegistry faulty(std::make_unique<Win32Registry>(), int(n));
            const auto result = RegistryTransaction(faulty).apply(bigOps);
            check(!result.ok && result.restoreErrors.empty() && result.restored.size() == n - 1,
                  "failure at write " + std::to_string(n) + " of " + std::to_string(bigOps.size()) + " is rolled back",
                  result.summary());
            checkEqual(snapshot(reg), before, "every value is back after a failure at write " + std::to_string(n));
        }
    });

    run("a real RegDeleteKeyExW failure rolls back", [&] {
        const std::string before = snapshot(reg);
        reg.setValue(RegistryEntry::dword(HELP + "\\Blocker", "x", 1));
        const std::string withBlocker = snapshot(reg);
        const std::vector<RegistryOperation> ops{
            RegistryOperation::set(RegistryEntry::dword(TS, "fAllowToGetHelp", 0)),
            RegistryOperation::deleteValue(HELP, "CONTOSO\\Keep"),
            RegistryOperation::deleteKey(HELP),
        };
        const auto result = RegistryTransaction(reg).apply(ops);
        check(!result.ok && result.failedOperation && result.failedOperation->kind == RegistryOperation::Kind::DeleteKey,
              "deleting a key with subkeys fails", result.summary());
        check(result.restored.size() == 2, "both earlier writes were restored", result.summary());
        checkEqual(snapshot(reg), withBlocker, "every value is back after the RegDeleteKeyExW failure");
        reg.deleteKey(HELP + "\\Blocker");
        checkEqual(snapshot(reg), before, "clean-up");
    });

    run("clean up", [&] {
        clearPolicies(reg);
        for (const auto& v : reg.values(TEST).value_or(std::vector<RegistryEntry>{}))
            reg.deleteValue(TEST, v.valueName);
        reg.deleteKey(TEST + "\\Empty");
        reg.deleteKey(TEST);
        check(!reg.keyExists(TEST), "test key removed");
    });

    std::printf("%d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}

// ra-policy: the command-line tool of the Remote Assistance Policy Console. Qt-free (core and
// backends only), so that it builds for Windows with mingw-w64 and runs in scripts (SCCM, PDQ,
// Intune remediation scripts) and on Linux hosts that prepare files.
#include "CliError.h"
#include "Sources.h"
#include "Targets.h"

#include "backends/LocalRegistryBackend.h"
#include "core/ChangeSet.h"
#include "core/DeploymentTarget.h"
#include "core/Error.h"
#include "core/Firewall.h"
#include "core/Linter.h"
#include "core/Profile.h"
#include "core/Validator.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include "core/TextCodec.h"
#endif

using namespace ra;
using namespace ra::cli;
using json = nlohmann::ordered_json;

namespace {

const char* kExitCodes =
    "Exit codes:\n"
    "  0  done\n"
    "  1  the configuration has validation errors (validate, apply) or lint errors (lint);\n"
    "     apply writes nothing then\n"
    "  2  wrong command line, or a source or target this system or build cannot serve\n"
    "  3  a file or the registry could not be read or written, or a file is malformed\n"
    "  4  apply failed part-way and every change was rolled back (the message lists them)\n";

/// The options every command shares.
struct Options
{
    std::string profile;
    std::vector<std::string> from;
    std::vector<std::string> to;
    std::string name;
    std::string output;
    bool dryRun = false;
    bool json = false;
    bool registryOnly = false;
    // lint target
    std::vector<std::string> editions;
    std::vector<std::string> families;
    bool mdm = false;
    std::uint32_t minimumBuild = 0;
};

void print(const std::string& s)
{
    std::fwrite(s.data(), 1, s.size(), stdout);
}

void printJson(const json& j)
{
    print(j.dump(2) + "\n");
}

json optionJson(const OptionValue& v)
{
    if (const auto* s = std::get_if<std::string>(&v))
        return *s;
    if (const auto* n = std::get_if<std::uint32_t>(&v))
        return *n;
    return json(std::get<std::vector<std::string>>(v));
}

std::string optionText(const Element& e, const OptionValue& v)
{
    if (const auto* s = std::get_if<std::string>(&v))
        return "\"" + *s + "\"";
    if (const auto* n = std::get_if<std::uint32_t>(&v)) {
        if (const EnumItem* item = e.item(*n))
            return item->label + " (" + std::to_string(*n) + ")";
        return std::to_string(*n);
    }
    const auto& list = std::get<std::vector<std::string>>(v);
    if (list.empty())
        return "(none)";
    std::string out;
    for (const auto& item : list)
        out += "\n        " + item;
    return out;
}

std::string stateText(PolicyState s)
{
    switch (s) {
    case PolicyState::NotConfigured: return "Not configured";
    case PolicyState::Enabled: return "Enabled";
    case PolicyState::Disabled: return "Disabled";
    }
    return {};
}

int show(const Options& o)
{
    const SourceConfiguration src = Sources::read(o.profile, o.from);
    const auto& catalog = Catalog::instance();
    if (o.json) {
        json j;
        j["source"] = src.description;
        j["policies"] = json::array();
        for (const Policy& p : catalog.policies()) {
            json pj;
            pj["cspNode"] = p.cspNode;
            pj["gpName"] = p.gpName;
            pj["name"] = p.gpEnglishName;
            pj["included"] = src.included.count(p.id) > 0;
            pj["state"] = std::string(policyStateName(src.configuration.state(p.id)));
            json opts = json::object();
            for (const Element& e : p.elements)
                opts[e.id] = optionJson(src.configuration.option(p.id, e.id));
            pj["options"] = opts;
            j["policies"].push_back(pj);
        }
        j["foreignEntries"] = src.foreignEntries;
        j["notes"] = src.notes;
        printJson(j);
        return ExitOk;
    }
    std::string out = "Source: " + src.description + "\n\n";
    for (const Policy& p : catalog.policies()) {
        const PolicyState state = src.configuration.state(p.id);
        out += p.gpEnglishName + " (" + p.gpName + "): "
            + (src.included.count(p.id) ? stateText(state) : std::string("left alone (not in the profile)")) + "\n";
        if (state != PolicyState::Enabled || !src.included.count(p.id))
            continue;
        for (const Element& e : p.elements)
            out += "    " + e.label + (e.type == ElementType::List ? "" : " ")
                + optionText(e, src.configuration.option(p.id, e.id)) + "\n";
    }
    if (src.foreignEntries)
        out += "\n" + std::to_string(src.foreignEntries) + " entries of other policies were left aside.\n";
    if (!src.notes.empty()) {
        out += "\nNotes:\n";
        for (const auto& n : src.notes)
            out += "  - " + n + "\n";
    }
    print(out);
    return ExitOk;
}

json findingJson(const Finding& f)
{
    json j;
    j["severity"] = std::string(severityName(f.severity));
    j["policy"] = f.policy ? json(Catalog::instance().policy(*f.policy).cspNode) : json(nullptr);
    j["element"] = f.element;
    j["row"] = f.row;
    j["code"] = f.code;
    j["message"] = f.message;
    j["hint"] = f.hint;
    return j;
}

// Prints findings; returns 1 when any is an error.
int report(const std::vector<Finding>& findings, bool asJson, const std::string& what)
{
    const bool errors = Validator::hasErrors(findings);
    if (asJson) {
        json j;
        j["ok"] = !errors;
        j["findings"] = json::array();
        for (const auto& f : findings)
            j["findings"].push_back(findingJson(f));
        printJson(j);
        return errors ? ExitFindings : ExitOk;
    }
    std::string out;
    int counts[3] = {0, 0, 0};
    for (const auto& f : findings) {
        ++counts[static_cast<int>(f.severity)];
        out += std::string(severityName(f.severity)) + ": ";
        if (f.policy)
            out += Catalog::instance().policy(*f.policy).gpName;
        if (!f.element.empty())
            out += " " + f.element;
        if (f.row >= 0)
            out += " row " + std::to_string(f.row + 1);
        out += ": " + f.message + " [" + f.code + "]\n";
        if (!f.hint.empty())
            out += "    hint: " + f.hint + "\n";
    }
    out += what + ": " + std::to_string(counts[2]) + " errors, " + std::to_string(counts[1]) + " warnings, "
        + std::to_string(counts[0]) + " notes\n";
    print(out);
    return errors ? ExitFindings : ExitOk;
}

int validate(const Options& o)
{
    const SourceConfiguration src = Sources::read(o.profile, o.from);
    return report(Validator::validate(src.configuration), o.json, "validate");
}

int lint(const Options& o)
{
    const SourceConfiguration src = Sources::read(o.profile, o.from);
    // a profile's own deployment target (families, editions, oldest build, firewall confirmed);
    // what the command line says replaces its part
    DeploymentTarget deployment = src.target.value_or(DeploymentTarget{});
    if (!o.editions.empty()) {
        deployment.editions.clear();
        for (const auto& e : o.editions) {
            const auto edition = editionFromName(e);
            if (!edition)
                throw UsageError("unknown edition \"" + e + "\"; expected Home, Pro, Business, Enterprise, Education, "
                                                            "Mobile or MobileEnterprise");
            deployment.editions.push_back(*edition);
        }
    }
    if (!o.families.empty()) {
        deployment.families.clear();
        for (const auto& id : o.families) {
            const auto family = Firewall::familyFromId(id);
            if (!family)
                throw UsageError("unknown Windows family \"" + id + "\"; expected vista, xp-sp2 or server2003-sp1");
            deployment.families.push_back(*family);
        }
    }
    if (o.minimumBuild != 0)
        deployment.minimumBuild = o.minimumBuild;
    deployment.normalize();
    return report(Linter::lint(src.configuration, deployment.lintTarget(o.mdm)), o.json, "lint");
}

// The change set for a target. A profile may leave policies out; targets without a scope of
// their own then keep their current settings for those policies.
ChangeSet scopedChanges(Backend& backend, const SourceConfiguration& src, const TargetSpec& spec)
{
    if (src.included.size() == kAllPolicies.size() || Targets::hasOwnScope(spec.kind))
        return ChangeSet(src.configuration);
    const auto current = backend.current();
    Configuration merged = current ? current->configuration : Configuration();
    for (PolicyId id : src.included)
        merged.setSetting(id, src.configuration.setting(id));
    return ChangeSet(merged);
}

int render(const Options& o)
{
    const SourceConfiguration src = Sources::read(o.profile, o.from);
    TargetSpec spec = TargetSpec::parse(o.to, o.name, false);
    spec.scope = src.included;
    Target target = Targets::open(spec);
    const auto items = target.backend->preview(scopedChanges(*target.backend, src, spec));
    if (o.json) {
        json j = json::array();
        for (const auto& item : items)
            j.push_back({{"title", item.title}, {"content", item.text()}});
        printJson(j);
        return ExitOk;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items.size() > 1)
            print("==> " + items[i].title + " <==\n");
        print(items[i].text());
    }
    return ExitOk;
}

json changeJson(const RegistryChange& c)
{
    auto describe = [](const std::optional<RegistryEntry>& v) { return v ? json(v->describeData()) : json(nullptr); };
    return {{"key", c.key}, {"value", c.valueName}, {"before", describe(c.before)}, {"after", describe(c.after)}};
}

int apply(const Options& o)
{
    const SourceConfiguration src = Sources::read(o.profile, o.from);
    TargetSpec spec = TargetSpec::parse(o.to, o.name, true);
    spec.scope = src.included;
    spec.registryOnly = o.registryOnly;

    const auto findings = Validator::validate(src.configuration);
    if (Validator::hasErrors(findings)) {
        if (!o.json)
            print("Nothing was written: the configuration has errors.\n");
        return report(findings, o.json, "validate");
    }

    Target target = Targets::open(spec);
    const ChangeSet changes = scopedChanges(*target.backend, src, spec);
    auto* local = dynamic_cast<LocalRegistryBackend*>(target.backend.get());
    json j;
    j["target"] = spec.describe();
    j["dryRun"] = o.dryRun;

    if (o.dryRun) {
        if (local) {
            const auto diff = local->dryRun(changes);
            j["ok"] = true;
            j["changes"] = json::array();
            for (const auto& c : diff)
                j["changes"].push_back(changeJson(c));
            if (o.json) {
                printJson(j);
                return ExitOk;
            }
            std::string out;
            for (const auto& c : diff)
                out += c.describe() + "\n";
            out += "Dry run: " + std::to_string(diff.size()) + (diff.size() == 1 ? " value" : " values")
                + " would change; nothing was written.\n";
            print(out);
            return ExitOk;
        }
        const auto items = target.backend->preview(changes);
        if (o.json) {
            j["ok"] = true;
            j["preview"] = json::array();
            for (const auto& item : items)
                j["preview"].push_back({{"title", item.title}, {"content", item.text()}});
            printJson(j);
            return ExitOk;
        }
        for (const auto& item : items)
            print("==> " + item.title + " <==\n" + item.text());
        print("Dry run: nothing was written to " + spec.describe() + ".\n");
        return ExitOk;
    }

    const ApplyReport result = target.backend->apply(changes);
    j["ok"] = result.ok;
    j["log"] = noteMessages(result.log);
    if (local) {
        j["changes"] = json::array();
        for (const auto& c : local->lastResult().changes)
            j["changes"].push_back(changeJson(c));
        if (!result.ok) {
            j["failed"] = local->lastResult().failedOperation ? json(local->lastResult().failedOperation->describe()) : json(nullptr);
            j["restored"] = json::array();
            for (const auto& c : local->lastResult().restored)
                j["restored"].push_back(changeJson(c));
            j["restoreErrors"] = local->lastResult().restoreErrors;
        }
    }
    if (!result.ok)
        j["error"] = result.error;
    if (o.json) {
        printJson(j);
    } else {
        std::string out;
        for (const Note& line : result.log)
            out += line.message + "\n";
        print(out);
        if (!result.ok)
            std::fprintf(stderr, "ra-policy: apply to %s failed; every change was rolled back.\n%s",
                         spec.describe().c_str(), result.error.c_str());
        else
            print("Applied to " + spec.describe() + ".\n");
    }
    return result.ok ? ExitOk : ExitRolledBack;
}

std::string environment(const char* a, const char* b)
{
    for (const char* name : {a, b})
        if (const char* v = std::getenv(name); v && *v)
            return v;
    return {};
}

int import(const Options& o)
{
    const SourceConfiguration src = Sources::read(o.profile, o.from);
    Profile profile;
    profile.configuration = src.configuration;
    profile.included = src.included;
    profile.provenance.author = environment("USERNAME", "USER");
    profile.provenance.host = environment("COMPUTERNAME", "HOSTNAME");
    profile.provenance.productVersion = RA_VERSION;
    profile.provenance.created = ProfileFormat::currentUtcTime();
    profile.provenance.modified = profile.provenance.created;
    for (const auto& n : src.notes)
        std::fprintf(stderr, "note: %s\n", n.c_str());
    if (o.output.empty() || o.output == "-") {
        print(ProfileFormat::write(profile));
        return ExitOk;
    }
    ProfileFormat::save(std::filesystem::path(std::u8string(o.output.begin(), o.output.end())), profile);
    if (o.json)
        printJson({{"ok", true}, {"profile", o.output}, {"source", src.description}, {"notes", src.notes}});
    else
        print("Wrote profile " + o.output + " from " + src.description + ".\n");
    return ExitOk;
}

void addSource(CLI::App* cmd, Options& o)
{
    cmd->add_option("--profile", o.profile, "Read the configuration from a profile")->type_name("FILE");
    cmd->add_option("--from", o.from, "Read the configuration from KIND (see Sources below)")
        ->expected(1, 2)
        ->type_name("KIND [PATH]")
        ->allow_extra_args(false);
}

void addTarget(CLI::App* cmd, Options& o, bool pathOptional)
{
    cmd->add_option("--to", o.to,
                    std::string("Deliver to KIND (see Targets below)") + (pathOptional ? "; PATH may be left out" : ""))
        ->expected(1, 2)
        ->type_name("KIND [PATH]")
        ->required();
    cmd->add_option("--name", o.name, "The GPO's (gpo-backup) or Intune profile's (graph-json) display name")->type_name("NAME");
}

int run(int argc, char** argv)
{
    Options o;
    CLI::App app{"ra-policy: check the four Windows Remote Assistance policies (Offer and Solicited Remote\n"
                 "Assistance, session logging, warning messages) and deliver them to the registry, Group Policy\n"
                 "files or MDM.",
                 "ra-policy"};
    app.set_version_flag("--version", std::string("ra-policy ") + RA_VERSION);
    app.require_subcommand(1);
    app.get_formatter()->column_width(30);
    app.footer(std::string("Sources (--profile or --from):\n") + Sources::help() + "\nTargets (--to):\n"
               + Targets::help()
               + "\nExamples:\n"
                 "  ra-policy show --from reg exported.reg\n"
                 "  ra-policy validate --profile helpdesk.json\n"
                 "  ra-policy apply --profile helpdesk.json --to registry --dry-run\n"
                 "  ra-policy apply --from pol Registry.pol --to reg helpdesk.reg\n"
                 "  ra-policy render --profile helpdesk.json --to syncml\n\n"
               + kExitCodes + "\nRun 'ra-policy COMMAND --help' for the options of a command.");

    auto* showCmd = app.add_subcommand("show", "Print a configuration: each policy's state and options");
    auto* validateCmd = app.add_subcommand("validate", "Check every value (lengths, ranges, helper names); exit 1 on errors");
    auto* lintCmd = app.add_subcommand("lint", "Check for mistakes across policies and for the target machines; exit 1 on errors");
    auto* renderCmd = app.add_subcommand("render", "Print what a target would receive, without writing anything");
    auto* applyCmd = app.add_subcommand("apply", "Validate, then deliver the configuration to a target (all or nothing)");
    auto* importCmd = app.add_subcommand("import", "Read a configuration from a target and save it as a profile");
    for (auto* cmd : {showCmd, validateCmd, lintCmd, renderCmd, applyCmd, importCmd}) {
        addSource(cmd, o);
        cmd->add_flag("--json", o.json, "Print machine-readable JSON instead of text");
        cmd->footer(std::string("Sources:\n") + Sources::help() + "\n" + kExitCodes);
    }
    lintCmd->add_option("--edition", o.editions, "An edition it will reach (repeatable): Home, Pro, Enterprise, ...")
        ->type_name("EDITION");
    lintCmd->add_flag("--mdm", o.mdm, "The configuration is delivered through MDM (Policy CSP)");
    lintCmd->add_option("--min-build", o.minimumBuild, "The oldest Windows build it will reach, e.g. 14393")
        ->type_name("BUILD");
    lintCmd->add_option("--family", o.families,
                        "A Windows family of the helped computers (repeatable): vista, xp-sp2, server2003-sp1")
        ->type_name("FAMILY");
    lintCmd->footer(std::string("A profile's deployment target (families, editions, oldest build, firewall exceptions\n"
                                "confirmed as deployed) is used; --edition, --family and --min-build replace its part.\n\n")
                    + "Sources:\n" + Sources::help() + "\n" + kExitCodes);
    addTarget(renderCmd, o, true);
    addTarget(applyCmd, o, false);
    applyCmd->add_flag("--dry-run", o.dryRun, "Show what would change and write nothing");
    applyCmd->add_flag("--registry-only", o.registryOnly,
                       "With --to registry: leave the Local Group Policy object alone");
    importCmd->add_option("-o,--output", o.output, "The profile to write (standard output if left out)")->type_name("FILE");
    for (auto* cmd : {renderCmd, applyCmd})
        cmd->footer(std::string("Sources:\n") + Sources::help() + "\nTargets:\n" + Targets::help() + "\n" + kExitCodes);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? ExitOk : ExitUsage;
    }

    try {
        if (*showCmd)
            return show(o);
        if (*validateCmd)
            return validate(o);
        if (*lintCmd)
            return lint(o);
        if (*renderCmd)
            return render(o);
        if (*applyCmd)
            return apply(o);
        if (*importCmd)
            return import(o);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "ra-policy: %s\nRun 'ra-policy --help' for the usage.\n", e.what());
        return ExitUsage;
    } catch (const Error& e) {
        std::fprintf(stderr, "ra-policy: %s\n", e.what());
        return ExitIo;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ra-policy: %s\n", e.what());
        return ExitIo;
    }
    return ExitUsage;
}

} // namespace

#ifdef _WIN32
int wmain(int argc, wchar_t** wargv)
{
    SetConsoleOutputCP(CP_UTF8);
    std::vector<std::string> args;
    for (int i = 0; i < argc; ++i) {
        const std::wstring w(wargv[i]);
        args.push_back(text::toUtf8(std::u16string(w.begin(), w.end())));
    }
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    return run(argc, argv.data());
}
#else
int main(int argc, char** argv)
{
    return run(argc, argv);
}
#endif

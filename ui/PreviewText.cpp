#include "PreviewText.h"

namespace ra::ui {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

QString data(const std::optional<ra::RegistryEntry>& e)
{
    if (!e)
        return {};
    std::string target;
    switch (ra::controlCode(e->valueName, &target)) {
    case ra::ControlCode::DeleteValue: return PreviewText::tr("(deletes %1)").arg(q(target));
    case ra::ControlCode::DeleteAllValues: return PreviewText::tr("(deletes every value of the key)");
    default: return q(e->describeData());
    }
}
} // namespace

QString PreviewText::text(const ra::Note& note)
{
    const auto a = [&](std::size_t i) { return q(note.args.at(i)); };
    const std::string& code = note.code;
    const std::size_t n = note.args.size();
    if (code == "file" && n == 1)
        return a(0);
    if (code == "registry-changes" && n == 1)
        return tr("Changes to %1").arg(a(0));
    if (code == "graph-request" && n == 1)
        return tr("Microsoft Graph request body (%1)").arg(a(0));
    if (code == "pol-as-lgpo" && n == 1)
        return tr("%1 shown as LGPO text").arg(a(0));
    if (code == "pol-as-lgpo-kept" && n == 2)
        return tr("%1 shown as LGPO text; %2 entries of other policies kept").arg(a(0), a(1));
    if (code == "registry-values" && n == 1)
        return tr("The values under the policy keys of %1").arg(a(0));
    if (code == "current-backup" && n == 4)
        return tr("Compared with %1 of backup %2 (\"%3\", %4), the newest in the folder").arg(a(0), a(1), a(2), a(3));
    if (code == "current-unreadable" && n == 1)
        return tr("The file there cannot be read: %1").arg(a(0));
    return q(note.message);
}

QString PreviewText::valueChange(const ra::ValueChange& change)
{
    const QString name = q(change.key) + QLatin1Char('\\') + q(change.valueName);
    switch (change.kind) {
    case ra::ValueChange::Kind::Added: return tr("+ Added %1 = %2").arg(name, data(change.after));
    case ra::ValueChange::Kind::Changed: return tr("~ Changed %1: %2 -> %3").arg(name, data(change.before), data(change.after));
    case ra::ValueChange::Kind::Removed: return tr("- Removed %1 (was %2)").arg(name, data(change.before));
    }
    return name;
}

} // namespace ra::ui

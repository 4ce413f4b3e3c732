#include "Backend.h"

namespace ra {

std::string PreviewItem::text() const
{
    if (caption.message.empty())
        return content;
    return "; " + caption.message + "\r\n\r\n" + content;
}

PreviewItem PreviewItem::file(const std::string& name, std::string content)
{
    PreviewItem item;
    item.kind = Kind::File;
    item.title = name;
    item.content = std::move(content);
    item.label = Note("file", {name}, name);
    return item;
}

Note PreviewItem::polAsLgpo(const std::string& name)
{
    return {"pol-as-lgpo", {name}, name + " shown as LGPO text"};
}

Note PreviewItem::polAsLgpo(const std::string& name, std::size_t kept)
{
    const std::string n = std::to_string(kept);
    return {"pol-as-lgpo-kept", {name, n}, name + " shown as LGPO text; " + n + " entries of other policies kept"};
}

Note PreviewItem::unreadable(const std::string& error)
{
    return {"current-unreadable", {error}, "The file there cannot be read: " + error};
}

ProgressStep ProgressStep::writing(const std::string& path)
{
    return {"write", {path}, "Writing " + path};
}

ProgressStep ProgressStep::wrote(const std::string& path)
{
    return {"wrote", {path}, "Wrote " + path};
}

ProgressStep ProgressStep::reading(const std::string& path)
{
    return {"read", {path}, "Reading " + path};
}

ProgressStep ProgressStep::updating(const std::string& path)
{
    return {"update", {path}, "Updating " + path};
}

ProgressStep ProgressStep::writingBackup(const std::string& path)
{
    return {"write-backup", {path}, "Writing the backup to " + path};
}

ProgressStep ProgressStep::writingRegistry(std::size_t changes)
{
    const std::string n = std::to_string(changes);
    return {"write-registry", {n}, "Writing " + n + (changes == 1 ? " registry change" : " registry changes")};
}

ProgressStep ProgressStep::updatingLocalGpo()
{
    return {"update-local-gpo", {}, "Updating the Local Group Policy object"};
}

ProgressStep ProgressStep::done()
{
    return {"done", {}, "Done"};
}

} // namespace ra

#include "Backend.h"

namespace ra {

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

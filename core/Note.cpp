#include "Note.h"

namespace ra {

Note::Note(std::string message)
    : message(std::move(message))
{
}

Note::Note(const char* message)
    : message(message)
{
}

Note::Note(std::string code, std::vector<std::string> args, std::string message)
    : code(std::move(code))
    , args(std::move(args))
    , message(std::move(message))
{
}

std::vector<std::string> noteMessages(const std::vector<Note>& notes)
{
    std::vector<std::string> out;
    out.reserve(notes.size());
    for (const Note& n : notes)
        out.push_back(n.message);
    return out;
}

} // namespace ra

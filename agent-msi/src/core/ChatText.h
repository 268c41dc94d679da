// ChatText: the text rules of the chat (docs/protocol.md, "Chat"): what the end user
// typed becomes a {"type":"chat","text"} message (trimmed, at most 2000 characters,
// nothing when empty), and messages become transcript lines. Portable, UTF-8.
#pragma once

#include <string>

namespace adhoc {

class ChatText {
public:
    static constexpr std::size_t kMaxUnits = 2000;  // UTF-16 units, as Windows edit boxes count

    // Trimmed and cut to kMaxUnits (never inside a character); empty means "send nothing".
    static std::string outgoing(const std::string& typed);
    // {"type":"chat","text":"..."}
    static std::string message(const std::string& text);
    // "[10:15] Anna Bianchi: text" and CR LF, with every line break as CR LF (edit boxes
    // show nothing else).
    static std::string transcriptLine(const std::string& clock, const std::string& who, const std::string& text);
};

}  // namespace adhoc

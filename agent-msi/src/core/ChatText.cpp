// ChatText: see ChatText.h.
#include "ChatText.h"

#include "Json.h"

namespace adhoc {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::string ChatText::outgoing(const std::string& typed) {
    std::size_t first = 0, last = typed.size();
    while (first < last && isSpace(typed[first])) ++first;
    while (last > first && isSpace(typed[last - 1])) --last;
    std::string text;
    std::size_t units = 0;
    for (std::size_t i = first; i < last;) {
        unsigned char lead = static_cast<unsigned char>(typed[i]);
        std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        std::size_t needed = length == 4 ? 2 : 1;
        if (units + needed > kMaxUnits || i + length > last) break;
        text.append(typed, i, length);
        units += needed;
        i += length;
    }
    return text;
}

std::string ChatText::message(const std::string& text) {
    Json chat = Json::object();
    chat.set("type", Json::string("chat"));
    chat.set("text", Json::string(text));
    return chat.dump();
}

std::string ChatText::transcriptLine(const std::string& clock, const std::string& who, const std::string& text) {
    std::string line = "[" + clock + "] " + who + ": ";
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') continue;
        if (text[i] == '\n') line += '\r';
        line += text[i];
    }
    return line + "\r\n";
}

}  // namespace adhoc

// DeploymentToken: see DeploymentToken.h.
#include "DeploymentToken.h"

namespace adhoc {

namespace {

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n' || s[b] == '"' ||
                     s[b] == '<'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n' ||
                     s[e - 1] == '"' || s[e - 1] == '>'))
        --e;
    return s.substr(b, e - b);
}

}  // namespace

bool DeploymentToken::isTokenChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

bool DeploymentToken::isValid(const std::string& token) {
    if (token.size() != kLength) return false;
    for (char c : token)
        if (!isTokenChar(c)) return false;
    return true;
}

std::string DeploymentToken::exactAt(const std::string& text, std::size_t pos) {
    if (pos + kLength > text.size()) return {};
    for (std::size_t i = 0; i < kLength; ++i)
        if (!isTokenChar(text[pos + i])) return {};
    if (pos + kLength < text.size() && isTokenChar(text[pos + kLength])) return {};
    return text.substr(pos, kLength);
}

std::string DeploymentToken::fromInstallerPath(const std::string& path) {
    std::size_t slash = path.find_last_of("\\/");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    static const std::string prefix = "adhocsupport_";
    if (name.size() < prefix.size()) return {};
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return {};
    }
    // The token must be followed by the extension or by a browser's copy suffix.
    std::string token = exactAt(name, prefix.size());
    if (token.empty()) return {};
    std::string rest = name.substr(prefix.size() + kLength);
    if (rest.empty() || rest[0] == '.' || rest[0] == ' ' || rest[0] == '(') return token;
    return {};
}

std::string DeploymentToken::fromLink(const std::string& link) {
    std::string text = trim(link);
    if (isValid(text)) return text;
    std::size_t pos = text.rfind("/d/");
    if (pos == std::string::npos) return {};
    std::string token = exactAt(text, pos + 3);
    if (token.empty()) return {};
    std::size_t end = pos + 3 + kLength;
    if (end == text.size() || text[end] == '?' || text[end] == '#' || text[end] == '/') return token;
    return {};
}

}  // namespace adhoc

// NodeRoute: see NodeRoute.h.
#include "NodeRoute.h"

namespace adhoc {

namespace {

bool isNodeName(const std::string& text) {
    if (text.empty() || text.size() > NodeRoute::kMaxNameLength) return false;
    for (char c : text) {
        bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                       c == '_' || c == '-';
        if (!allowed) return false;
    }
    return true;
}

}  // namespace

std::string NodeRoute::nodeName(const Json& field) {
    if (!field.isString() || !isNodeName(field.asString())) return {};
    return field.asString();
}

std::string NodeRoute::cookieHeader(const std::string& node) {
    if (!isNodeName(node)) return {};
    return "Cookie: ADHOC_NODE=" + node;
}

}  // namespace adhoc

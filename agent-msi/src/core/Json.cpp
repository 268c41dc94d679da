// Json: parser and serializer, see Json.h.
#include "Json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace adhoc {

namespace {

const Json& sharedNull() {
    static const Json value;
    return value;
}

const std::string& emptyString() {
    static const std::string value;
    return value;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class Parser {
public:
    Parser(const std::string& text, int maxDepth) : text_(text), maxDepth_(maxDepth) {}

    bool document(Json& out) {
        skipSpace();
        if (!value(out, 0)) return false;
        skipSpace();
        if (pos_ != text_.size()) return fail("trailing characters");
        return true;
    }

    std::string error;

private:
    bool fail(const char* why) {
        if (error.empty()) error = std::string(why) + " at offset " + std::to_string(pos_);
        return false;
    }

    void skipSpace() {
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
            ++pos_;
        }
    }

    bool literal(const char* word) {
        std::size_t n = 0;
        while (word[n]) ++n;
        if (text_.compare(pos_, n, word) != 0) return fail("invalid literal");
        pos_ += n;
        return true;
    }

    bool value(Json& out, int depth) {
        if (depth > maxDepth_) return fail("nesting too deep");
        if (pos_ >= text_.size()) return fail("unexpected end");
        char c = text_[pos_];
        if (c == '{') return object(out, depth);
        if (c == '[') return array(out, depth);
        if (c == '"') {
            std::string s;
            if (!string(s)) return false;
            out = Json::string(std::move(s));
            return true;
        }
        if (c == 't') { out = Json::boolean(true); return literal("true"); }
        if (c == 'f') { out = Json::boolean(false); return literal("false"); }
        if (c == 'n') { out = Json::null(); return literal("null"); }
        if (c == '-' || (c >= '0' && c <= '9')) return number(out);
        return fail("unexpected character");
    }

    bool object(Json& out, int depth) {
        out = Json::object();
        ++pos_;  // '{'
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == '}') { ++pos_; return true; }
        for (;;) {
            skipSpace();
            if (pos_ >= text_.size() || text_[pos_] != '"') return fail("expected key");
            std::string key;
            if (!string(key)) return false;
            skipSpace();
            if (pos_ >= text_.size() || text_[pos_] != ':') return fail("expected ':'");
            ++pos_;
            skipSpace();
            Json member;
            if (!value(member, depth + 1)) return false;
            out.set(key, std::move(member));
            skipSpace();
            if (pos_ >= text_.size()) return fail("unterminated object");
            if (text_[pos_] == ',') { ++pos_; continue; }
            if (text_[pos_] == '}') { ++pos_; return true; }
            return fail("expected ',' or '}'");
        }
    }

    bool array(Json& out, int depth) {
        out = Json::array();
        ++pos_;  // '['
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == ']') { ++pos_; return true; }
        for (;;) {
            skipSpace();
            Json item;
            if (!value(item, depth + 1)) return false;
            out.push(std::move(item));
            skipSpace();
            if (pos_ >= text_.size()) return fail("unterminated array");
            if (text_[pos_] == ',') { ++pos_; continue; }
            if (text_[pos_] == ']') { ++pos_; return true; }
            return fail("expected ',' or ']'");
        }
    }

    bool hex4(std::uint32_t& cp) {
        if (pos_ + 4 > text_.size()) return fail("short \\u escape");
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            char h = text_[pos_++];
            cp <<= 4;
            if (h >= '0' && h <= '9') cp |= static_cast<std::uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f') cp |= static_cast<std::uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') cp |= static_cast<std::uint32_t>(h - 'A' + 10);
            else return fail("bad hex digit");
        }
        return true;
    }

    bool string(std::string& out) {
        ++pos_;  // opening quote
        while (pos_ < text_.size()) {
            char c = text_[pos_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
            if (c != '\\') { out += c; continue; }
            if (pos_ >= text_.size()) break;
            char e = text_[pos_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        std::uint32_t low = 0;
                        if (pos_ + 2 > text_.size() || text_[pos_] != '\\' || text_[pos_ + 1] != 'u')
                            return fail("lone high surrogate");
                        pos_ += 2;
                        if (!hex4(low)) return false;
                        if (low < 0xDC00 || low > 0xDFFF) return fail("bad low surrogate");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return fail("lone low surrogate");
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default: return fail("bad escape");
            }
        }
        return fail("unterminated string");
    }

    bool number(Json& out) {
        std::size_t start = pos_;
        bool isReal = false;
        if (text_[pos_] == '-') ++pos_;
        if (pos_ >= text_.size() || !isdigit(text_[pos_])) return fail("bad number");
        if (text_[pos_] == '0') ++pos_;
        else while (pos_ < text_.size() && isdigit(text_[pos_])) ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '.') {
            isReal = true;
            ++pos_;
            if (pos_ >= text_.size() || !isdigit(text_[pos_])) return fail("bad fraction");
            while (pos_ < text_.size() && isdigit(text_[pos_])) ++pos_;
        }
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            isReal = true;
            ++pos_;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
            if (pos_ >= text_.size() || !isdigit(text_[pos_])) return fail("bad exponent");
            while (pos_ < text_.size() && isdigit(text_[pos_])) ++pos_;
        }
        std::string literalText = text_.substr(start, pos_ - start);
        if (!isReal && literalText.size() <= 18) {
            out = Json::integer(std::strtoll(literalText.c_str(), nullptr, 10));
        } else {
            out = Json::real(std::strtod(literalText.c_str(), nullptr));
        }
        return true;
    }

    static bool isdigit(char c) { return c >= '0' && c <= '9'; }

    const std::string& text_;
    int maxDepth_;
    std::size_t pos_ = 0;
};

}  // namespace

Json Json::boolean(bool value) { Json j; j.kind_ = Kind::Bool; j.bool_ = value; return j; }
Json Json::integer(std::int64_t value) { Json j; j.kind_ = Kind::Integer; j.int_ = value; return j; }
Json Json::real(double value) { Json j; j.kind_ = Kind::Real; j.real_ = value; return j; }
Json Json::string(std::string value) {
    Json j;
    j.kind_ = Kind::String;
    j.string_ = std::move(value);
    return j;
}
Json Json::array() { Json j; j.kind_ = Kind::Array; return j; }
Json Json::object() { Json j; j.kind_ = Kind::Object; return j; }

const std::string& Json::asString() const {
    return kind_ == Kind::String ? string_ : emptyString();
}

std::int64_t Json::asInteger(std::int64_t fallback) const {
    if (kind_ == Kind::Integer) return int_;
    if (kind_ == Kind::Real && std::isfinite(real_)) return static_cast<std::int64_t>(real_);
    return fallback;
}

bool Json::asBool(bool fallback) const { return kind_ == Kind::Bool ? bool_ : fallback; }

const Json& Json::get(const std::string& key) const {
    for (const auto& m : members_)
        if (m.first == key) return m.second;
    return sharedNull();
}

bool Json::has(const std::string& key) const {
    for (const auto& m : members_)
        if (m.first == key) return true;
    return false;
}

Json& Json::set(const std::string& key, Json value) {
    kind_ = Kind::Object;
    for (auto& m : members_) {
        if (m.first == key) {
            m.second = std::move(value);
            return *this;
        }
    }
    members_.emplace_back(key, std::move(value));
    return *this;
}

void Json::push(Json value) {
    kind_ = Kind::Array;
    items_.push_back(std::move(value));
}

std::string Json::dump() const {
    std::string out;
    dumpTo(out);
    return out;
}

void Json::dumpTo(std::string& out) const {
    switch (kind_) {
        case Kind::Null: out += "null"; break;
        case Kind::Bool: out += bool_ ? "true" : "false"; break;
        case Kind::Integer: out += std::to_string(int_); break;
        case Kind::Real: {
            if (!std::isfinite(real_)) { out += "null"; break; }
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.17g", real_);
            out += buf;
            break;
        }
        case Kind::String: appendJsonString(out, string_); break;
        case Kind::Array: {
            out += '[';
            for (std::size_t i = 0; i < items_.size(); ++i) {
                if (i) out += ',';
                items_[i].dumpTo(out);
            }
            out += ']';
            break;
        }
        case Kind::Object: {
            out += '{';
            for (std::size_t i = 0; i < members_.size(); ++i) {
                if (i) out += ',';
                appendJsonString(out, members_[i].first);
                out += ':';
                members_[i].second.dumpTo(out);
            }
            out += '}';
            break;
        }
    }
}

bool Json::parse(const std::string& text, Json& out, std::string* error, int maxDepth) {
    Parser parser(text, maxDepth);
    Json result;
    if (!parser.document(result)) {
        out = Json();
        if (error) *error = parser.error;
        return false;
    }
    out = std::move(result);
    return true;
}

void Json::wipe() {
    for (auto& c : string_) c = '\0';
    string_.clear();
    for (auto& item : items_) item.wipe();
    for (auto& m : members_) m.second.wipe();
}

void appendJsonString(std::string& out, const std::string& text) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    for (char ch : text) {
        unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xF];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

}  // namespace adhoc

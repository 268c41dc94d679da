// Json: a JSON value for the control messages of docs/protocol.md and the local pipe between
// the service and the app, held and parsed by nlohmann/json (ordered, so encoded messages
// keep their member order and are easy to compare in tests). Portable (no Windows headers).
//
// Everything the server sends is parsed here, so nothing in this class throws on input:
// parse() refuses malformed, non-UTF-8 or too deeply nested documents, and the typed
// accessors fall back when a value is missing or of another kind.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace adhoc {

class Json {
public:
    enum class Kind { Null, Bool, Integer, Real, String, Array, Object };

    Json() = default;
    // A copy is a value of its own, even of a view; moving keeps a view a view.
    Json(const Json& other) : value_(other.node()) {}
    Json(Json&& other) noexcept = default;
    Json& operator=(const Json& other);
    Json& operator=(Json&& other) noexcept;
    static Json boolean(bool value);
    static Json integer(std::int64_t value);
    static Json string(std::string value);
    static Json array();
    static Json object();

    Kind kind() const;
    bool isNull() const { return kind() == Kind::Null; }
    bool isObject() const { return kind() == Kind::Object; }
    bool isString() const { return kind() == Kind::String; }
    bool isNumber() const { return kind() == Kind::Integer || kind() == Kind::Real; }
    bool isBool() const { return kind() == Kind::Bool; }

    // Typed accessors with a fallback when the value has another kind.
    const std::string& asString() const;
    std::int64_t asInteger(std::int64_t fallback = 0) const;
    bool asBool(bool fallback = false) const;

    // Object access. get() returns a null value when the key is missing. get() and items()
    // return views into this value, not copies (a secret is not copied by reading it): like
    // references, they are valid while this value lives unchanged; copy one to keep it.
    Json get(const std::string& key) const;
    bool has(const std::string& key) const;
    std::string getString(const std::string& key) const { return get(key).asString(); }
    Json& set(const std::string& key, Json value);

    // Array access.
    void push(Json value);
    std::vector<Json> items() const;

    // Compact; invalid UTF-8 in a string becomes U+FFFD rather than an exception.
    std::string dump() const;

    // Parses a complete document. Returns false (and leaves `out` null) on any syntax
    // error, invalid UTF-8, trailing garbage or nesting deeper than maxDepth.
    static bool parse(const std::string& text, Json& out, int maxDepth = 32);

    // Overwrites string contents with zeros; used for values that carried secrets.
    void wipe();

private:
    using Value = nlohmann::ordered_json;

    explicit Json(Value value) : value_(std::move(value)) {}
    static Json viewOf(const Value& node);
    const Value& node() const { return view_ ? *view_ : value_; }
    Value& owned();
    Value take() &&;

    Value value_;
    const Value* view_ = nullptr;  // set when this Json is a view into another one's value_
};

}  // namespace adhoc

// Json: a small JSON value with a strict parser and a compact serializer.
//
// Used for the control messages of docs/protocol.md and for the local pipe between
// the service and the app. Portable (no Windows headers). Objects keep insertion order
// so encoded messages are stable and easy to compare in tests.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace adhoc {

class Json {
public:
    enum class Kind { Null, Bool, Integer, Real, String, Array, Object };

    Json() = default;
    static Json null() { return Json(); }
    static Json boolean(bool value);
    static Json integer(std::int64_t value);
    static Json real(double value);
    static Json string(std::string value);
    static Json array();
    static Json object();

    Kind kind() const { return kind_; }
    bool isNull() const { return kind_ == Kind::Null; }
    bool isObject() const { return kind_ == Kind::Object; }
    bool isString() const { return kind_ == Kind::String; }
    bool isNumber() const { return kind_ == Kind::Integer || kind_ == Kind::Real; }
    bool isBool() const { return kind_ == Kind::Bool; }

    // Typed accessors with a fallback when the value has another kind.
    const std::string& asString() const;
    std::int64_t asInteger(std::int64_t fallback = 0) const;
    bool asBool(bool fallback = false) const;

    // Object access. get() returns a shared null value when the key is missing.
    const Json& get(const std::string& key) const;
    bool has(const std::string& key) const;
    std::string getString(const std::string& key) const { return get(key).asString(); }
    Json& set(const std::string& key, Json value);
    const std::vector<std::pair<std::string, Json>>& members() const { return members_; }

    // Array access.
    void push(Json value);
    const std::vector<Json>& items() const { return items_; }

    std::string dump() const;

    // Parses a complete document. Returns false (and leaves `out` null) on any syntax
    // error, trailing garbage or nesting deeper than maxDepth; `error` says why.
    static bool parse(const std::string& text, Json& out, std::string* error = nullptr,
                      int maxDepth = 32);

    // Overwrites string contents with zeros; used for values that carried secrets.
    void wipe();

private:
    void dumpTo(std::string& out) const;

    Kind kind_ = Kind::Null;
    bool bool_ = false;
    std::int64_t int_ = 0;
    double real_ = 0.0;
    std::string string_;
    std::vector<Json> items_;
    std::vector<std::pair<std::string, Json>> members_;
};

// Appends `text` to `out` as a quoted JSON string with escapes.
void appendJsonString(std::string& out, const std::string& text);

}  // namespace adhoc

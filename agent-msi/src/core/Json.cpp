// Json: see Json.h.
#include "Json.h"

#include <cmath>
#include <limits>

namespace adhoc {

namespace {

using Value = nlohmann::ordered_json;

const Value& nullValue() {
    static const Value value;
    return value;
}

const std::string& emptyString() {
    static const std::string value;
    return value;
}

void wipeStrings(Value& value) {
    if (value.is_string()) {
        std::string& s = value.get_ref<std::string&>();
        for (auto& c : s) c = '\0';
        s.clear();
    } else if (value.is_structured()) {
        for (Value& child : value) wipeStrings(child);
    }
}

}  // namespace

Json Json::boolean(bool value) { return Json(Value(value)); }
Json Json::integer(std::int64_t value) { return Json(Value(value)); }
Json Json::string(std::string value) { return Json(Value(std::move(value))); }
Json Json::array() { return Json(Value::array()); }
Json Json::object() { return Json(Value::object()); }

Json Json::viewOf(const Value& node) {
    Json view;
    view.view_ = &node;
    return view;
}

Json& Json::operator=(const Json& other) {
    value_ = other.node();  // nlohmann copies before it replaces, so other may view into this
    view_ = nullptr;
    return *this;
}

Json& Json::operator=(Json&& other) noexcept {
    if (other.view_) {
        Value copy = *other.view_;  // other may view into this value
        value_ = std::move(copy);
    } else {
        value_ = std::move(other.value_);
    }
    view_ = nullptr;
    return *this;
}

Json::Value& Json::owned() {
    if (view_) {
        value_ = *view_;
        view_ = nullptr;
    }
    return value_;
}

Json::Value Json::take() && {
    return view_ ? *view_ : std::move(value_);
}

Json::Kind Json::kind() const {
    const Value& v = node();
    switch (v.type()) {
        case Value::value_t::boolean: return Kind::Bool;
        case Value::value_t::number_integer: return Kind::Integer;
        // Beyond the int64 range a number is not an integer for the agent (nor for Java).
        case Value::value_t::number_unsigned:
            return v.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                       ? Kind::Integer
                       : Kind::Real;
        case Value::value_t::number_float: return Kind::Real;
        case Value::value_t::string: return Kind::String;
        case Value::value_t::array: return Kind::Array;
        case Value::value_t::object: return Kind::Object;
        default: return Kind::Null;
    }
}

const std::string& Json::asString() const {
    return node().is_string() ? node().get_ref<const std::string&>() : emptyString();
}

std::int64_t Json::asInteger(std::int64_t fallback) const {
    switch (kind()) {
        case Kind::Integer: return node().get<std::int64_t>();
        case Kind::Real: {
            double real = node().get<double>();
            // A fraction is cut; what no int64 can hold falls back.
            if (!std::isfinite(real) || std::fabs(real) >= 9.2e18) return fallback;
            return static_cast<std::int64_t>(real);
        }
        default: return fallback;
    }
}

bool Json::asBool(bool fallback) const { return node().is_boolean() ? node().get<bool>() : fallback; }

Json Json::get(const std::string& key) const {
    const Value& v = node();
    auto found = v.find(key);  // end() when v is not an object
    return viewOf(found != v.end() ? *found : nullValue());
}

bool Json::has(const std::string& key) const { return node().contains(key); }

Json& Json::set(const std::string& key, Json value) {
    Value& v = owned();
    if (!v.is_object()) v = Value::object();
    v[key] = std::move(value).take();
    return *this;
}

void Json::push(Json value) {
    Value& v = owned();
    if (!v.is_array()) v = Value::array();
    v.push_back(std::move(value).take());
}

std::vector<Json> Json::items() const {
    std::vector<Json> views;
    if (node().is_array())
        for (const Value& item : node()) views.push_back(viewOf(item));
    return views;
}

std::string Json::dump() const {
    return node().dump(-1, ' ', false, Value::error_handler_t::replace);
}

bool Json::parse(const std::string& text, Json& out, int maxDepth) {
    out = Json();
    // The callback sees every value with its depth (the root is 0); a document that goes
    // deeper is refused. The parser keeps its own stack, so depth cannot overflow ours.
    bool tooDeep = false;
    Value::parser_callback_t depthLimit = [&tooDeep, maxDepth](int depth, Value::parse_event_t, Value&) {
        if (depth > maxDepth) tooDeep = true;
        return !tooDeep;
    };
    Value value = Value::parse(text, depthLimit, /*allow_exceptions=*/false);
    if (value.is_discarded() || tooDeep) {
        wipeStrings(value);
        return false;
    }
    out.value_ = std::move(value);
    return true;
}

void Json::wipe() {
    if (!view_) wipeStrings(value_);
}

}  // namespace adhoc

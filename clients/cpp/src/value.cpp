#include "supvisors/value.hpp"

#include <string>

#include "supvisors/errors.hpp"

namespace supvisors {

namespace {

[[noreturn]] void wrong_kind(const Value& v, std::string_view wanted) {
    throw DecodeError("Value: expected " + std::string(wanted) + ", got " + std::string(v.kind_name()));
}

}  // namespace

std::string_view Value::kind_name() const noexcept {
    switch (kind()) {
        case Kind::Int: return "int";
        case Kind::Boolean: return "boolean";
        case Kind::Double: return "double";
        case Kind::String: return "string";
        case Kind::Array: return "array";
        case Kind::Struct: return "struct";
    }
    return "?";
}

int Value::as_int() const {
    if (!is_int()) wrong_kind(*this, "int");
    return std::get<int>(data_);
}

bool Value::as_boolean() const {
    if (!is_boolean()) wrong_kind(*this, "boolean");
    return std::get<bool>(data_);
}

double Value::as_double() const {
    if (!is_double()) wrong_kind(*this, "double");
    return std::get<double>(data_);
}

const std::string& Value::as_string() const {
    if (!is_string()) wrong_kind(*this, "string");
    return std::get<std::string>(data_);
}

const Value::Array& Value::as_array() const {
    if (!is_array()) wrong_kind(*this, "array");
    return std::get<Array>(data_);
}

const Value::Struct& Value::as_struct() const {
    if (!is_struct()) wrong_kind(*this, "struct");
    return std::get<Struct>(data_);
}

}  // namespace supvisors

// Value: a decoded XML-RPC value of the spec's `any` type (system.multicall, ConfigInfo.uid).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace supvisors {

/// An XML-RPC value whose type is only known at run time: int, boolean, double, string, array or
/// struct (the types supervisor sends; XML-RPC's nil, i8, dateTime and base64 are not used).
class Value {
public:
    using Array = std::vector<Value>;
    using Struct = std::map<std::string, Value>;
    enum class Kind { Int, Boolean, Double, String, Array, Struct };

    Value() : data_(0) {}
    Value(int v) : data_(v) {}                   // NOLINT(google-explicit-constructor)
    Value(bool v) : data_(v) {}                  // NOLINT(google-explicit-constructor)
    Value(double v) : data_(v) {}                // NOLINT(google-explicit-constructor)
    Value(std::string v) : data_(std::move(v)) {}  // NOLINT(google-explicit-constructor)
    Value(const char* v) : data_(std::string(v)) {}  // NOLINT: not a bool
    Value(Array v) : data_(std::move(v)) {}      // NOLINT(google-explicit-constructor)
    Value(Struct v) : data_(std::move(v)) {}     // NOLINT(google-explicit-constructor)

    Kind kind() const noexcept { return static_cast<Kind>(data_.index()); }
    /// "int", "boolean", "double", "string", "array" or "struct".
    std::string_view kind_name() const noexcept;

    bool is_int() const noexcept { return kind() == Kind::Int; }
    bool is_boolean() const noexcept { return kind() == Kind::Boolean; }
    bool is_double() const noexcept { return kind() == Kind::Double; }
    bool is_string() const noexcept { return kind() == Kind::String; }
    bool is_array() const noexcept { return kind() == Kind::Array; }
    bool is_struct() const noexcept { return kind() == Kind::Struct; }

    // Accessors throw DecodeError when the value is of another kind.
    int as_int() const;
    bool as_boolean() const;
    double as_double() const;
    const std::string& as_string() const;
    const Array& as_array() const;
    const Struct& as_struct() const;

    friend bool operator==(const Value& a, const Value& b) { return a.data_ == b.data_; }
    friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

private:
    std::variant<int, bool, double, std::string, Array, Struct> data_;
};

}  // namespace supvisors

// Name and code conversions shared by every enum of the spec (enums.hpp, generated, specializes
// EnumTraits<E> and declares a to_string(E) overload for each).
#pragma once

#include <optional>
#include <string_view>

namespace supvisors {

/// Specialized for every enum E of the spec: `name` (the spec's name) and `values` (every value,
/// in spec order).
template <class E>
struct EnumTraits;

/// The wire code of an enum value.
template <class E>
constexpr int code(E v) noexcept {
    return static_cast<int>(v);
}

/// The value of E whose code is `code`, or nullopt.
template <class E>
std::optional<E> from_code(int code) noexcept {
    for (E v : EnumTraits<E>::values) {
        if (static_cast<int>(v) == code) return v;
    }
    return std::nullopt;
}

/// The value of E named `name` (exact spec name, e.g. "RUNNING"), or nullopt.
template <class E>
std::optional<E> from_string(std::string_view name) noexcept {
    for (E v : EnumTraits<E>::values) {
        if (to_string(v) == name) return v;
    }
    return std::nullopt;
}

}  // namespace supvisors

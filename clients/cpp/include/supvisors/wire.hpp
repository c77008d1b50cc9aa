// Strict decoding of replies and encoding of parameters, used by the generated code (codec.hpp).
//
// Codec<T>::decode(value, where) returns the typed value or throws DecodeError naming the place
// (e.g. "supervisor.getState.statecode") and the problem; Codec<T>::encode(v) returns the wire
// value. Unknown struct keys are ignored; a missing required key or a wrong type is an error.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xmlrpc-c/base.hpp>

#include "supvisors/enums.hpp"
#include "supvisors/errors.hpp"
#include "supvisors/value.hpp"

namespace supvisors::wire {

/// The XML-RPC type name of a value ("int", "string", "struct"...).
std::string type_name(const xmlrpc_c::value& v);

/// DecodeError "<where>: expected <expected>, got <type> <short preview>".
[[noreturn]] void fail(const std::string& where, std::string_view expected, const xmlrpc_c::value& v);

template <class T>
struct Codec;  // specialized below for scalars and arrays, in codec.hpp (generated) for the rest

template <class T>
T decode(const xmlrpc_c::value& v, const std::string& where) {
    return Codec<T>::decode(v, where);
}

template <class T>
xmlrpc_c::value encode(const T& v) {
    return Codec<T>::encode(v);
}

template <>
struct Codec<int> {
    static int decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(int v) { return xmlrpc_c::value_int(v); }
};

template <>
struct Codec<bool> {
    static bool decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(bool v) { return xmlrpc_c::value_boolean(v); }
};

template <>
struct Codec<double> {
    /// Accepts an int too (a double that happens to be integral may travel as an int).
    static double decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(double v) { return xmlrpc_c::value_double(v); }
};

/// A time of the spec: int seconds since the epoch on the wire (0, the epoch itself, means never).
/// Decoding refuses a double or a boolean (as Codec<int>); encoding sends the whole seconds (rounded
/// down) and throws std::out_of_range for a time point outside the 32-bit range of XML-RPC ints.
template <>
struct Codec<std::chrono::system_clock::time_point> {
    static std::chrono::system_clock::time_point decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(std::chrono::system_clock::time_point v);
};

template <>
struct Codec<std::string> {
    static std::string decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const std::string& v) { return xmlrpc_c::value_string(v); }
};

template <>
struct Codec<Value> {
    static Value decode(const xmlrpc_c::value& v, const std::string& where);
    static xmlrpc_c::value encode(const Value& v);
};

template <class T>
struct Codec<std::vector<T>> {
    static std::vector<T> decode(const xmlrpc_c::value& v, const std::string& where) {
        if (v.type() != xmlrpc_c::value::TYPE_ARRAY) fail(where, "array", v);
        const std::vector<xmlrpc_c::value> items = xmlrpc_c::value_array(v).vectorValueValue();
        std::vector<T> out;
        out.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            out.push_back(Codec<T>::decode(items[i], where + "[" + std::to_string(i) + "]"));
        }
        return out;
    }
    static xmlrpc_c::value encode(const std::vector<T>& v) {
        std::vector<xmlrpc_c::value> items;
        items.reserve(v.size());
        for (const T& item : v) items.push_back(Codec<T>::encode(item));
        return xmlrpc_c::value_array(items);
    }
};

/// Codec of an enum of the spec: an int code on the wire; an unknown code is a DecodeError.
template <class E>
struct EnumCodec {
    static E decode(const xmlrpc_c::value& v, const std::string& where) {
        const int code = Codec<int>::decode(v, where);
        const std::optional<E> e = from_code<E>(code);
        if (!e) {
            throw DecodeError(where + ": " + std::to_string(code) + " is not a code of " +
                              std::string(EnumTraits<E>::name));
        }
        return *e;
    }
    /// The code is sent as is (an enum may hold a code unknown to the spec: the server refuses it).
    static xmlrpc_c::value encode(E v) { return xmlrpc_c::value_int(static_cast<int>(v)); }
};

// ---- helpers of the generated struct codecs

/// The members of an XML-RPC struct, or DecodeError if v is not a struct.
xmlrpc_c::cstruct as_struct(const xmlrpc_c::value& v, const std::string& where, std::string_view name);

/// The items of a positional array of exactly n items, or DecodeError.
xmlrpc_c::carray as_tuple(const xmlrpc_c::value& v, const std::string& where, std::size_t n,
                          std::string_view name);

/// Decode the required member key of m (DecodeError naming the field if it is missing).
template <class T>
T field(const xmlrpc_c::cstruct& m, const char* key, const std::string& where, std::string_view name) {
    const auto it = m.find(key);
    if (it == m.end()) {
        throw DecodeError(where + ": missing field '" + key + "' of " + std::string(name));
    }
    return Codec<T>::decode(it->second, where + "." + key);
}

/// Decode the optional member key of m (nullopt if it is missing).
template <class T>
std::optional<T> optional_field(const xmlrpc_c::cstruct& m, const char* key, const std::string& where) {
    const auto it = m.find(key);
    if (it == m.end()) return std::nullopt;
    return Codec<T>::decode(it->second, where + "." + key);
}

}  // namespace supvisors::wire

// JSON plumbing of the testee: Json<T> converts typed values to and from JSON in the wire shape
// (json_codec.hpp, generated, specializes it for the spec's enums and structs).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "supvisors/enums.hpp"
#include "supvisors/value.hpp"

namespace supvisors::testee {

/// The request cannot be served as written: bad JSON, unknown method, params that do not fit.
class RequestError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

template <class T>
struct Json;

template <class T>
nlohmann::json encode_json(const T& v) {
    return Json<T>::to(v);
}

template <class T>
T decode_json(const nlohmann::json& j, const std::string& where) {
    return Json<T>::from(j, where);
}

[[noreturn]] inline void bad(const std::string& where, const std::string& expected, const nlohmann::json& j) {
    throw RequestError(where + ": expected " + expected + ", got " + j.type_name() + " " +
                       j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).substr(0, 80));
}

template <>
struct Json<int> {
    static nlohmann::json to(int v) { return v; }
    static int from(const nlohmann::json& j, const std::string& where) {
        if (!j.is_number_integer()) bad(where, "int", j);
        if (j.is_number_unsigned()) {
            if (j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
                bad(where, "a 32-bit int", j);
            }
        } else {
            const auto v = j.get<std::int64_t>();
            if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) bad(where, "a 32-bit int", j);
        }
        return j.get<int>();
    }
};

template <>
struct Json<bool> {
    static nlohmann::json to(bool v) { return v; }
    static bool from(const nlohmann::json& j, const std::string& where) {
        if (!j.is_boolean()) bad(where, "boolean", j);
        return j.get<bool>();
    }
};

template <>
struct Json<double> {
    static nlohmann::json to(double v) { return v; }
    static double from(const nlohmann::json& j, const std::string& where) {
        if (!j.is_number()) bad(where, "number", j);
        return j.get<double>();
    }
};

/// A time of the spec in the wire shape: int seconds since the epoch (rounded down).
template <>
struct Json<std::chrono::system_clock::time_point> {
    static nlohmann::json to(std::chrono::system_clock::time_point v) {
        return static_cast<std::int64_t>(std::chrono::floor<std::chrono::seconds>(v.time_since_epoch()).count());
    }
    static std::chrono::system_clock::time_point from(const nlohmann::json& j, const std::string& where) {
        return std::chrono::system_clock::time_point(std::chrono::seconds(Json<int>::from(j, where)));
    }
};

template <>
struct Json<std::string> {
    static nlohmann::json to(const std::string& v) { return v; }
    static std::string from(const nlohmann::json& j, const std::string& where) {
        if (!j.is_string()) bad(where, "string", j);
        return j.get<std::string>();
    }
};

template <>
struct Json<Value> {
    static nlohmann::json to(const Value& v) {
        switch (v.kind()) {
            case Value::Kind::Int: return v.as_int();
            case Value::Kind::Boolean: return v.as_boolean();
            case Value::Kind::Double: return v.as_double();
            case Value::Kind::String: return v.as_string();
            case Value::Kind::Array: {
                nlohmann::json out = nlohmann::json::array();
                for (const Value& item : v.as_array()) out.push_back(to(item));
                return out;
            }
            case Value::Kind::Struct: {
                nlohmann::json out = nlohmann::json::object();
                for (const auto& [key, item] : v.as_struct()) out[key] = to(item);
                return out;
            }
        }
        return nullptr;
    }
    /// JSON integers become ints (they must fit 32 bits), other numbers doubles; null is refused
    /// (XML-RPC has no nil).
    static Value from(const nlohmann::json& j, const std::string& where) {
        if (j.is_boolean()) return Value(j.get<bool>());
        if (j.is_number_integer()) return Value(Json<int>::from(j, where));
        if (j.is_number()) return Value(j.get<double>());
        if (j.is_string()) return Value(j.get<std::string>());
        if (j.is_array()) {
            Value::Array out;
            for (std::size_t i = 0; i < j.size(); ++i) out.push_back(from(j[i], where + "[" + std::to_string(i) + "]"));
            return Value(std::move(out));
        }
        if (j.is_object()) {
            Value::Struct out;
            for (const auto& [key, item] : j.items()) out.emplace(key, from(item, where + "." + key));
            return Value(std::move(out));
        }
        bad(where, "a value XML-RPC can carry", j);
    }
};

template <class T>
struct Json<std::vector<T>> {
    static nlohmann::json to(const std::vector<T>& v) {
        nlohmann::json out = nlohmann::json::array();
        for (const T& item : v) out.push_back(Json<T>::to(item));
        return out;
    }
    static std::vector<T> from(const nlohmann::json& j, const std::string& where) {
        if (!j.is_array()) bad(where, "array", j);
        std::vector<T> out;
        for (std::size_t i = 0; i < j.size(); ++i) out.push_back(Json<T>::from(j[i], where + "[" + std::to_string(i) + "]"));
        return out;
    }
};

/// Enums travel as their int code; a request may also name the value (e.g. "LESS_LOADED"). An int
/// unknown to the spec is passed on as is: refusing it is the server's job (e.g. BAD_STRATEGY).
template <class E>
struct EnumJson {
    static nlohmann::json to(E v) { return static_cast<int>(v); }
    static E from(const nlohmann::json& j, const std::string& where) {
        if (j.is_string()) {
            const std::optional<E> v = from_string<E>(j.get<std::string>());
            if (!v) bad(where, "a name of " + std::string(EnumTraits<E>::name), j);
            return *v;
        }
        return static_cast<E>(Json<int>::from(j, where));
    }
};

inline void check_object(const nlohmann::json& j, const std::string& where, const std::string& name) {
    if (!j.is_object()) bad(where, "object " + name, j);
}

inline void check_tuple(const nlohmann::json& j, const std::string& where, std::size_t n, const std::string& name) {
    if (!j.is_array() || j.size() != n) bad(where, "array of " + std::to_string(n) + " items (" + name + ")", j);
}

template <class T>
T member(const nlohmann::json& j, const char* key, const std::string& where, const std::string& name) {
    const auto it = j.find(key);
    if (it == j.end()) throw RequestError(where + ": missing field '" + key + "' of " + name);
    return Json<T>::from(*it, where + "." + key);
}

template <class T>
std::optional<T> optional_member(const nlohmann::json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end()) return std::nullopt;
    return Json<T>::from(*it, where + "." + key);
}

/// Refuse params that are not an array of min..max items.
inline void check_arity(const nlohmann::json& params, std::size_t min, std::size_t max) {
    if (!params.is_array()) bad("params", "array", params);
    if (params.size() < min || params.size() > max) {
        throw RequestError("params: expected " +
                           (min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max)) +
                           " items, got " + std::to_string(params.size()));
    }
}

template <class T>
T argument(const nlohmann::json& params, std::size_t index, const char* name) {
    return Json<T>::from(params[index], std::string("params[") + std::to_string(index) + "] (" + name + ")");
}

}  // namespace supvisors::testee

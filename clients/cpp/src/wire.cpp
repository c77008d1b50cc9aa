#include "supvisors/wire.hpp"

#include <limits>
#include <sstream>
#include <stdexcept>

namespace supvisors::wire {

namespace {

/// A short, printable preview of a scalar value for error messages.
std::string preview(const xmlrpc_c::value& v) {
    std::ostringstream out;
    switch (v.type()) {
        case xmlrpc_c::value::TYPE_INT: out << xmlrpc_c::value_int(v).cvalue(); break;
        case xmlrpc_c::value::TYPE_BOOLEAN: out << (xmlrpc_c::value_boolean(v).cvalue() ? "true" : "false"); break;
        case xmlrpc_c::value::TYPE_DOUBLE: out << xmlrpc_c::value_double(v).cvalue(); break;
        case xmlrpc_c::value::TYPE_I8: out << xmlrpc_c::value_i8(v).cvalue(); break;
        case xmlrpc_c::value::TYPE_STRING: {
            std::string s = xmlrpc_c::value_string(v).cvalue();
            if (s.size() > 40) s = s.substr(0, 40) + "...";
            out << "'" << s << "'";
            break;
        }
        default: return "";
    }
    return " " + out.str();
}

}  // namespace

std::string type_name(const xmlrpc_c::value& v) {
    switch (v.type()) {
        case xmlrpc_c::value::TYPE_INT: return "int";
        case xmlrpc_c::value::TYPE_BOOLEAN: return "boolean";
        case xmlrpc_c::value::TYPE_DOUBLE: return "double";
        case xmlrpc_c::value::TYPE_DATETIME: return "dateTime.iso8601";
        case xmlrpc_c::value::TYPE_STRING: return "string";
        case xmlrpc_c::value::TYPE_BYTESTRING: return "base64";
        case xmlrpc_c::value::TYPE_ARRAY: return "array";
        case xmlrpc_c::value::TYPE_STRUCT: return "struct";
        case xmlrpc_c::value::TYPE_NIL: return "nil";
        case xmlrpc_c::value::TYPE_I8: return "i8";
        default: return "unknown type";
    }
}

void fail(const std::string& where, std::string_view expected, const xmlrpc_c::value& v) {
    throw DecodeError(where + ": expected " + std::string(expected) + ", got " + type_name(v) + preview(v));
}

int Codec<int>::decode(const xmlrpc_c::value& v, const std::string& where) {
    if (v.type() != xmlrpc_c::value::TYPE_INT) fail(where, "int", v);
    return xmlrpc_c::value_int(v).cvalue();
}

bool Codec<bool>::decode(const xmlrpc_c::value& v, const std::string& where) {
    if (v.type() != xmlrpc_c::value::TYPE_BOOLEAN) fail(where, "boolean", v);
    return xmlrpc_c::value_boolean(v).cvalue();
}

double Codec<double>::decode(const xmlrpc_c::value& v, const std::string& where) {
    if (v.type() == xmlrpc_c::value::TYPE_INT) return xmlrpc_c::value_int(v).cvalue();
    if (v.type() != xmlrpc_c::value::TYPE_DOUBLE) fail(where, "double", v);
    return xmlrpc_c::value_double(v).cvalue();
}

std::chrono::system_clock::time_point Codec<std::chrono::system_clock::time_point>::decode(
    const xmlrpc_c::value& v, const std::string& where) {
    if (v.type() != xmlrpc_c::value::TYPE_INT) fail(where, "int (seconds since the epoch)", v);
    return std::chrono::system_clock::time_point(std::chrono::seconds(xmlrpc_c::value_int(v).cvalue()));
}

xmlrpc_c::value Codec<std::chrono::system_clock::time_point>::encode(std::chrono::system_clock::time_point v) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(v.time_since_epoch()).count();
    if (seconds < std::numeric_limits<int>::min() || seconds > std::numeric_limits<int>::max()) {
        throw std::out_of_range("time point does not fit an XML-RPC 32-bit int of seconds");
    }
    return xmlrpc_c::value_int(static_cast<int>(seconds));
}

std::string Codec<std::string>::decode(const xmlrpc_c::value& v, const std::string& where) {
    if (v.type() != xmlrpc_c::value::TYPE_STRING) fail(where, "string", v);
    return xmlrpc_c::value_string(v).cvalue();
}

Value Codec<Value>::decode(const xmlrpc_c::value& v, const std::string& where) {
    switch (v.type()) {
        case xmlrpc_c::value::TYPE_INT: return Value(xmlrpc_c::value_int(v).cvalue());
        case xmlrpc_c::value::TYPE_BOOLEAN: return Value(xmlrpc_c::value_boolean(v).cvalue());
        case xmlrpc_c::value::TYPE_DOUBLE: return Value(xmlrpc_c::value_double(v).cvalue());
        case xmlrpc_c::value::TYPE_STRING: return Value(xmlrpc_c::value_string(v).cvalue());
        case xmlrpc_c::value::TYPE_ARRAY: {
            const std::vector<xmlrpc_c::value> items = xmlrpc_c::value_array(v).vectorValueValue();
            Value::Array out;
            out.reserve(items.size());
            for (std::size_t i = 0; i < items.size(); ++i) {
                out.push_back(decode(items[i], where + "[" + std::to_string(i) + "]"));
            }
            return Value(std::move(out));
        }
        case xmlrpc_c::value::TYPE_STRUCT: {
            Value::Struct out;
            for (const auto& [key, item] : xmlrpc_c::value_struct(v).cvalue()) {
                out.emplace(key, decode(item, where + "." + key));
            }
            return Value(std::move(out));
        }
        default: fail(where, "int, boolean, double, string, array or struct", v);
    }
}

xmlrpc_c::value Codec<Value>::encode(const Value& v) {
    switch (v.kind()) {
        case Value::Kind::Int: return xmlrpc_c::value_int(v.as_int());
        case Value::Kind::Boolean: return xmlrpc_c::value_boolean(v.as_boolean());
        case Value::Kind::Double: return xmlrpc_c::value_double(v.as_double());
        case Value::Kind::String: return xmlrpc_c::value_string(v.as_string());
        case Value::Kind::Array: {
            std::vector<xmlrpc_c::value> items;
            for (const Value& item : v.as_array()) items.push_back(encode(item));
            return xmlrpc_c::value_array(items);
        }
        case Value::Kind::Struct: {
            xmlrpc_c::cstruct members;
            for (const auto& [key, item] : v.as_struct()) members.emplace(key, encode(item));
            return xmlrpc_c::value_struct(members);
        }
    }
    throw DecodeError("Value: unknown kind");
}

xmlrpc_c::cstruct as_struct(const xmlrpc_c::value& v, const std::string& where, std::string_view name) {
    if (v.type() != xmlrpc_c::value::TYPE_STRUCT) fail(where, "struct " + std::string(name), v);
    return xmlrpc_c::value_struct(v).cvalue();
}

xmlrpc_c::carray as_tuple(const xmlrpc_c::value& v, const std::string& where, std::size_t n,
                          std::string_view name) {
    const std::string expected = "array of " + std::to_string(n) + " items (" + std::string(name) + ")";
    if (v.type() != xmlrpc_c::value::TYPE_ARRAY) fail(where, expected, v);
    xmlrpc_c::carray items = xmlrpc_c::value_array(v).vectorValueValue();
    if (items.size() != n) {
        throw DecodeError(where + ": expected " + expected + ", got an array of " + std::to_string(items.size()));
    }
    return items;
}

}  // namespace supvisors::wire

#include "supvisors/json_value.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <limits>
#include <map>
#include <vector>

#include "supvisors/errors.hpp"

namespace supvisors::wire {

namespace {

constexpr int kMaxDepth = 64;

class Parser {
public:
    Parser(const std::string& text, const std::string& where) : text_(text), where_(where) {}

    xmlrpc_c::value document() {
        check_utf8();
        space();
        xmlrpc_c::value v = value(0);
        space();
        if (pos_ != text_.size()) fail("trailing data");
        return v;
    }

private:
    const std::string& text_;
    const std::string& where_;
    std::size_t pos_ = 0;

    [[noreturn]] void fail(const std::string& problem) const {
        throw DecodeError(where_ + ": not JSON: " + problem + " at offset " + std::to_string(pos_));
    }

    void check_utf8() {
        const auto* s = reinterpret_cast<const unsigned char*>(text_.data());
        const std::size_t n = text_.size();
        for (std::size_t i = 0; i < n;) {
            const unsigned char c = s[i];
            std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
            if (len == 0 || i + len > n) {
                pos_ = i;
                fail("not UTF-8");
            }
            std::uint32_t cp = len == 1 ? c : c & (0x7F >> len);
            for (std::size_t k = 1; k < len; ++k) {
                if ((s[i + k] & 0xC0) != 0x80) {
                    pos_ = i;
                    fail("not UTF-8");
                }
                cp = (cp << 6) | (s[i + k] & 0x3F);
            }
            const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
            if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                pos_ = i;
                fail("not UTF-8");
            }
            i += len;
        }
    }

    bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

    void space() {
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) {
            ++pos_;
        }
    }

    void expect(char c) {
        if (!at(c)) fail(std::string("'") + c + "' is due");
        ++pos_;
    }

    xmlrpc_c::value value(int depth) {
        if (depth > kMaxDepth) fail("nested too deep");
        if (pos_ >= text_.size()) fail("unexpected end");
        const char c = text_[pos_];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') {
            const std::size_t start = pos_;
            const std::string text = string();
            try {
                return xmlrpc_c::value_string(text);
            } catch (const std::exception& exc) {  // xmlrpc-c holds only the Basic Multilingual Plane
                pos_ = start;
                fail(std::string("a string that xmlrpc-c cannot hold (") + exc.what() + ")");
            }
        }
        if (text_.compare(pos_, 4, "true") == 0) {
            pos_ += 4;
            return xmlrpc_c::value_boolean(true);
        }
        if (text_.compare(pos_, 5, "false") == 0) {
            pos_ += 5;
            return xmlrpc_c::value_boolean(false);
        }
        if (text_.compare(pos_, 4, "null") == 0) {
            pos_ += 4;
            return xmlrpc_c::value_nil();
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        fail(std::string("unexpected character '") + c + "'");
    }

    xmlrpc_c::value object(int depth) {
        std::map<std::string, xmlrpc_c::value> members;
        ++pos_;
        space();
        if (at('}')) {
            ++pos_;
            return xmlrpc_c::value_struct(members);
        }
        while (true) {
            space();
            if (!at('"')) fail("a key is due");
            std::string key = string();
            space();
            expect(':');
            space();
            xmlrpc_c::value v = value(depth + 1);
            if (!members.emplace(key, v).second) fail("duplicate key '" + key + "'");
            space();
            if (at(',')) {
                ++pos_;
                continue;
            }
            expect('}');
            try {
                return xmlrpc_c::value_struct(members);
            } catch (const std::exception& exc) {  // a key outside the Basic Multilingual Plane
                fail(std::string("an object that xmlrpc-c cannot hold (") + exc.what() + ")");
            }
        }
    }

    xmlrpc_c::value array(int depth) {
        std::vector<xmlrpc_c::value> items;
        ++pos_;
        space();
        if (at(']')) {
            ++pos_;
            return xmlrpc_c::value_array(items);
        }
        while (true) {
            space();
            items.push_back(value(depth + 1));
            space();
            if (at(',')) {
                ++pos_;
                continue;
            }
            expect(']');
            return xmlrpc_c::value_array(items);
        }
    }

    unsigned hex4() {
        if (pos_ + 4 > text_.size()) fail("short \\u escape");
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = text_[pos_++];
            code <<= 4;
            if (h >= '0' && h <= '9') code |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') code |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') code |= unsigned(h - 'A' + 10);
            else fail("bad \\u escape");
        }
        return code;
    }

    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    std::string string() {
        ++pos_;  // the opening quote
        std::string out;
        while (true) {
            if (pos_ >= text_.size()) fail("unterminated string");
            const char c = text_[pos_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
            if (c != '\\') {
                out += c;  // UTF-8 was checked as a whole
                continue;
            }
            if (pos_ >= text_.size()) fail("unterminated escape");
            const char e = text_[pos_++];
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
                    std::uint32_t cp = hex4();
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (text_.compare(pos_, 2, "\\u") != 0) fail("lone surrogate");
                        pos_ += 2;
                        const unsigned low = hex4();
                        if (low < 0xDC00 || low > 0xDFFF) fail("lone surrogate");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        fail("lone surrogate");
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: fail(std::string("bad escape '\\") + e + "'");
            }
        }
    }

    std::size_t digits() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
        return pos_ - start;
    }

    xmlrpc_c::value number() {
        const std::size_t start = pos_;
        if (at('-')) ++pos_;
        if (at('0')) {
            ++pos_;
        } else if (digits() == 0) {
            fail("bad number");
        }
        bool integral = true;
        if (at('.')) {
            integral = false;
            ++pos_;
            if (digits() == 0) fail("bad number");
        }
        if (at('e') || at('E')) {
            integral = false;
            ++pos_;
            if (at('+') || at('-')) ++pos_;
            if (digits() == 0) fail("bad number");
        }
        const std::string literal = text_.substr(start, pos_ - start);
        if (integral) {
            errno = 0;
            char* end = nullptr;
            const long long v = std::strtoll(literal.c_str(), &end, 10);
            if (errno == 0) {
                if (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max()) {
                    return xmlrpc_c::value_int(static_cast<int>(v));
                }
                return xmlrpc_c::value_i8(v);
            }
        }
        return xmlrpc_c::value_double(std::strtod(literal.c_str(), nullptr));
    }
};

}  // namespace

xmlrpc_c::value parse_json(const std::string& text, const std::string& where) {
    return Parser(text, where).document();
}

}  // namespace supvisors::wire

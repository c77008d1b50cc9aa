// A Caller that answers with recorded XML-RPC replies (tests/recorded/*.xml) and remembers the
// calls, so that the generated namespace classes are tested end to end without a server.
#pragma once

#include <string>
#include <vector>

#include "supvisors/caller.hpp"

namespace supvisors::testing {

/// The text of tests/recorded/<name>.xml.
std::string recorded(const std::string& name);

class RecordedCaller : public Caller {
public:
    /// The next call gets the reply of tests/recorded/<name>.xml (a result or a fault).
    void answer_with(const std::string& name) { reply_xml_ = recorded(name); }
    /// The next call gets this value as its result.
    void answer_with(const xmlrpc_c::value& value) { reply_value_ = value; reply_xml_.clear(); }

    xmlrpc_c::value call(const std::string& method, const xmlrpc_c::paramList& params) override;

    std::string last_method;
    std::vector<xmlrpc_c::value> last_params;

private:
    std::string reply_xml_;
    xmlrpc_c::value reply_value_;
};

}  // namespace supvisors::testing

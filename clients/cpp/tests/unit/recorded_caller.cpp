#include "recorded_caller.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <xmlrpc-c/xml.hpp>

#include "supvisors/faults.hpp"

namespace supvisors::testing {

std::string recorded(const std::string& name) {
    const std::string path = std::string(SUPVISORS_RECORDED_DIR) + "/" + name + ".xml";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("no recorded reply " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

xmlrpc_c::value RecordedCaller::call(const std::string& method, const xmlrpc_c::paramList& params) {
    last_method = method;
    last_params.clear();
    for (unsigned int i = 0; i < params.size(); ++i) last_params.push_back(params[i]);
    if (reply_xml_.empty()) return reply_value_;
    xmlrpc_c::rpcOutcome outcome;
    xmlrpc_c::xml::parseResponse(reply_xml_, &outcome);
    if (!outcome.succeeded()) throw_fault(outcome.getFault().getCode(), outcome.getFault().getDescription());
    return outcome.getResult();
}

}  // namespace supvisors::testing

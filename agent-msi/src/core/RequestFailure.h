// RequestFailure: a File Manager or Dashboard request that could not be done, thrown by the
// handlers' work and answered as {"type":"failed","id":n,"code":"...","message":"..."}
// (docs/protocol.md). Codes: ACCESS_DENIED, NOT_FOUND, EXISTS, DISK_FULL, PATH_TOO_LONG,
// INVALID_PATH, IN_USE, FAILED; the message is plain English for the technician.
#pragma once

#include <stdexcept>
#include <string>

#include "Json.h"

namespace adhoc {

class RequestFailure : public std::runtime_error {
public:
    RequestFailure(std::string code, const std::string& message)
        : std::runtime_error(message), code_(std::move(code)) {}

    const std::string& code() const { return code_; }

    Json answer(const Json& id) const {
        Json failed = Json::object();
        failed.set("type", Json::string("failed"));
        failed.set("id", id);
        failed.set("code", Json::string(code_));
        failed.set("message", Json::string(what()));
        return failed;
    }

private:
    std::string code_;
};

}  // namespace adhoc

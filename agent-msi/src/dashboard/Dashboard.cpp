// Dashboard: see Dashboard.h.
#include "Dashboard.h"

#include <set>

#include "../core/RequestFailure.h"
#include "../win32/Logger.h"
#include "EventLog.h"
#include "ProcessList.h"
#include "ServiceList.h"
#include "SoftwareList.h"
#include "SystemReport.h"

namespace adhoc::dashboard {

namespace {

const std::set<std::string> kRequests = {"system", "processes", "endProcess", "services", "service", "software",
                                         "events"};

}  // namespace

bool Dashboard::onText(const Json& message) {
    if (kRequests.count(message.getString("type")) == 0) return false;
    requests_.post([this, message] { handle(message); });
    return true;
}

void Dashboard::handle(const Json& request) {
    const Json& id = request.get("id");
    try {
        peer_.sendText(answer(request).dump());
    } catch (const RequestFailure& failure) {
        peer_.sendText(failure.answer(id).dump());
    } catch (const std::exception& error) {
        win32::Logger::error("dashboard: " + request.getString("type") + " failed: " + error.what());
        peer_.sendText(RequestFailure("FAILED", std::string("The request failed: ") + error.what()).answer(id).dump());
    }
}

Json Dashboard::answer(const Json& request) {
    const std::string type = request.getString("type");
    Json reply = Json::object();
    reply.set("type", Json::string(type));
    reply.set("id", request.get("id"));
    if (type == "system") {
        SystemReport::addTo(reply);
    } else if (type == "processes") {
        reply.set("processes", ProcessList::list());
    } else if (type == "endProcess") {
        const Json& pid = request.get("pid");
        if (pid.kind() != Json::Kind::Integer) throw RequestFailure("FAILED", "endProcess needs a numeric pid.");
        ProcessList::end(pid.asInteger());
        reply.set("type", Json::string("done"));
    } else if (type == "services") {
        reply.set("services", ServiceList::list());
    } else if (type == "service") {
        ServiceList::control(request.getString("name"), request.getString("action"));
        reply.set("type", Json::string("done"));
    } else if (type == "software") {
        reply.set("software", SoftwareList::list());
    } else {
        reply.set("events", EventLog::latestSystemErrors(50));
    }
    return reply;
}

}  // namespace adhoc::dashboard

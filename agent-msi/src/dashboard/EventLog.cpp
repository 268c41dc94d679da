// EventLog: see EventLog.h.
#include "EventLog.h"

#include <windows.h>
#include <winevt.h>

#include <vector>

#include "../core/FileTime.h"
#include "../core/RequestFailure.h"
#include "../win32/Handle.h"
#include "../win32/TextConvert.h"

namespace adhoc::dashboard {

namespace {

using win32::TextConvert;
using win32::UniqueEventLog;

// The message text in the publisher's language; empty when the publisher has none.
std::string messageOf(EVT_HANDLE event, const wchar_t* provider) {
    UniqueEventLog metadata(EvtOpenPublisherMetadata(nullptr, provider, nullptr, 0, 0));
    if (!metadata) return std::string();
    DWORD used = 0;
    EvtFormatMessage(metadata.get(), event, 0, 0, nullptr, EvtFormatMessageEvent, 0, nullptr, &used);
    if (used == 0) return std::string();
    std::vector<wchar_t> text(used);
    if (!EvtFormatMessage(metadata.get(), event, 0, 0, nullptr, EvtFormatMessageEvent, used, text.data(), &used))
        return std::string();
    return TextConvert::toUtf8(text.data());
}

Json describe(EVT_HANDLE event, EVT_HANDLE context) {
    DWORD used = 0, count = 0;
    EvtRender(context, event, EvtRenderEventValues, 0, nullptr, &used, &count);
    std::vector<std::uint8_t> buffer(used);
    auto* values = reinterpret_cast<EVT_VARIANT*>(buffer.data());
    if (used == 0 || !EvtRender(context, event, EvtRenderEventValues, used, values, &used, &count) || count < 3)
        return Json();
    const wchar_t* provider = values[0].Type == EvtVarTypeString ? values[0].StringVal : L"";
    Json entry = Json::object();
    entry.set("time", Json::string(FileTime::iso8601(values[2].FileTimeVal)));
    entry.set("source", Json::string(TextConvert::toUtf8(provider)));
    entry.set("id", Json::integer(values[1].UInt16Val));
    entry.set("message", Json::string(messageOf(event, provider)));
    return entry;
}

// An empty list would tell the technician "no recent errors" when nothing could be read at all.
[[noreturn]] void unreadable(DWORD error) {
    // Wine's event log functions are stubs that fail without setting an error.
    std::string reason = error == ERROR_SUCCESS ? "Windows gave no reason." : TextConvert::errorText(error);
    throw RequestFailure(error == ERROR_ACCESS_DENIED ? "ACCESS_DENIED" : "FAILED",
                         "The System event log cannot be read: " + reason);
}

}  // namespace

Json EventLog::latestSystemErrors(int count) {
    Json events = Json::array();
    SetLastError(ERROR_SUCCESS);
    UniqueEventLog query(EvtQuery(nullptr, L"System", L"*[System[(Level=1 or Level=2)]]",
                               EvtQueryChannelPath | EvtQueryReverseDirection));
    if (!query) unreadable(GetLastError());
    const wchar_t* fields[] = {L"Event/System/Provider/@Name", L"Event/System/EventID",
                               L"Event/System/TimeCreated/@SystemTime"};
    UniqueEventLog context(EvtCreateRenderContext(3, fields, EvtRenderContextValues));
    if (!context) unreadable(GetLastError());
    std::vector<EVT_HANDLE> batch(static_cast<std::size_t>(count));
    DWORD returned = 0;
    if (!EvtNext(query.get(), static_cast<DWORD>(count), batch.data(), INFINITE, 0, &returned)) {
        DWORD error = GetLastError();
        if (error == ERROR_NO_MORE_ITEMS) return events;
        unreadable(error);
    }
    for (DWORD i = 0; i < returned; ++i) {
        UniqueEventLog event(batch[i]);
        Json entry = describe(event.get(), context.get());
        if (!entry.isNull()) events.push(std::move(entry));
    }
    return events;
}

}  // namespace adhoc::dashboard

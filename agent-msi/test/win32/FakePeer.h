// FakePeer: a StreamPeer for the feature tests: records every text and binary frame the
// handler sends, and lets a test wait for a message of a given type.
#pragma once

#include <windows.h>

#include <string>
#include <vector>

#include "../../src/core/Json.h"
#include "../../src/core/Stream.h"
#include "../../src/win32/Handle.h"

namespace adhoc::test {

class FakePeer : public StreamPeer {
public:
    bool sendText(const std::string& json) override {
        Json message;
        Json::parse(json, message);
        win32::Lock lock(cs_);
        texts_.push_back(message);
        return true;
    }
    bool sendBinary(const std::uint8_t* data, std::size_t size) override {
        win32::Lock lock(cs_);
        binaries_.emplace_back(data, data + size);
        return true;
    }

    // The first message of `type` (and `id` when not null) at or after `from`, waiting up
    // to `timeoutMs`; a null Json when none came.
    Json waitFor(const std::string& type, const Json& id = Json(), DWORD timeoutMs = 10000, std::size_t from = 0) {
        for (DWORD waited = 0;; waited += 10) {
            {
                win32::Lock lock(cs_);
                for (std::size_t i = from; i < texts_.size(); ++i)
                    if (texts_[i].getString("type") == type && (id.isNull() || texts_[i].get("id").dump() == id.dump()))
                        return texts_[i];
            }
            if (waited >= timeoutMs) return Json();
            Sleep(10);
        }
    }
    std::vector<Json> texts() {
        win32::Lock lock(cs_);
        return texts_;
    }
    // Takes the binary frames received so far.
    std::vector<std::vector<std::uint8_t>> takeBinaries() {
        win32::Lock lock(cs_);
        std::vector<std::vector<std::uint8_t>> out;
        out.swap(binaries_);
        return out;
    }

private:
    win32::CriticalSection cs_;
    std::vector<Json> texts_;
    std::vector<std::vector<std::uint8_t>> binaries_;
};

inline Json request(const std::string& json) {
    Json message;
    Json::parse(json, message);
    return message;
}

}  // namespace adhoc::test

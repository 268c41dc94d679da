// FileManager: the File Manager feature of the connection worker (docs/protocol.md,
// "File Manager"): drives, list, mkdir, rename, delete on a request thread; downloads
// and uploads each on their own thread, several at once, told apart by their id.
//
//   files::FileManager files(peer);   // then route frames to onText/onBinary; stop() at the end
#pragma once

#include <map>
#include <memory>

#include "../core/Stream.h"
#include "../win32/Handle.h"
#include "Download.h"
#include "../win32/TaskQueue.h"
#include "Upload.h"

namespace adhoc::files {

class FileManager : public StreamHandler {
public:
    explicit FileManager(StreamPeer& peer) : peer_(peer) {}
    ~FileManager() override { stop(); }

    bool onText(const Json& message) override;
    bool onBinary(const std::uint8_t* data, std::size_t size) override;
    void stop() override;

private:
    void handle(const Json& request);
    void answer(const Json& request);
    void startDownload(const Json& request, const std::string& path, std::uint32_t transfer);
    void startUpload(const Json& request, const std::string& path, std::uint32_t transfer);
    // Forgets finished transfers and refuses an id still in use.
    void claimTransferId(std::uint32_t transfer);

    StreamPeer& peer_;
    win32::CriticalSection cs_;
    std::map<std::uint32_t, std::unique_ptr<Download>> downloads_;
    std::map<std::uint32_t, std::unique_ptr<Upload>> uploads_;
    win32::TaskQueue requests_;  // last: stops before the members its tasks use
};

}  // namespace adhoc::files

// Download: one file, or one folder as a ZIP, streamed to the viewer on its own thread as
// file-data frames (kind 0x04, at most 256 KiB) with at most 4 MiB unacknowledged
// (docs/protocol.md, "File Manager"): downloadStart, frames, downloadEnd, or `failed`.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "../core/Stream.h"
#include "../core/TransferWindow.h"
#include "../core/ZipWriter.h"
#include "../win32/Handle.h"
#include "../win32/TaskQueue.h"

namespace adhoc::files {

class Download {
public:
    static constexpr std::size_t kChunkSize = 256 * 1024;

    // Starts at once; `path` is checked and exists.
    Download(StreamPeer& peer, const Json& id, std::uint32_t transfer, const std::string& path, bool folder);
    ~Download();
    Download(const Download&) = delete;
    Download& operator=(const Download&) = delete;

    // The viewer's running total of bytes received.
    void acknowledge(std::uint64_t bytes);
    void cancel();
    bool finished() const { return finished_; }

private:
    void run();
    void sendFile();
    void sendFolder();
    void zipFolder(ZipWriter& zip, const std::string& folder, const std::string& entryName,
                   std::vector<std::string>& skipped);
    void zipFile(ZipWriter& zip, const std::string& file, const std::string& entryName, std::uint64_t size,
                 ZipWriter::DosTime modified, std::vector<std::string>& skipped);
    // Append file bytes to the current frame and send it when full (or at the end),
    // within the window; they throw when the transfer cannot go on.
    void append(const std::uint8_t* data, std::size_t size);
    void flush();
    bool waitForRoom(std::size_t bytes);
    void sendStart(std::int64_t size);
    void send(const char* type);

    StreamPeer& peer_;
    Json id_;
    std::uint32_t transfer_;
    std::string path_;
    bool folder_;
    std::vector<std::uint8_t> frame_;
    win32::CriticalSection cs_;
    CONDITION_VARIABLE changed_;
    SendWindow window_;
    bool cancelled_ = false;
    std::atomic<bool> finished_{false};
    win32::TaskQueue queue_;  // last: stops before the members its task uses
};

}  // namespace adhoc::files

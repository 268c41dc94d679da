// Upload: one file the viewer sends (docs/protocol.md, "File Manager"). Created after the
// path and the free space are checked and the new file exists; chunks are written on the
// upload's own thread in order, acknowledged about every 1 MiB, and `done` follows the
// announced size. A cancelled, failed or unfinished upload deletes its partial file.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "../core/Stream.h"
#include "../core/TransferWindow.h"
#include "../win32/Handle.h"
#include "../win32/TaskQueue.h"

namespace adhoc::files {

class Upload {
public:
    // Creates the file (never replaces one); throws FileError.
    Upload(StreamPeer& peer, const Json& id, const std::string& path, std::uint64_t size);
    ~Upload();
    Upload(const Upload&) = delete;
    Upload& operator=(const Upload&) = delete;

    // Sends `ready` (and `done` at once for an empty file).
    void start();
    // A chunk of file data (copied; written later on the upload's thread).
    void receive(const std::uint8_t* data, std::size_t size);
    void cancel();
    bool finished() const { return finished_; }

private:
    void write(const std::vector<std::uint8_t>& chunk);
    void complete();
    void fail(const Json& answer);
    // Closes and deletes the file unless it was completed.
    void discard();
    void send(const char* type, std::int64_t bytes = -1);

    StreamPeer& peer_;
    Json id_;
    std::string path_;
    win32::UniqueHandle file_;
    AckSchedule schedule_;
    bool completed_ = false;
    std::atomic<bool> cancelled_{false};
    std::atomic<bool> finished_{false};
    win32::TaskQueue queue_;  // last: stops before the members its tasks use
};

}  // namespace adhoc::files

// Upload: see Upload.h.
#include "Upload.h"

#include "../core/SafePath.h"
#include "FileError.h"

namespace adhoc::files {

Upload::Upload(StreamPeer& peer, const Json& id, const std::string& path, std::uint64_t size)
    : peer_(peer), id_(id), path_(path), schedule_(size) {
    ULARGE_INTEGER available{};
    std::wstring folder = longPath(SafePath::parent(path)) + (SafePath::isRoot(SafePath::parent(path)) ? L"" : L"\\");
    if (GetDiskFreeSpaceExW(folder.c_str(), &available, nullptr, nullptr) && available.QuadPart < size)
        throw FileError("DISK_FULL", "There is not enough space on the disk for " + path + ".");
    file_.reset(CreateFileW(longPath(path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL,
                            nullptr));
    if (!file_) throw FileError::fromWin32(GetLastError(), path);
}

Upload::~Upload() {
    cancelled_ = true;
    queue_.stop();
    discard();
}

void Upload::start() {
    send("ready");
    if (schedule_.total() == 0) queue_.post([this] { complete(); });
}

void Upload::receive(const std::uint8_t* data, std::size_t size) {
    std::vector<std::uint8_t> chunk(data, data + size);
    queue_.post([this, chunk = std::move(chunk)] { write(chunk); });
}

void Upload::cancel() {
    cancelled_ = true;
    queue_.post([this] {
        discard();
        finished_ = true;
    });
}

void Upload::write(const std::vector<std::uint8_t>& chunk) {
    if (cancelled_ || finished_) return;
    if (!schedule_.accept(chunk.size())) {
        fail(FileError("FAILED", "More data arrived than the announced size of " + path_ + ".").answer(id_));
        return;
    }
    DWORD written = 0;
    if (!WriteFile(file_.get(), chunk.data(), static_cast<DWORD>(chunk.size()), &written, nullptr) ||
        written != chunk.size()) {
        fail(FileError::fromWin32(GetLastError(), path_).answer(id_));
        return;
    }
    if (schedule_.ackDue()) send("ack", static_cast<std::int64_t>(schedule_.received()));
    if (schedule_.complete()) complete();
}

void Upload::complete() {
    file_.reset();
    completed_ = true;
    send("done");
    finished_ = true;
}

void Upload::fail(const Json& answer) {
    discard();
    peer_.sendText(answer.dump());
    finished_ = true;
}

void Upload::discard() {
    if (completed_ || !file_) return;
    file_.reset();
    DeleteFileW(longPath(path_).c_str());
}

void Upload::send(const char* type, std::int64_t bytes) {
    Json message = Json::object();
    message.set("type", Json::string(type));
    message.set("id", id_);
    if (bytes >= 0) message.set("bytes", Json::integer(bytes));
    peer_.sendText(message.dump());
}

}  // namespace adhoc::files

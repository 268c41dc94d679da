// FileManager: see FileManager.h.
#include "FileManager.h"

#include <set>

#include "../core/FileDataFrame.h"
#include "../win32/Logger.h"
#include "FileError.h"
#include "FileSystem.h"

namespace adhoc::files {

namespace {

const std::set<std::string> kRequests = {"drives", "list", "mkdir", "rename", "delete", "download", "upload"};

// The transfer id of binary frames is a u32, so transfers need an id that fits.
bool hasTransferId(const Json& message, std::uint32_t& transfer) {
    const Json& id = message.get("id");
    if (id.kind() != Json::Kind::Integer || id.asInteger() < 0 || id.asInteger() > 0xFFFFFFFFLL) return false;
    transfer = static_cast<std::uint32_t>(id.asInteger());
    return true;
}

// Moves the finished transfers of `running` to `done` (destroyed later, outside the lock).
template <typename Transfer>
void takeFinished(std::map<std::uint32_t, std::unique_ptr<Transfer>>& running,
                  std::vector<std::unique_ptr<Transfer>>& done) {
    for (auto it = running.begin(); it != running.end();) {
        if (it->second->finished()) {
            done.push_back(std::move(it->second));
            it = running.erase(it);
        } else {
            ++it;
        }
    }
}

Json reply(const char* type, const Json& id) {
    Json message = Json::object();
    message.set("type", Json::string(type));
    message.set("id", id);
    return message;
}

}  // namespace

bool FileManager::onText(const Json& message) {
    std::string type = message.getString("type");
    std::uint32_t transfer = 0;
    if (kRequests.count(type) != 0) {
        requests_.post([this, message] { handle(message); });
    } else if (type == "ack" && message.has("id")) {
        win32::Lock lock(cs_);
        auto download = hasTransferId(message, transfer) ? downloads_.find(transfer) : downloads_.end();
        if (download != downloads_.end()) download->second->acknowledge(static_cast<std::uint64_t>(message.get("bytes").asInteger()));
    } else if (type == "cancel") {
        if (!hasTransferId(message, transfer)) return true;
        win32::Lock lock(cs_);
        if (auto download = downloads_.find(transfer); download != downloads_.end()) download->second->cancel();
        if (auto upload = uploads_.find(transfer); upload != uploads_.end()) upload->second->cancel();
    } else {
        return false;
    }
    return true;
}

bool FileManager::onBinary(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || data[0] != FileDataFrame::kKind) return false;
    std::uint32_t transfer = 0;
    if (!FileDataFrame::transferOf(data, size, transfer)) {
        win32::Logger::warn("file manager: a file-data frame without a transfer id was ignored");
        return true;
    }
    win32::Lock lock(cs_);
    auto upload = uploads_.find(transfer);
    if (upload != uploads_.end()) upload->second->receive(data + FileDataFrame::kHeaderSize, size - FileDataFrame::kHeaderSize);
    return true;
}

void FileManager::stop() {
    requests_.stop();
    std::map<std::uint32_t, std::unique_ptr<Download>> downloads;
    std::map<std::uint32_t, std::unique_ptr<Upload>> uploads;
    {
        win32::Lock lock(cs_);
        downloads.swap(downloads_);
        uploads.swap(uploads_);
    }
    for (auto& download : downloads) download.second->cancel();
    for (auto& upload : uploads) upload.second->cancel();
}

void FileManager::handle(const Json& request) {
    try {
        answer(request);
    } catch (const FileError& error) {
        peer_.sendText(error.answer(request.get("id")).dump());
    } catch (const std::exception& error) {
        win32::Logger::error(std::string("file manager: ") + request.getString("type") + " failed: " + error.what());
        peer_.sendText(FileError("FAILED", std::string("The request failed: ") + error.what()).answer(request.get("id")).dump());
    }
}

void FileManager::answer(const Json& request) {
    const std::string type = request.getString("type");
    const Json& id = request.get("id");
    if (type == "drives") {
        Json drives = reply("drives", id);
        drives.set("drives", FileSystem::drives());
        peer_.sendText(drives.dump());
        return;
    }
    std::string path = checkedPath(request.getString("path"));
    if (type == "list") {
        Json list = reply("list", id);
        list.set("path", Json::string(path));
        list.set("entries", FileSystem::list(path));
        peer_.sendText(list.dump());
        return;
    }
    if (type == "download" || type == "upload") {
        std::uint32_t transfer = 0;
        if (!hasTransferId(request, transfer))
            throw FileError("FAILED", "A transfer needs a numeric id from 0 to 4294967295.");
        claimTransferId(transfer);
        if (type == "download")
            startDownload(request, path, transfer);
        else
            startUpload(request, path, transfer);
        return;
    }
    if (type == "mkdir")
        FileSystem::makeFolder(path);
    else if (type == "rename")
        FileSystem::rename(path, request.getString("name"));
    else
        FileSystem::remove(path);
    peer_.sendText(reply("done", id).dump());
}

void FileManager::claimTransferId(std::uint32_t transfer) {
    std::vector<std::unique_ptr<Download>> doneDownloads;
    std::vector<std::unique_ptr<Upload>> doneUploads;
    {
        win32::Lock lock(cs_);
        takeFinished(downloads_, doneDownloads);
        takeFinished(uploads_, doneUploads);
        if (downloads_.count(transfer) != 0 || uploads_.count(transfer) != 0)
            throw FileError("FAILED", "Transfer " + std::to_string(transfer) + " is still running.");
    }
}

void FileManager::startDownload(const Json& request, const std::string& path, std::uint32_t transfer) {
    bool folder = FileSystem::isFolder(FileSystem::attributes(path));
    auto download = std::make_unique<Download>(peer_, request.get("id"), transfer, path, folder);
    win32::Lock lock(cs_);
    downloads_[transfer] = std::move(download);
}

void FileManager::startUpload(const Json& request, const std::string& path, std::uint32_t transfer) {
    const Json& size = request.get("size");
    if (size.kind() != Json::Kind::Integer || size.asInteger() < 0)
        throw FileError("FAILED", "An upload needs its size in bytes.");
    auto upload = std::make_unique<Upload>(peer_, request.get("id"), path, static_cast<std::uint64_t>(size.asInteger()));
    Upload* started = upload.get();
    {
        win32::Lock lock(cs_);
        uploads_[transfer] = std::move(upload);
    }
    started->start();
}

}  // namespace adhoc::files

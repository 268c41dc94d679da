// Download: see Download.h.
#include "Download.h"

#include "../core/FileDataFrame.h"
#include "../core/SafePath.h"
#include "../win32/TextConvert.h"
#include "FileError.h"
#include "FileSystem.h"

namespace adhoc::files {

namespace {

using win32::TextConvert;

constexpr std::size_t kHeaderSize = FileDataFrame::kHeaderSize;
const char* const kSkippedNote = "AdHoc Support - files not included.txt";

// Thrown out of the ZIP sink and the read loops when the transfer cannot go on
// (cancelled, or the connection is gone): nothing more is sent.
struct Stopped {};

ZipWriter::DosTime dosTime(const FILETIME& utc) {
    FILETIME local;
    SYSTEMTIME t;
    if (!FileTimeToLocalFileTime(&utc, &local) || !FileTimeToSystemTime(&local, &t)) return {};
    return ZipWriter::DosTime::of(t.wYear, t.wMonth, t.wDay, t.wHour, t.wMinute, t.wSecond);
}

struct Child {
    std::string name;
    DWORD attributes;
    std::uint64_t size;
    FILETIME modified;
};

win32::UniqueHandle openForReading(const std::string& path) {
    win32::UniqueHandle file(CreateFileW(longPath(path).c_str(), GENERIC_READ,
                                         FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                         OPEN_EXISTING, FILE_FLAG_SEQUENTIAL_SCAN, nullptr));
    if (!file) throw FileError::fromWin32(GetLastError(), path);
    return file;
}

}  // namespace

Download::Download(StreamPeer& peer, const Json& id, std::uint32_t transfer, const std::string& path, bool folder)
    : peer_(peer), id_(id), transfer_(transfer), path_(path), folder_(folder) {
    InitializeConditionVariable(&changed_);
    frame_.reserve(kHeaderSize + kChunkSize);
    queue_.post([this] { run(); });
}

Download::~Download() {
    cancel();
    queue_.stop();
}

void Download::acknowledge(std::uint64_t bytes) {
    {
        win32::Lock lock(cs_);
        window_.onAck(bytes);
    }
    WakeConditionVariable(&changed_);
}

void Download::cancel() {
    {
        win32::Lock lock(cs_);
        cancelled_ = true;
    }
    WakeConditionVariable(&changed_);
}

void Download::run() {
    try {
        if (folder_)
            sendFolder();
        else
            sendFile();
    } catch (const FileError& error) {
        peer_.sendText(error.answer(id_).dump());
    } catch (const Stopped&) {
    } catch (const std::exception& error) {
        peer_.sendText(FileError("FAILED", std::string("The download failed: ") + error.what()).answer(id_).dump());
    }
    frame_ = std::vector<std::uint8_t>();
    finished_ = true;
}

void Download::send(const char* type) {
    Json message = Json::object();
    message.set("type", Json::string(type));
    message.set("id", id_);
    if (!peer_.sendText(message.dump())) throw Stopped();
}

void Download::sendStart(std::int64_t size) {
    Json message = Json::object();
    message.set("type", Json::string("downloadStart"));
    message.set("id", id_);
    message.set("name", Json::string(SafePath::leaf(path_) + (folder_ ? ".zip" : "")));
    message.set("size", Json::integer(size));
    if (!peer_.sendText(message.dump())) throw Stopped();
}

void Download::sendFile() {
    win32::UniqueHandle file = openForReading(path_);
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(file.get(), &size)) throw FileError::fromWin32(GetLastError(), path_);
    sendStart(size.QuadPart);
    // A file that grows meanwhile is cut at the announced size.
    std::uint64_t left = static_cast<std::uint64_t>(size.QuadPart);
    std::vector<std::uint8_t> buffer(kChunkSize);
    while (left > 0) {
        DWORD read = 0;
        DWORD want = static_cast<DWORD>(left < kChunkSize ? left : kChunkSize);
        if (!ReadFile(file.get(), buffer.data(), want, &read, nullptr)) throw FileError::fromWin32(GetLastError(), path_);
        if (read == 0) throw FileError("FAILED", path_ + " became shorter while it was being sent.");
        append(buffer.data(), read);
        left -= read;
    }
    flush();
    send("downloadEnd");
}

void Download::sendFolder() {
    sendStart(-1);
    ZipWriter zip([this](const std::uint8_t* data, std::size_t size) {
        append(data, size);
        return true;
    });
    std::vector<std::string> skipped;
    std::string top = SafePath::leaf(path_) + "/";
    WIN32_FILE_ATTRIBUTE_DATA folder{};
    GetFileAttributesExW(longPath(path_).c_str(), GetFileExInfoStandard, &folder);
    zip.beginEntry(top, 0, dosTime(folder.ftLastWriteTime));
    zip.endEntry();
    zipFolder(zip, path_, top, skipped);
    if (!skipped.empty()) {
        std::string note = "These files and folders could not be included:\r\n";
        for (const std::string& line : skipped) note += line + "\r\n";
        zip.beginEntry(top + kSkippedNote, note.size(), {});
        zip.write(reinterpret_cast<const std::uint8_t*>(note.data()), note.size());
        zip.endEntry();
    }
    zip.finish();
    flush();
    send("downloadEnd");
}

void Download::zipFolder(ZipWriter& zip, const std::string& folder, const std::string& entryName,
                         std::vector<std::string>& skipped) {
    std::vector<Child> children;
    try {
        FileSystem::forEachEntry(folder, [&](const WIN32_FIND_DATAW& entry) {
            children.push_back({TextConvert::toUtf8(entry.cFileName), entry.dwFileAttributes,
                                FileSystem::sizeOf(entry), entry.ftLastWriteTime});
        });
    } catch (const FileError& error) {
        skipped.push_back(error.what());
        return;
    }
    for (const Child& child : children) {
        std::string path = SafePath::join(folder, child.name);
        std::string name = entryName + child.name;
        if (!FileSystem::isFolder(child.attributes)) {
            zipFile(zip, path, name, child.size, dosTime(child.modified), skipped);
        } else if (FileSystem::isLink(child.attributes)) {
            skipped.push_back(path + " is a link to another folder (not followed).");
        } else {
            zip.beginEntry(name + "/", 0, dosTime(child.modified));
            zip.endEntry();
            zipFolder(zip, path, name + "/", skipped);
        }
    }
}

void Download::zipFile(ZipWriter& zip, const std::string& file, const std::string& entryName, std::uint64_t size,
                       ZipWriter::DosTime modified, std::vector<std::string>& skipped) {
    win32::UniqueHandle handle;
    try {
        handle = openForReading(file);
    } catch (const FileError& error) {
        skipped.push_back(error.what());
        return;
    }
    zip.beginEntry(entryName, size, modified);
    std::vector<std::uint8_t> buffer(kChunkSize);
    for (std::uint64_t left = size; left > 0;) {
        DWORD read = 0;
        DWORD want = static_cast<DWORD>(left < kChunkSize ? left : kChunkSize);
        if (!ReadFile(handle.get(), buffer.data(), want, &read, nullptr) || read == 0) {
            skipped.push_back(file + " could only be read in part.");
            break;
        }
        zip.write(buffer.data(), read);
        left -= read;
    }
    zip.endEntry();
}

void Download::append(const std::uint8_t* data, std::size_t size) {
    while (size > 0) {
        if (frame_.empty()) FileDataFrame::appendHeader(frame_, transfer_);
        std::size_t room = kHeaderSize + kChunkSize - frame_.size();
        std::size_t take = size < room ? size : room;
        frame_.insert(frame_.end(), data, data + take);
        data += take;
        size -= take;
        if (frame_.size() == kHeaderSize + kChunkSize) flush();
    }
}

void Download::flush() {
    if (frame_.size() <= kHeaderSize) return;
    std::size_t payload = frame_.size() - kHeaderSize;
    if (!waitForRoom(payload) || !peer_.sendBinary(frame_.data(), frame_.size())) throw Stopped();
    {
        win32::Lock lock(cs_);
        window_.onSent(payload);
    }
    frame_.clear();
}

bool Download::waitForRoom(std::size_t bytes) {
    win32::Lock lock(cs_);
    while (!cancelled_ && !window_.canSend(bytes)) SleepConditionVariableCS(&changed_, cs_.native(), INFINITE);
    return !cancelled_;
}

}  // namespace adhoc::files

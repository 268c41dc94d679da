// FileManagerTest: the File Manager under Wine, driven like a viewer through a FakePeer:
// listing, new folder, rename, delete, the error codes, a download reassembled with acks
// (and held at 4 MiB without them), a folder as ZIP, uploads finished and cancelled.
#include <windows.h>

#include <algorithm>
#include <vector>

#include "../../src/core/SafePath.h"
#include "../../src/files/FileError.h"
#include "../../src/files/FileManager.h"
#include "../../src/win32/TextConvert.h"
#include <doctest/doctest.h>
#include "FakePeer.h"

using namespace adhoc;
using adhoc::test::FakePeer;
using win32::TextConvert;

namespace {

Json request(const char* type, int id, const std::string& path) {
    Json r = Json::object();
    r.set("type", Json::string(type));
    r.set("id", Json::integer(id));
    r.set("path", Json::string(path));
    return r;
}

// A fresh folder under %TEMP%, removed with its content (by a FileManager) at the end.
class TempFolder {
public:
    explicit TempFolder(const std::string& name) {
        wchar_t temp[MAX_PATH];
        GetTempPathW(MAX_PATH, temp);
        path = SafePath::checkPath(TextConvert::toUtf8(temp) + "AdHocFilesTest-" + name).path;
        remove();
        CreateDirectoryW(TextConvert::toWide(path).c_str(), nullptr);
    }
    ~TempFolder() { remove(); }
    std::string operator/(const std::string& name) const { return path + "\\" + name; }
    std::string path;

private:
    void remove() {
        FakePeer peer;
        files::FileManager cleaner(peer);
        cleaner.onText(request("delete", 0, path));
        peer.waitFor("done", Json(), 5000);
    }
};

void writeFile(const std::string& path, const std::string& content) {
    HANDLE file = CreateFileW(TextConvert::toWide(path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr);
    DWORD written = 0;
    WriteFile(file, content.data(), static_cast<DWORD>(content.size()), &written, nullptr);
    CloseHandle(file);
}

std::string readFile(const std::string& path) {
    HANDLE file = CreateFileW(TextConvert::toWide(path).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0,
                              nullptr);
    if (file == INVALID_HANDLE_VALUE) return "<missing>";
    std::string content;
    char buffer[65536];
    DWORD read = 0;
    while (ReadFile(file, buffer, sizeof buffer, &read, nullptr) && read > 0) content.append(buffer, read);
    CloseHandle(file);
    return content;
}

bool exists(const std::string& path) { return GetFileAttributesW(TextConvert::toWide(path).c_str()) != INVALID_FILE_ATTRIBUTES; }

std::string pattern(std::size_t size) {
    std::string data(size, '\0');
    std::uint32_t x = 12345;
    for (char& c : data) {
        x = x * 1103515245u + 12345u;
        c = static_cast<char>(x >> 16);
    }
    return data;
}

std::string failureCode(FakePeer& peer, int id) { return peer.waitFor("failed", Json::integer(id)).getString("code"); }

// Collects the file-data frames of download `id`, acknowledging the running total (which
// starts at `before`), until downloadEnd (or failed) arrives and the frames are all in.
std::string receiveDownload(FakePeer& peer, files::FileManager& files, int id, std::size_t before = 0) {
    std::string data;
    for (int rounds = 0; rounds < 2000; ++rounds) {
        for (const auto& frame : peer.takeBinaries()) {
            CHECK((frame.size() >= 5 && frame.size() <= 5 + 256 * 1024));
            CHECK_EQ(static_cast<int>(frame[0]), 4);
            CHECK_EQ(static_cast<int>(frame[1] | (frame[2] << 8)), id);
            data.append(reinterpret_cast<const char*>(frame.data()) + 5, frame.size() - 5);
        }
        Json ack = Json::object();
        ack.set("type", Json::string("ack"));
        ack.set("id", Json::integer(id));
        ack.set("bytes", Json::integer(static_cast<std::int64_t>(before + data.size())));
        files.onText(ack);
        if (!peer.waitFor("downloadEnd", Json::integer(id), 0).isNull() ||
            !peer.waitFor("failed", Json::integer(id), 0).isNull()) {
            for (const auto& frame : peer.takeBinaries())
                data.append(reinterpret_cast<const char*>(frame.data()) + 5, frame.size() - 5);
            return data;
        }
        Sleep(10);
    }
    return data;
}

std::vector<std::uint8_t> fileData(int id, const std::string& bytes) {
    std::vector<std::uint8_t> frame(5 + bytes.size());
    frame[0] = 4;
    frame[1] = static_cast<std::uint8_t>(id);
    std::copy(bytes.begin(), bytes.end(), frame.begin() + 5);
    return frame;
}

}  // namespace

TEST_CASE("files_lists_a_folder_and_the_drives") {
    TempFolder dir("list");
    writeFile(dir / "a.txt", "abc");
    CreateDirectoryW(TextConvert::toWide(dir / "sub").c_str(), nullptr);
    FakePeer peer;
    files::FileManager files(peer);
    CHECK(files.onText(request("list", 2, dir.path)));
    Json list = peer.waitFor("list", Json::integer(2));
    CHECK_EQ(list.getString("path"), dir.path);
    const auto& entries = list.get("entries").items();
    CHECK_EQ(entries.size(), 2u);
    for (const Json& entry : entries) {
        bool isFile = entry.getString("name") == "a.txt";
        CHECK((isFile || entry.getString("name") == "sub"));
        CHECK_EQ(entry.get("dir").asBool(), !isFile);
        if (isFile) CHECK_EQ(entry.get("size").asInteger(), 3);
        CHECK_EQ(entry.getString("modified").size(), 20u);
    }
    files.onText(test::request(R"({"type":"drives","id":1})"));
    Json drives = peer.waitFor("drives", Json::integer(1));
    bool hasC = false;
    for (const Json& drive : drives.get("drives").items())
        hasC = hasC || drive.getString("path") == "C:\\";
    CHECK(hasC);
}

TEST_CASE("files_makes_renames_and_deletes") {
    TempFolder dir("ops");
    FakePeer peer;
    files::FileManager files(peer);
    files.onText(request("mkdir", 3, dir / "New folder"));
    CHECK(!peer.waitFor("done", Json::integer(3)).isNull());
    CHECK(exists(dir / "New folder"));
    files.onText(request("mkdir", 31, dir / "New folder"));
    CHECK_EQ(failureCode(peer, 31), std::string("EXISTS"));

    writeFile(dir / "New folder\\a.txt", "x");
    writeFile(dir / "b.txt", "y");
    Json rename = request("rename", 4, dir / "New folder\\a.txt");
    rename.set("name", Json::string("c.txt"));
    files.onText(rename);
    CHECK(!peer.waitFor("done", Json::integer(4)).isNull());
    CHECK((exists(dir / "New folder\\c.txt") && !exists(dir / "New folder\\a.txt")));
    Json clash = request("rename", 41, dir / "b.txt");
    clash.set("name", Json::string("New folder"));
    files.onText(clash);
    CHECK_EQ(failureCode(peer, 41), std::string("EXISTS"));
    Json sneaky = request("rename", 42, dir / "b.txt");
    sneaky.set("name", Json::string("..\\b.txt"));
    files.onText(sneaky);
    CHECK_EQ(failureCode(peer, 42), std::string("INVALID_PATH"));

    files.onText(request("delete", 5, dir / "New folder"));
    CHECK(!peer.waitFor("done", Json::integer(5)).isNull());
    CHECK(!exists(dir / "New folder"));
    files.onText(request("delete", 51, dir / "New folder"));
    CHECK_EQ(failureCode(peer, 51), std::string("NOT_FOUND"));
    files.onText(request("delete", 52, "C:\\"));
    CHECK_EQ(failureCode(peer, 52), std::string("INVALID_PATH"));
}

TEST_CASE("files_answers_each_error_code_it_can") {
    TempFolder dir("errors");
    writeFile(dir / "f.txt", "z");
    FakePeer peer;
    files::FileManager files(peer);
    files.onText(request("list", 1, dir.path + "\\..\\..\\Windows"));
    Json failed = peer.waitFor("failed", Json::integer(1));
    CHECK_EQ(failed.getString("code"), std::string("INVALID_PATH"));
    CHECK(!failed.getString("message").empty());
    files.onText(request("list", 2, "\\\\?\\C:\\Windows"));
    CHECK_EQ(failureCode(peer, 2), std::string("INVALID_PATH"));
    files.onText(request("download", 3, dir / "f.txt:secret"));
    CHECK_EQ(failureCode(peer, 3), std::string("INVALID_PATH"));
    files.onText(request("list", 4, dir / "missing"));
    CHECK_EQ(failureCode(peer, 4), std::string("NOT_FOUND"));
    files.onText(request("list", 5, dir / "f.txt"));
    CHECK_EQ(failureCode(peer, 5), std::string("INVALID_PATH"));
    files.onText(request("list", 6, "C:\\" + std::string(300, 'n')));
    CHECK_EQ(failureCode(peer, 6), std::string("PATH_TOO_LONG"));
    // A file another program holds exclusively.
    HANDLE locked = CreateFileW(TextConvert::toWide(dir / "f.txt").c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0,
                                nullptr);
    files.onText(request("download", 7, dir / "f.txt"));
    CHECK_EQ(failureCode(peer, 7), std::string("IN_USE"));
    CloseHandle(locked);
    files.onText(test::request(R"({"type":"list","id":8})"));
    CHECK_EQ(failureCode(peer, 8), std::string("INVALID_PATH"));
    // The codes Wine cannot produce on demand, through the same mapping.
    CHECK_EQ(files::FileError::fromWin32(ERROR_ACCESS_DENIED, "x").code(), std::string("ACCESS_DENIED"));
    CHECK_EQ(files::FileError::fromWin32(ERROR_DISK_FULL, "x").code(), std::string("DISK_FULL"));
    CHECK_EQ(files::FileError::fromWin32(ERROR_SHARING_VIOLATION, "x").code(), std::string("IN_USE"));
    CHECK_EQ(files::FileError::fromWin32(ERROR_GEN_FAILURE, "x").code(), std::string("FAILED"));
    CHECK(!files.onText(test::request(R"({"type":"mouse","x":1})")));
}

TEST_CASE("files_download_is_reassembled_with_acks_and_held_without") {
    TempFolder dir("download");
    std::string content = pattern(6 * 1024 * 1024 + 123);
    writeFile(dir / "big.bin", content);
    FakePeer peer;
    files::FileManager files(peer);
    files.onText(request("download", 6, dir / "big.bin"));
    Json start = peer.waitFor("downloadStart", Json::integer(6));
    CHECK_EQ(start.getString("name"), std::string("big.bin"));
    CHECK_EQ(start.get("size").asInteger(), static_cast<std::int64_t>(content.size()));
    Sleep(500);  // without acks the worker stops at 4 MiB
    std::size_t unacknowledged = 0;
    for (const auto& frame : peer.takeBinaries()) unacknowledged += frame.size() - 5;
    CHECK_EQ(unacknowledged, 4u * 1024 * 1024);
    CHECK(peer.waitFor("downloadEnd", Json::integer(6), 0).isNull());
    std::string rest = receiveDownload(peer, files, 6, unacknowledged);
    CHECK_EQ(unacknowledged + rest.size(), content.size());
    CHECK(rest == content.substr(unacknowledged));
    CHECK(!peer.waitFor("downloadEnd", Json::integer(6)).isNull());
}

TEST_CASE("files_downloads_a_folder_as_zip") {
    TempFolder dir("zip");
    CreateDirectoryW(TextConvert::toWide(dir / "top").c_str(), nullptr);
    CreateDirectoryW(TextConvert::toWide(dir / "top\\sub").c_str(), nullptr);
    writeFile(dir / "top\\a.txt", "hello");
    writeFile(dir / "top\\sub\\b.txt", "123456789");
    FakePeer peer;
    files::FileManager files(peer);
    files.onText(request("download", 9, dir / "top"));
    std::string zip = receiveDownload(peer, files, 9);
    Json start = peer.waitFor("downloadStart", Json::integer(9));
    CHECK_EQ(start.getString("name"), std::string("top.zip"));
    CHECK_EQ(start.get("size").asInteger(), -1);
    CHECK(zip.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(zip.find("top/sub/b.txt123456789PK\x07\x08\x26\x39\xF4\xCB") != std::string::npos);  // CRC 0xCBF43926
    CHECK(zip.find("top/a.txthello") != std::string::npos);
    std::size_t end = zip.size() - 22;
    CHECK(zip.compare(end, 4, "PK\x05\x06") == 0);
    CHECK_EQ(static_cast<int>(zip[end + 10]), 4);  // top/, top/sub/, two files
}

TEST_CASE("files_upload_completes_and_a_cancelled_one_is_removed") {
    TempFolder dir("upload");
    FakePeer peer;
    files::FileManager files(peer);
    std::string content = pattern(1536 * 1024 + 7);
    Json upload = request("upload", 7, dir / "new.bin");
    upload.set("size", Json::integer(static_cast<std::int64_t>(content.size())));
    files.onText(upload);
    CHECK(!peer.waitFor("ready", Json::integer(7)).isNull());
    for (std::size_t at = 0; at < content.size(); at += 256 * 1024) {
        auto frame = fileData(7, content.substr(at, 256 * 1024));
        CHECK(files.onBinary(frame.data(), frame.size()));
    }
    CHECK(!peer.waitFor("done", Json::integer(7)).isNull());
    Json lastAck;
    for (const Json& m : peer.texts())
        if (m.getString("type") == "ack") lastAck = m;
    CHECK_EQ(lastAck.get("bytes").asInteger(), static_cast<std::int64_t>(content.size()));
    CHECK(readFile(dir / "new.bin") == content);

    files.onText(upload);
    CHECK_EQ(failureCode(peer, 7), std::string("EXISTS"));

    Json partial = request("upload", 8, dir / "partial.bin");
    partial.set("size", Json::integer(3 * 1024 * 1024));
    files.onText(partial);
    CHECK(!peer.waitFor("ready", Json::integer(8)).isNull());
    auto frame = fileData(8, pattern(512 * 1024));
    files.onBinary(frame.data(), frame.size());
    files.onBinary(frame.data(), frame.size());
    CHECK_EQ(peer.waitFor("ack", Json::integer(8)).get("bytes").asInteger(), 1024 * 1024);
    CHECK(exists(dir / "partial.bin"));
    files.onText(test::request(R"({"type":"cancel","id":8})"));
    for (int i = 0; i < 200 && exists(dir / "partial.bin"); ++i) Sleep(10);
    CHECK(!exists(dir / "partial.bin"));

    Json overflow = request("upload", 9, dir / "small.bin");
    overflow.set("size", Json::integer(10));
    files.onText(overflow);
    CHECK(!peer.waitFor("ready", Json::integer(9)).isNull());
    frame[1] = 9;
    files.onBinary(frame.data(), 5 + 11);
    CHECK_EQ(failureCode(peer, 9), std::string("FAILED"));
    CHECK(!exists(dir / "small.bin"));
}

TEST_CASE("files_stop_ends_transfers_and_removes_partial_uploads") {
    TempFolder dir("stop");
    writeFile(dir / "big.bin", pattern(5 * 1024 * 1024));
    FakePeer peer;
    {
        files::FileManager files(peer);
        files.onText(request("download", 1, dir / "big.bin"));
        Json upload = request("upload", 2, dir / "half.bin");
        upload.set("size", Json::integer(1000));
        files.onText(upload);
        CHECK(!peer.waitFor("ready", Json::integer(2)).isNull());
        auto frame = fileData(2, "half");
        files.onBinary(frame.data(), frame.size());
        CHECK(!peer.waitFor("downloadStart", Json::integer(1)).isNull());
        DWORD before = GetTickCount();
        files.stop();
        CHECK(GetTickCount() - before < 2000);
    }
    CHECK(!exists(dir / "half.bin"));
    CHECK(peer.waitFor("downloadEnd", Json::integer(1), 0).isNull());
}

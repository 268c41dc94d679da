// ZipWriterTest: the streamed, stored ZIP of folder downloads (core/ZipWriter, core/Crc32),
// checked byte by byte against APPNOTE's layout and known CRC values.
#include <cstring>
#include <vector>

#include "../src/core/Crc32.h"
#include "../src/core/ZipWriter.h"
#include <doctest/doctest.h>

using adhoc::Crc32;
using adhoc::ZipWriter;

namespace {

std::uint32_t u32(const std::vector<std::uint8_t>& b, std::size_t at) {
    return b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (static_cast<std::uint32_t>(b[at + 3]) << 24);
}
std::uint16_t u16(const std::vector<std::uint8_t>& b, std::size_t at) {
    return static_cast<std::uint16_t>(b[at] | (b[at + 1] << 8));
}

struct MemoryZip {
    std::vector<std::uint8_t> bytes;
    ZipWriter zip{[this](const std::uint8_t* d, std::size_t n) {
        bytes.insert(bytes.end(), d, d + n);
        return true;
    }};
    void add(const std::string& name, const std::string& content) {
        CHECK(zip.beginEntry(name, content.size(), ZipWriter::DosTime::of(2026, 11, 25, 10, 0, 0)));
        CHECK(zip.write(reinterpret_cast<const std::uint8_t*>(content.data()), content.size()));
        CHECK(zip.endEntry());
    }
};

}  // namespace

TEST_CASE("crc32_matches_known_values") {
    CHECK_EQ(Crc32::of("", 0), 0u);
    CHECK_EQ(Crc32::of("hello", 5), 0x3610A686u);
    CHECK_EQ(Crc32::of("123456789", 9), 0xCBF43926u);
    Crc32 pieces;
    pieces.update(reinterpret_cast<const std::uint8_t*>("1234"), 4);
    pieces.update(reinterpret_cast<const std::uint8_t*>("56789"), 5);
    CHECK_EQ(pieces.value(), 0xCBF43926u);
}

TEST_CASE("zip_writer_writes_stored_entries_with_descriptors") {
    MemoryZip m;
    CHECK(m.zip.beginEntry("dir/", 0, {}));
    CHECK(m.zip.endEntry());
    m.add("dir/a.txt", "hello");
    CHECK(m.zip.finish());
    const auto& b = m.bytes;
    // Folder: 30-byte header + "dir/" + 16-byte descriptor.
    CHECK_EQ(u32(b, 0), 0x04034b50u);
    CHECK_EQ(u16(b, 6), 0x0808);  // data descriptor + UTF-8 names
    CHECK_EQ(u16(b, 8), 0);       // stored
    CHECK_EQ(u16(b, 26), 4);
    CHECK_EQ(u32(b, 34), 0x08074b50u);
    // File: header at 50, data "hello" at 89, descriptor with the CRC and sizes.
    std::size_t file = 50;
    CHECK_EQ(u32(b, file), 0x04034b50u);
    CHECK_EQ(u16(b, file + 12), 0x5D79);  // 2026-11-25 in DOS form
    CHECK_EQ(u16(b, file + 10), 0x5000);  // 10:00:00
    CHECK(std::memcmp(&b[file + 30], "dir/a.txt", 9) == 0);
    CHECK(std::memcmp(&b[file + 39], "hello", 5) == 0);
    CHECK_EQ(u32(b, file + 44), 0x08074b50u);
    CHECK_EQ(u32(b, file + 48), 0x3610A686u);
    CHECK_EQ(u32(b, file + 52), 5u);
    CHECK_EQ(u32(b, file + 56), 5u);
    // Central directory and its end record.
    std::size_t directory = file + 60;
    CHECK_EQ(u32(b, directory), 0x02014b50u);
    CHECK_EQ(u32(b, directory + 38), 0x10u);  // folder attribute
    std::size_t second = directory + 46 + 4;
    CHECK_EQ(u32(b, second), 0x02014b50u);
    CHECK_EQ(u32(b, second + 16), 0x3610A686u);
    CHECK_EQ(u32(b, second + 42), static_cast<std::uint32_t>(file));
    std::size_t end = b.size() - 22;
    CHECK_EQ(u32(b, end), 0x06054b50u);
    CHECK_EQ(u16(b, end + 10), 2);
    CHECK_EQ(u32(b, end + 12), static_cast<std::uint32_t>(end - directory));
    CHECK_EQ(u32(b, end + 16), static_cast<std::uint32_t>(directory));
    CHECK_EQ(m.zip.bytesWritten(), b.size());
}

TEST_CASE("zip_writer_marks_large_entries_as_zip64") {
    MemoryZip m;
    CHECK(m.zip.beginEntry("big.iso", 5000000000ull, {}));
    const auto& b = m.bytes;
    CHECK_EQ(u16(b, 4), 45);             // version needed for ZIP64
    CHECK_EQ(u32(b, 18), 0xFFFFFFFFu);   // sizes in the ZIP64 extra field / descriptor
    CHECK_EQ(u16(b, 28), 20);
    CHECK_EQ(u16(b, 30 + 7), 0x0001);    // ZIP64 extra id after the name
    CHECK(m.zip.write(reinterpret_cast<const std::uint8_t*>("abc"), 3));
    CHECK(m.zip.endEntry());
    CHECK_EQ(u32(b, 30 + 7 + 20 + 3), 0x08074b50u);
    CHECK_EQ(b.size(), 30u + 7 + 20 + 3 + 24);  // 8-byte sizes in the descriptor
}

TEST_CASE("zip_writer_uses_zip64_end_records_past_65535_entries") {
    MemoryZip m;
    for (int i = 0; i < 65536; ++i) {
        m.zip.beginEntry("f" + std::to_string(i), 0, {});
        m.zip.endEntry();
    }
    CHECK(m.zip.finish());
    const auto& b = m.bytes;
    std::size_t end = b.size() - 22;
    CHECK_EQ(u32(b, end), 0x06054b50u);
    CHECK_EQ(u16(b, end + 10), 0xFFFF);
    CHECK_EQ(u32(b, end - 20), 0x07064b50u);  // ZIP64 locator
    CHECK_EQ(u32(b, end - 20 - 56), 0x06064b50u);
}

TEST_CASE("zip_writer_refuses_misuse") {
    MemoryZip m;
    CHECK(!m.zip.write(reinterpret_cast<const std::uint8_t*>("x"), 1));  // no entry
    CHECK(!m.zip.endEntry());
    CHECK(m.zip.beginEntry("a", 2, {}));
    CHECK(!m.zip.beginEntry("b", 0, {}));                                // nested
    CHECK(!m.zip.write(reinterpret_cast<const std::uint8_t*>("xyz"), 3)); // more than announced
    CHECK(!m.zip.finish());                                              // entry open
    CHECK(m.zip.endEntry());
    CHECK(m.zip.finish());
    CHECK(!m.zip.beginEntry("late", 0, {}));
    bool stopped = false;
    ZipWriter failing([&](const std::uint8_t*, std::size_t) {
        stopped = true;
        return false;
    });
    CHECK(!failing.beginEntry("a", 0, {}));
    CHECK(stopped);
}

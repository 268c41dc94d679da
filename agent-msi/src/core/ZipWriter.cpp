// ZipWriter: see ZipWriter.h. Layout from PKWARE's APPNOTE.TXT 6.3: local header, data,
// data descriptor for each entry, then the central directory and its end records.
#include "ZipWriter.h"

namespace adhoc {

namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kDataDescriptor = 0x08074b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint32_t kEnd = 0x06054b50;
constexpr std::uint16_t kZip64ExtraId = 0x0001;
// Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8.
constexpr std::uint16_t kFlags = (1 << 3) | (1 << 11);
constexpr std::uint16_t kVersion = 20;
constexpr std::uint16_t kVersionZip64 = 45;
constexpr std::uint32_t kMax32 = 0xFFFFFFFFu;
constexpr std::uint16_t kMax16 = 0xFFFF;

class Bytes {
public:
    Bytes& u16(std::uint16_t v) { return put(v, 2); }
    Bytes& u32(std::uint32_t v) { return put(v, 4); }
    Bytes& u64(std::uint64_t v) { return put(v, 8); }
    Bytes& text(const std::string& s) {
        out.insert(out.end(), s.begin(), s.end());
        return *this;
    }
    std::vector<std::uint8_t> out;

private:
    Bytes& put(std::uint64_t v, int size) {
        for (int i = 0; i < size; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
        return *this;
    }
};

std::uint32_t clamp32(std::uint64_t v) { return v >= kMax32 ? kMax32 : static_cast<std::uint32_t>(v); }

}  // namespace

ZipWriter::DosTime ZipWriter::DosTime::of(int year, int month, int day, int hour, int minute, int second) {
    DosTime t;
    if (year < 1980 || year > 2107) return t;
    t.time = static_cast<std::uint16_t>((hour << 11) | (minute << 5) | (second / 2));
    t.date = static_cast<std::uint16_t>(((year - 1980) << 9) | (month << 5) | day);
    return t;
}

bool ZipWriter::emit(const std::vector<std::uint8_t>& bytes) {
    if (!sink_(bytes.data(), bytes.size())) return false;
    offset_ += bytes.size();
    return true;
}

bool ZipWriter::beginEntry(const std::string& name, std::uint64_t expectedSize, DosTime modified) {
    if (inEntry_ || finished_ || name.empty() || name.size() > kMax16) return false;
    current_ = Entry{name, modified, offset_, 0, expectedSize, 0, expectedSize >= kMax32};
    crc_ = Crc32();
    inEntry_ = true;
    Bytes header;
    header.u32(kLocalHeader).u16(current_.zip64 ? kVersionZip64 : kVersion).u16(kFlags).u16(0);
    header.u16(modified.time).u16(modified.date).u32(0);
    // With a data descriptor the sizes come later; 0xFFFFFFFF plus a ZIP64 extra field
    // tells readers that this entry's descriptor carries 8-byte sizes.
    std::uint32_t sizes = current_.zip64 ? kMax32 : 0;
    header.u32(sizes).u32(sizes).u16(static_cast<std::uint16_t>(name.size()));
    header.u16(current_.zip64 ? 20 : 0).text(name);
    if (current_.zip64) header.u16(kZip64ExtraId).u16(16).u64(0).u64(0);
    return emit(header.out);
}

bool ZipWriter::write(const std::uint8_t* data, std::size_t size) {
    if (!inEntry_ || size > current_.limit - current_.size) return false;
    if (!sink_(data, size)) return false;
    crc_.update(data, size);
    current_.size += size;
    offset_ += size;
    return true;
}

bool ZipWriter::endEntry() {
    if (!inEntry_) return false;
    inEntry_ = false;
    current_.crc = crc_.value();
    Bytes descriptor;
    descriptor.u32(kDataDescriptor).u32(current_.crc);
    if (current_.zip64)
        descriptor.u64(current_.size).u64(current_.size);
    else
        descriptor.u32(static_cast<std::uint32_t>(current_.size)).u32(static_cast<std::uint32_t>(current_.size));
    entries_.push_back(current_);
    return emit(descriptor.out);
}

bool ZipWriter::writeCentralDirectory() {
    for (const Entry& e : entries_) {
        bool bigOffset = e.offset >= kMax32;
        Bytes extra;
        if (e.zip64) extra.u64(e.size).u64(e.size);
        if (bigOffset) extra.u64(e.offset);
        bool needsExtra = e.zip64 || bigOffset;
        bool folder = e.name.back() == '/';
        Bytes header;
        header.u32(kCentralHeader).u16(needsExtra ? kVersionZip64 : kVersion);
        header.u16(needsExtra ? kVersionZip64 : kVersion).u16(kFlags).u16(0);
        header.u16(e.modified.time).u16(e.modified.date).u32(e.crc);
        std::uint32_t size32 = e.zip64 ? kMax32 : static_cast<std::uint32_t>(e.size);
        header.u32(size32).u32(size32).u16(static_cast<std::uint16_t>(e.name.size()));
        header.u16(needsExtra ? static_cast<std::uint16_t>(4 + extra.out.size()) : 0);
        header.u16(0).u16(0).u16(0).u32(folder ? 0x10 : 0).u32(clamp32(e.offset)).text(e.name);
        if (needsExtra) header.u16(kZip64ExtraId).u16(static_cast<std::uint16_t>(extra.out.size()));
        if (!emit(header.out) || !emit(extra.out)) return false;
    }
    return true;
}

bool ZipWriter::finish() {
    if (inEntry_ || finished_) return false;
    finished_ = true;
    std::uint64_t directoryStart = offset_;
    if (!writeCentralDirectory()) return false;
    std::uint64_t directorySize = offset_ - directoryStart;
    std::uint64_t count = entries_.size();
    bool zip64 = count >= kMax16 || directoryStart >= kMax32 || directorySize >= kMax32;
    Bytes end;
    if (zip64) {
        std::uint64_t recordStart = offset_;
        end.u32(kZip64End).u64(44).u16(kVersionZip64).u16(kVersionZip64).u32(0).u32(0);
        end.u64(count).u64(count).u64(directorySize).u64(directoryStart);
        end.u32(kZip64Locator).u32(0).u64(recordStart).u32(1);
    }
    std::uint16_t count16 = count >= kMax16 ? kMax16 : static_cast<std::uint16_t>(count);
    end.u32(kEnd).u16(0).u16(0).u16(count16).u16(count16);
    end.u32(clamp32(directorySize)).u32(clamp32(directoryStart)).u16(0);
    return emit(end.out);
}

}  // namespace adhoc

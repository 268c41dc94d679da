// ZipWriter: writes a ZIP archive as a stream, front to back, without seeking: the File
// Manager sends a folder this way (docs/protocol.md, "File Manager"). Entries are stored
// (no compression) with UTF-8 names, their CRC-32 and sizes in a data descriptor after
// the data, and ZIP64 records when an entry, an offset or the entry count needs them.
// Portable: the bytes go to a sink the caller supplies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "Crc32.h"

namespace adhoc {

class ZipWriter {
public:
    // Receives the archive's bytes in order; returning false aborts the archive.
    using Sink = std::function<bool(const std::uint8_t* data, std::size_t size)>;

    // A local date and time in MS-DOS form, as ZIP stores it (years 1980..2107).
    struct DosTime {
        std::uint16_t time = 0;
        std::uint16_t date = (1 << 5) | 1;  // 1980-01-01
        static DosTime of(int year, int month, int day, int hour, int minute, int second);
    };

    explicit ZipWriter(Sink sink) : sink_(std::move(sink)) {}

    // `name` uses '/' separators; a folder's name ends with '/'. `expectedSize` decides
    // whether the entry needs ZIP64 sizes (4 GiB or more); write() never passes it.
    bool beginEntry(const std::string& name, std::uint64_t expectedSize, DosTime modified);
    bool write(const std::uint8_t* data, std::size_t size);
    bool endEntry();
    // Writes the central directory; the archive is complete afterwards.
    bool finish();

    std::uint64_t bytesWritten() const { return offset_; }

private:
    struct Entry {
        std::string name;
        DosTime modified;
        std::uint64_t offset = 0;
        std::uint64_t size = 0;
        std::uint64_t limit = 0;
        std::uint32_t crc = 0;
        bool zip64 = false;
    };

    bool emit(const std::vector<std::uint8_t>& bytes);
    bool writeCentralDirectory();

    Sink sink_;
    std::uint64_t offset_ = 0;
    Entry current_;
    Crc32 crc_;
    bool inEntry_ = false;
    bool finished_ = false;
    std::vector<Entry> entries_;
};

}  // namespace adhoc

// Crc32: the CRC-32 of ZIP (and PNG, Ethernet): polynomial 0xEDB88320, computed in pieces.
#pragma once

#include <cstddef>
#include <cstdint>

namespace adhoc {

class Crc32 {
public:
    void update(const std::uint8_t* data, std::size_t size);
    std::uint32_t value() const { return ~state_; }
    static std::uint32_t of(const void* data, std::size_t size);

private:
    std::uint32_t state_ = 0xFFFFFFFFu;
};

}  // namespace adhoc

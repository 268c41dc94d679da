// PixelMatcher: LZ77 over 32-bit pixels, for WebpWriter. Finds, position by position in
// scan-line order, a long earlier run of pixels equal to the coming ones anywhere up to a
// million pixels back (as far as WebP lossless reaches), so a glyph is copied from any
// earlier text line of a screen, not only from the last few rows as Deflate's 32 KiB allow.
// Candidates: the pixels above, above-left and above-right, and the last eight positions
// whose next three pixels hashed alike. Greedy, with one step of lazy matching; copies of 2
// to 4096 pixels. Keeps its tables between images; one per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

// One step of an image's pixel stream: a literal pixel, a colour-cache index (WebpWriter
// turns literals into those), or a copy of `length` earlier pixels.
class PixelToken {
public:
    enum Kind : std::uint32_t { Literal, Cached, Copy };

    static PixelToken literal(std::uint32_t argb) { return {Literal, argb, 0}; }
    static PixelToken cached(std::uint32_t index) { return {Cached, index, 0}; }
    static PixelToken copy(std::uint32_t length, std::uint32_t distance) { return {Copy, length, distance}; }

    Kind kind() const { return static_cast<Kind>(kindAndDistance_ >> 30); }
    std::uint32_t argb() const { return value_; }
    std::uint32_t cacheIndex() const { return value_; }
    std::uint32_t length() const { return value_; }
    // How far back the copy starts: pixels from PixelMatcher, a distance code (RFC 9649,
    // 5.2.2) once WebpWriter has mapped it.
    std::uint32_t distance() const { return kindAndDistance_ & 0x3FFFFFFFu; }
    void setDistance(std::uint32_t distance) { kindAndDistance_ = (Copy << 30) | distance; }

private:
    PixelToken(Kind kind, std::uint32_t value, std::uint32_t distance)
        : value_(value), kindAndDistance_((static_cast<std::uint32_t>(kind) << 30) | distance) {}

    std::uint32_t value_;
    std::uint32_t kindAndDistance_;  // the kind in the top two bits
};

class PixelMatcher {
public:
    // Replaces `tokens` with literals and copies covering the `count` pixels.
    void match(const std::uint32_t* pixels, std::size_t count, std::size_t width, std::vector<PixelToken>& tokens);

private:
    struct Match {
        std::size_t length = 0;
        std::size_t distance = 0;
    };

    // The longest match for the pixels at `at` from the three pixels above and the newest
    // `ways` hashed candidates (all earlier positions must have been inserted).
    Match longest(std::size_t at, std::size_t ways) const;
    // Makes positions up to `end` (exclusive) candidates for later ones.
    void insertUntil(std::size_t end);
    // Where in table_ the positions whose next pixels hash as those at `at` start.
    std::size_t bucketOf(std::size_t at) const;

    static constexpr std::size_t kWays = 8;  // positions kept per hash, the newest first

    const std::uint32_t* pixels_ = nullptr;
    std::size_t count_ = 0;
    std::size_t width_ = 0;
    std::size_t inserted_ = 0;  // positions before this one are in the table
    int hashBits_ = 0;
    std::vector<std::uint32_t> table_;  // kWays positions + 1 per hash, 0 for none
};

}  // namespace adhoc

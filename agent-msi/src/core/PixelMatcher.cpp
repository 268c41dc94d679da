// PixelMatcher: see PixelMatcher.h.
#include "PixelMatcher.h"

#include <algorithm>

namespace adhoc {

namespace {

constexpr std::size_t kMinLength = 2;
constexpr std::size_t kMaxLength = 4096;  // the format's limit
// The farthest a distance code reaches (its largest value less the 120 neighbourhood codes).
constexpr std::size_t kMaxDistance = (std::size_t{1} << 20) - 120;
// A match this long is taken at once, without looking one pixel further for a longer one.
constexpr std::size_t kGoodEnough = 32;
// The hash covers this many pixels from a position (two find fewer long matches).
constexpr std::size_t kHashedPixels = 3;
// A copy longer than this is mostly background or repeated lines, which the pixel above and
// the copy's own start find again: of its positions only the last few become candidates.
// Inserting them all took half the time on a screen of text and pushed better candidates
// out of their buckets.
constexpr std::size_t kLongCopy = 128;
constexpr std::size_t kLongCopyTail = 8;
// After this many literals in a row (noise, a photo) the hashed candidates, cache misses
// that hardly ever match there, are tried only at every eighth position until a copy is
// found again (the pixel above still at each). Halved the time of a 1080p screen of noise,
// not a byte more on screens of text.
constexpr std::size_t kHopelessLiterals = 64;
constexpr std::size_t kHopelessStep = 8;

}  // namespace

void PixelMatcher::match(const std::uint32_t* pixels, std::size_t count, std::size_t width,
                         std::vector<PixelToken>& tokens) {
    pixels_ = pixels;
    count_ = count;
    width_ = width;
    inserted_ = 0;
    // About one bucket per eight pixels, so a small rect clears a small table.
    hashBits_ = 8;
    while (hashBits_ < 16 && (std::size_t{8} << hashBits_) < count) ++hashBits_;
    table_.assign(kWays << hashBits_, 0);
    tokens.clear();
    std::size_t literals = 0;  // in a row
    for (std::size_t at = 0; at < count;) {
        insertUntil(at);
        const bool hopeless = literals >= kHopelessLiterals && at % kHopelessStep != 0;
        Match best = longest(at, hopeless ? 0 : kWays);
        if (best.length >= kMinLength && best.length < kGoodEnough && at + 1 < count) {
            insertUntil(at + 1);
            const Match next = longest(at + 1, kWays);
            if (next.length > best.length) {
                tokens.push_back(PixelToken::literal(pixels[at++]));
                best = next;
            }
        }
        if (best.length < kMinLength) {
            tokens.push_back(PixelToken::literal(pixels[at++]));
            ++literals;
            continue;
        }
        literals = 0;
        tokens.push_back(PixelToken::copy(static_cast<std::uint32_t>(best.length), static_cast<std::uint32_t>(best.distance)));
        at += best.length;
        if (best.length > kLongCopy) inserted_ = std::max(inserted_, at - kLongCopyTail);
    }
}

PixelMatcher::Match PixelMatcher::longest(std::size_t at, std::size_t ways) const {
    Match best;
    const std::size_t limit = std::min(kMaxLength, count_ - at);
    if (limit < kMinLength) return best;
    const std::uint32_t* here = pixels_ + at;
    const auto tryFrom = [&](std::size_t from) {
        const std::uint32_t* there = pixels_ + from;
        // Most candidates fail at the pixel that would make them the best: look there first.
        if (there[best.length] != here[best.length]) return;
        std::size_t n = 0;
        while (n < limit && there[n] == here[n]) ++n;
        if (n > best.length) {
            best.length = n;
            best.distance = at - from;
        }
    };
    // The pixel above, then above-left and above-right: the three cheapest distance codes. The
    // diagonals carry a round or slanted edge down a row (a disc's edge moves a pixel a row),
    // which the hashed candidates, nearly all in the same row on a flat background, miss: a
    // sixth off a frame of the remote benchmark's discs.
    if (at >= width_) tryFrom(at - width_);
    if (at > width_) tryFrom(at - width_ - 1);
    if (at + 1 >= width_ && width_ > 1) tryFrom(at + 1 - width_);
    if (at + kHashedPixels > count_) return best;
    const std::uint32_t* bucket = &table_[bucketOf(at)];
    for (std::size_t way = 0; way < ways && best.length < limit; ++way) {
        if (bucket[way] == 0) break;
        const std::size_t from = bucket[way] - 1;
        if (at - from > kMaxDistance) break;  // older ones are farther still
        if (at - from + 1 < width_ || at - from > width_ + 1) tryFrom(from);  // not one tried above
    }
    return best;
}

void PixelMatcher::insertUntil(std::size_t end) {
    const std::size_t hashable = count_ >= kHashedPixels ? count_ - kHashedPixels + 1 : 0;
    for (end = std::min(end, hashable); inserted_ < end; ++inserted_) {
        std::uint32_t* bucket = &table_[bucketOf(inserted_)];
        std::copy_backward(bucket, bucket + kWays - 1, bucket + kWays);
        bucket[0] = static_cast<std::uint32_t>(inserted_ + 1);
    }
}

std::size_t PixelMatcher::bucketOf(std::size_t at) const {
    const std::uint32_t* p = pixels_ + at;
    const std::uint64_t key = (static_cast<std::uint64_t>(p[0]) << 32 | p[1]) * 0x9E3779B97F4A7C15u ^
                              static_cast<std::uint64_t>(p[2]) * 0xC2B2AE3D27D4EB4Fu;
    return static_cast<std::size_t>(key >> (64 - hashBits_)) * kWays;
}

}  // namespace adhoc

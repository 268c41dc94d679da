// MoveDetector: see MoveDetector.h.
#include "MoveDetector.h"

#include <algorithm>
#include <cstring>

namespace adhoc {

namespace {

constexpr int kAnchorsPerSide = 3;
constexpr int kMaxFruitlessPieces = 3;
// Shifts tried per piece (a piece of repeating content matches at several).
constexpr int kMaxCandidatesPerPiece = 8;
constexpr int kProbeRows = 32;

// The address of pixel (x, y) in a frame of 32-bit pixels.
template <typename Byte>
Byte* pixelAt(Byte* frame, std::size_t stride, int x, int y) {
    return frame + static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x) * 4;
}

struct Frames {
    const std::uint8_t* previous;
    const std::uint8_t* current;
    std::size_t stride;
    int width;
    int height;

    const std::uint8_t* pixel(const std::uint8_t* frame, int x, int y) const { return pixelAt(frame, stride, x, y); }
    // Whether `length` pixels of `current` from (x, y) equal `previous` from (x - dx, y - dy).
    bool same(int x, int y, int length, int dx, int dy) const {
        return samePixel(x, y, dx, dy) &&
               std::memcmp(pixel(current, x, y), pixel(previous, x - dx, y - dy), static_cast<std::size_t>(length) * 4) == 0;
    }
    // Compared inline: most shifts tried differ at the first pixel or at another chosen one, and
    // a call per shift was most of the search's cost.
    bool samePixel(int x, int y, int dx, int dy) const {
        std::uint32_t a = 0, b = 0;
        std::memcpy(&a, pixel(current, x, y), 4);
        std::memcpy(&b, pixel(previous, x - dx, y - dy), 4);
        return a == b;
    }
};

// A piece of one colour, or of two runs, matches all over a flat area or a stripe.
bool distinctive(const Frames& f, int x, int y) {
    const std::uint8_t* piece = f.pixel(f.current, x, y);
    int runs = 1;
    for (int i = 1; i < MoveDetector::kPieceLength && runs < 3; ++i)
        if (std::memcmp(piece + i * 4, piece + (i - 1) * 4, 4) != 0) ++runs;
    return runs >= 3;
}

// The largest rectangle around the piece at (x, y), inside `within`, that equals the capture
// before moved by (dx, dy): the piece's row as far as it matches, then whole rows up and down.
ScreenRect grow(const Frames& f, int x, int y, int dx, int dy, const ScreenRect& within) {
    int left = x;
    while (left > within.x && left - 1 - dx >= 0 && f.samePixel(left - 1, y, dx, dy)) --left;
    int right = x + MoveDetector::kPieceLength;
    while (right < within.x + within.width && right - dx < f.width && f.samePixel(right, y, dx, dy)) ++right;
    int top = y;
    while (top > within.y && top - 1 - dy >= 0 && f.same(left, top - 1, right - left, dx, dy)) --top;
    int bottom = y + 1;
    while (bottom < within.y + within.height && bottom - dy < f.height && f.same(left, bottom, right - left, dx, dy))
        ++bottom;
    return {left, top, right - left, bottom - top};
}

long long area(const ScreenRect& r) { return static_cast<long long>(r.width) * r.height; }

// The piece's first pixel that differs from its first: on a flat background the first pixel
// matches almost everywhere, that one almost nowhere.
int keyOf(const Frames& f, int x, int y) {
    const std::uint8_t* piece = f.pixel(f.current, x, y);
    int key = 1;
    while (key < MoveDetector::kPieceLength - 1 && std::memcmp(piece + key * 4, piece, 4) == 0) ++key;
    return key;
}

// The largest block around the piece at (x, y) over every shift where the piece matches.
ScreenMove bestAround(const Frames& f, int x, int y, const ScreenRect& changed) {
    ScreenMove best;
    const int key = keyOf(f, x, y);
    int candidates = 0;
    for (int dy = -MoveDetector::kMaxShift; dy <= MoveDetector::kMaxShift && candidates < kMaxCandidatesPerPiece; ++dy) {
        if (y - dy < 0 || y - dy >= f.height) continue;
        for (int dx = -MoveDetector::kMaxShift; dx <= MoveDetector::kMaxShift && candidates < kMaxCandidatesPerPiece; ++dx) {
            if (x - dx < 0 || x - dx + MoveDetector::kPieceLength > f.width || !f.samePixel(x + key, y, dx, dy) ||
                !f.same(x, y, MoveDetector::kPieceLength, dx, dy))
                continue;
            ++candidates;
            const ScreenRect grown = grow(f, x, y, dx, dy, changed);
            if (area(grown) > area(best.to)) best = {grown, dx, dy};
        }
    }
    return best;
}

bool inside(const ScreenRect& r, int x, int y) { return x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height; }

}  // namespace

ScreenMove MoveDetector::find(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride,
                              int width, int height, const ScreenRect& changed) {
    ScreenMove best;
    if (area(changed) < kMinPixels || changed.width < kPieceLength) return best;
    const Frames f{previous, current, stride, width, height};
    int fruitless = 0;
    for (int j = 0; j < kAnchorsPerSide; ++j) {
        for (int i = 0; i < kAnchorsPerSide; ++i) {
            const int x = changed.x + (changed.width - kPieceLength) * (2 * i + 1) / (2 * kAnchorsPerSide);
            int y = changed.y + changed.height * (2 * j + 1) / (2 * kAnchorsPerSide);
            if (best.found() && inside(best.to, x, y)) continue;
            // The gap between lines of text or a flat band has no piece to look for: the rows below may.
            const int lastRow = std::min(y + kProbeRows, changed.y + changed.height);
            while (y < lastRow && (f.same(x, y, kPieceLength, 0, 0) || !distinctive(f, x, y))) ++y;
            if (y == lastRow) continue;
            const ScreenMove move = bestAround(f, x, y, changed);
            if (area(move.to) > area(best.to)) best = move;
            if (area(best.to) * 2 >= area(changed)) return best;
            // New content, a video, small shapes moving: after a few pieces that lead to no block
            // worth a copy, the search (a few hundred microseconds a piece) stops.
            if (area(move.to) < kMinPixels && ++fruitless >= kMaxFruitlessPieces) break;
        }
    }
    return area(best.to) >= kMinPixels ? best : ScreenMove{};
}

void MoveDetector::apply(std::uint8_t* frame, std::size_t stride, const ScreenMove& move) {
    const ScreenRect from = move.from();
    const auto bytes = static_cast<std::size_t>(move.to.width) * 4;
    // Rows in the order that reads each before it is overwritten; memmove handles a row's overlap.
    for (int i = 0; i < move.to.height; ++i) {
        const int row = move.dy > 0 ? move.to.height - 1 - i : i;
        std::memmove(pixelAt(frame, stride, move.to.x, move.to.y + row), pixelAt(frame, stride, from.x, from.y + row),
                     bytes);
    }
}

}  // namespace adhoc

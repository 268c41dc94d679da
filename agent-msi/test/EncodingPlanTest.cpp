// EncodingPlanTest: a rect of few colours goes whole as before; a rect with a photo in it is
// cut at tile boundaries so that text and flat areas beside the photo stay lossless; tiles of
// one class merge; the pieces cover the rect exactly, at the screen's edges too.
#include <cstdint>
#include <vector>

#include "../src/core/EncodingPlan.h"
#include <doctest/doctest.h>

using adhoc::EncodingPlan;
using adhoc::PlannedRect;
using adhoc::RectEncoding;
using adhoc::ScreenRect;
using Pieces = std::vector<PlannedRect>;

namespace {

struct Frame {
    int width, height;
    std::vector<std::uint8_t> pixels;
    Frame(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * h * 4, 0xF0) {}
    std::size_t stride() const { return static_cast<std::size_t>(width) * 4; }
    void put(int x, int y, std::uint32_t rgb) {
        std::uint8_t* p = &pixels[(static_cast<std::size_t>(y) * width + x) * 4];
        p[0] = static_cast<std::uint8_t>(rgb);
        p[1] = static_cast<std::uint8_t>(rgb >> 8);
        p[2] = static_cast<std::uint8_t>(rgb >> 16);
    }
    // Camera noise: nearly every pixel its own colour.
    void photo(const ScreenRect& r) {
        for (int y = r.y; y < r.y + r.height; ++y)
            for (int x = r.x; x < r.x + r.width; ++x)
                put(x, y, (static_cast<std::uint32_t>(x) * 7919u + static_cast<std::uint32_t>(y) * 104729u) * 2654435761u >> 8);
    }
    // Black strokes on the white-ish background: two colours.
    void text(const ScreenRect& r) {
        for (int y = r.y; y < r.y + r.height; ++y)
            for (int x = r.x; x < r.x + r.width; ++x)
                if ((x + y) % 5 == 0) put(x, y, 0x000000);
    }
    // `count` colours starting at `first`, in turn.
    void palette(const ScreenRect& r, std::uint32_t first, int count) {
        int i = 0;
        for (int y = r.y; y < r.y + r.height; ++y)
            for (int x = r.x; x < r.x + r.width; ++x) put(x, y, first + static_cast<std::uint32_t>(i++ % count));
    }
    std::vector<PlannedRect> plan(const ScreenRect& r) const { return EncodingPlan::plan(pixels.data(), stride(), r); }
};

long long areaOf(const std::vector<PlannedRect>& pieces) {
    long long sum = 0;
    for (const PlannedRect& p : pieces) sum += static_cast<long long>(p.rect.width) * p.rect.height;
    return sum;
}

bool inside(const ScreenRect& inner, const ScreenRect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width &&
           inner.y + inner.height <= outer.y + outer.height;
}

bool overlap(const ScreenRect& a, const ScreenRect& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// The pieces lie in the rect, do not overlap and add up to it: together they are the rect.
void checkCovers(const std::vector<PlannedRect>& pieces, const ScreenRect& rect) {
    CHECK_EQ(areaOf(pieces), static_cast<long long>(rect.width) * rect.height);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        CHECK(inside(pieces[i].rect, rect));
        for (std::size_t j = i + 1; j < pieces.size(); ++j) CHECK(!overlap(pieces[i].rect, pieces[j].rect));
    }
}

}  // namespace

TEST_CASE("encoding_plan_keeps_a_rect_of_few_colours_whole") {
    Frame f(300, 200);
    f.text({0, 0, 300, 200});
    auto pieces = f.plan({10, 10, 280, 180});
    CHECK(pieces == Pieces{{{10, 10, 280, 180}, RectEncoding::Bilevel}});
    f.palette({100, 100, 20, 20}, 0x123400, 200);  // an icon: now over two colours, under 256
    pieces = f.plan({10, 10, 280, 180});
    CHECK(pieces == Pieces{{{10, 10, 280, 180}, RectEncoding::Png}});
    CHECK(f.plan({10, 10, 0, 5}).empty());
}

TEST_CASE("encoding_plan_sends_a_photo_alone_as_one_jpeg") {
    Frame f(256, 128);
    f.photo({0, 0, 256, 128});
    auto pieces = f.plan({0, 0, 256, 128});
    CHECK(pieces == Pieces{{{0, 0, 256, 128}, RectEncoding::Jpeg}});
}

TEST_CASE("encoding_plan_keeps_text_beside_a_photo_lossless") {
    Frame f(256, 128);
    f.photo({0, 0, 128, 128});
    f.text({128, 0, 128, 128});
    auto pieces = f.plan({0, 0, 256, 128});
    CHECK(pieces == Pieces{{{0, 0, 128, 128}, RectEncoding::Jpeg},
                           {{128, 0, 128, 128}, RectEncoding::Bilevel}});
}

TEST_CASE("encoding_plan_cuts_an_unaligned_rect_at_the_frame_edge") {
    // 200x100: the last column of tiles is 8 pixels wide, the last row 36 high. The photo ends
    // inside the second column of tiles, which goes lossy whole; the rect ends at the corner.
    Frame f(200, 100);
    f.photo({0, 0, 100, 100});
    f.text({100, 0, 100, 100});
    const ScreenRect rect{30, 20, 170, 80};
    auto pieces = f.plan(rect);
    checkCovers(pieces, rect);
    CHECK(pieces == Pieces{{{30, 20, 98, 80}, RectEncoding::Jpeg},
                           {{128, 20, 72, 80}, RectEncoding::Bilevel}});
}

TEST_CASE("encoding_plan_sends_lossless_tiles_alone_when_together_they_have_too_many_colours") {
    // Each of the first two tiles has 200 colours, but not the same 200: merged they would
    // need a truecolour PNG, so each goes as its own palette PNG.
    Frame f(192, 64);
    f.palette({0, 0, 64, 64}, 0x100000, 200);
    f.palette({64, 0, 64, 64}, 0x200000, 200);
    f.photo({128, 0, 64, 64});
    auto pieces = f.plan({0, 0, 192, 64});
    CHECK(pieces == Pieces{{{0, 0, 64, 64}, RectEncoding::Png},
                           {{64, 0, 64, 64}, RectEncoding::Png},
                           {{128, 0, 64, 64}, RectEncoding::Jpeg}});
}

TEST_CASE("encoding_plan_pieces_cover_a_mixed_rect_exactly") {
    // A photo in the middle of a page of text and flat areas, rect not on tile boundaries.
    Frame f(640, 400);
    f.text({0, 0, 640, 400});
    f.photo({150, 90, 260, 170});
    f.palette({500, 300, 40, 40}, 0x445500, 30);
    const ScreenRect rect{5, 7, 630, 390};
    auto pieces = f.plan(rect);
    checkCovers(pieces, rect);
    bool lossless = false;
    for (const PlannedRect& p : pieces) {
        // A lossy piece only where the photo is.
        if (p.encoding == RectEncoding::Jpeg) CHECK(overlap(p.rect, {150, 90, 260, 170}));
        lossless = lossless || p.encoding != RectEncoding::Jpeg;
    }
    CHECK(lossless);
    for (std::size_t i = 1; i < pieces.size(); ++i) CHECK(!pieces[i].rect.precedes(pieces[i - 1].rect));
}

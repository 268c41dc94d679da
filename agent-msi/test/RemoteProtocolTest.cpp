// RemoteProtocolTest: Remote Control's portable parts: binary frame layouts, the JSON the
// worker sends, the ack window, capture pacing, input arithmetic, cursor transparency and
// the choice of a rect's encoding.
#include <cstdint>
#include <string>
#include <vector>

#include "../src/core/CapturePacer.h"
#include "../src/core/CursorImage.h"
#include "../src/core/EncodingChoice.h"
#include "../src/core/FrameAckWindow.h"
#include "../src/core/Json.h"
#include "../src/core/RemoteInput.h"
#include "../src/core/RemoteProtocol.h"
#include "Hex.h"
#include <doctest/doctest.h>

using namespace adhoc;
using adhoc::test::hex;
using Bytes = std::vector<std::uint8_t>;

TEST_CASE("remote_frames_have_the_documented_layout") {
    CHECK_EQ(hex(RemoteProtocol::rectFrame(RectEncoding::Webp, {1, 258, 1920, 64}, {0xAA, 0xBB})),
             std::string("01" "04" "0100" "0201" "8007" "4000" "aabb"));
    // A copy rect: the block at (2, 300) goes to (26, 292); its data is the source's x and y.
    CHECK_EQ(hex(RemoteProtocol::copyFrame({{26, 292, 800, 560}, 24, -8})),
             std::string("01" "05" "1a00" "2401" "2003" "3002" "0200" "2c01"));
    CHECK_EQ(hex(RemoteProtocol::frameEnd(0x01020304)), std::string("0204030201"));
    CHECK_EQ(hex(RemoteProtocol::cursorShapeFrame(3, 4, 32, 33, {0x89})), std::string("030300040020002100" "89"));
}

TEST_CASE("remote_screen_message_lists_monitors") {
    std::vector<MonitorInfo> monitors{{0, 0, 1920, 1080, true}, {1920, -100, 1280, 1024, false}};
    Json m;
    CHECK(Json::parse(RemoteProtocol::screenMessage(monitors, 1), m));
    CHECK_EQ(m.getString("type"), std::string("screen"));
    CHECK_EQ(m.get("width").asInteger(), 1280);
    CHECK_EQ(m.get("height").asInteger(), 1024);
    CHECK_EQ(m.get("monitor").asInteger(), 1);
    CHECK_EQ(m.get("monitors").items().size(), 2u);
    if (m.get("monitors").items().size() == 2) {
        const Json second = m.get("monitors").items()[1];
        CHECK_EQ(second.get("index").asInteger(), 1);
        CHECK_EQ(second.get("x").asInteger(), 1920);
        CHECK_EQ(second.get("y").asInteger(), -100);
        CHECK(!second.get("primary").asBool(true));
        CHECK(m.get("monitors").items()[0].get("primary").asBool());
    }
}

TEST_CASE("remote_messages_cursor_error_clipboard") {
    CHECK_EQ(RemoteProtocol::cursorMessage(10, -2, false),
             std::string(R"({"type":"cursor","x":10,"y":-2,"visible":false})"));
    CHECK_EQ(RemoteProtocol::errorMessage("no"), std::string(R"({"type":"error","message":"no"})"));
    CHECK_EQ(RemoteProtocol::clipboardMessage("a\"b"), std::string(R"({"type":"clipboard","text":"a\"b"})"));
    CHECK_EQ(RemoteProtocol::blankMessage(false), std::string(R"({"type":"blank","on":false})"));
    CHECK_EQ(RemoteProtocol::blankMessage(true), std::string(R"({"type":"blank","on":true})"));
}

TEST_CASE("remote_clipboard_is_capped_without_splitting_characters") {
    std::string big;
    while (big.size() < 70000) big += "\xC3\xA8";  // "è", two bytes
    Json m;
    std::string encoded = RemoteProtocol::clipboardMessage(big);
    CHECK(encoded.size() < 64 * 1024);
    CHECK(Json::parse(encoded, m));
    CHECK_EQ(m.getString("text").size(), RemoteProtocol::kMaxClipboardBytes);
    CHECK_EQ(RemoteProtocol::truncateUtf8("a\xC3\xA8", 2), std::string("a"));
    std::string controls(60000, '\x01');  // escaped as \u0001: six bytes each
    encoded = RemoteProtocol::clipboardMessage(controls);
    CHECK(encoded.size() <= 63 * 1024);
    CHECK(Json::parse(encoded, m));
    CHECK(m.getString("text").size() > 9000);
}

TEST_CASE("remote_quality_settings") {
    int low = 0, medium = 0, high = 0;
    CHECK(RemoteProtocol::jpegQuality("low", low));
    CHECK(RemoteProtocol::jpegQuality("medium", medium));
    CHECK(RemoteProtocol::jpegQuality("high", high));
    CHECK_EQ(medium, RemoteProtocol::kMediumJpegQuality);
    CHECK((1 <= low && low < medium && medium < high && high <= 100));
    int q = 0;
    CHECK(!RemoteProtocol::jpegQuality("ultra", q));
}

TEST_CASE("ack_window_allows_two_unacknowledged_frames") {
    FrameAckWindow window;
    CHECK(window.canSend());
    CHECK_EQ(window.nextSequence(), 1u);
    CHECK(window.canSend());
    CHECK_EQ(window.nextSequence(), 2u);
    CHECK(!window.canSend());
    window.acknowledge(7);  // never sent: ignored
    CHECK(!window.canSend());
    window.acknowledge(1);
    CHECK(window.canSend());
    CHECK_EQ(window.nextSequence(), 3u);
    window.acknowledge(1);  // stale
    CHECK(!window.canSend());
    window.acknowledge(3);  // cumulative
    CHECK_EQ(window.unacknowledged(), 0u);
}

TEST_CASE("capture_pacer_backs_off_when_static_and_wakes_on_activity") {
    CapturePacer pacer;
    pacer.captured(0, true);
    CHECK_EQ(pacer.nextCaptureAtMs(), 33);
    std::int64_t now = 33;
    while (now < 1000) {
        pacer.captured(now, false);
        now = pacer.nextCaptureAtMs();
    }
    CHECK_EQ(pacer.intervalMs(), 33);  // still fast for a second after the change
    for (int i = 0; i < 10; ++i) {
        pacer.captured(now, false);
        now = pacer.nextCaptureAtMs();
    }
    CHECK_EQ(pacer.intervalMs(), CapturePacer::kSlowestMs);
    const std::int64_t last = now - CapturePacer::kSlowestMs;
    pacer.activity(last + 10);
    CHECK_EQ(pacer.nextCaptureAtMs(), last + 33);
    CHECK_EQ(pacer.intervalMs(), 33);
}

TEST_CASE("remote_input_button_changes_and_absolute_coordinates") {
    auto changes = RemoteInput::buttonChanges(0b001, 0b110);
    CHECK_EQ(changes.size(), 3u);
    if (changes.size() == 3) {
        CHECK(changes[0] == (ButtonChange{ButtonChange::Button::Left, false}));
        CHECK(changes[1] == (ButtonChange{ButtonChange::Button::Right, true}));
        CHECK(changes[2] == (ButtonChange{ButtonChange::Button::Middle, true}));
    }
    CHECK(RemoteInput::buttonChanges(5, 5).empty());
    // Windows maps back with pixel = origin + value * size / 65536 (truncating).
    const int origins[] = {0, -1280};
    const int sizes[] = {1024, 1920 + 1280, 3000};
    for (int origin : origins)
        for (int size : sizes)
            for (int pixel = origin; pixel < origin + size; pixel += 7) {
                const int value = RemoteInput::absoluteCoordinate(pixel, origin, size);
                CHECK((value >= 0 && value <= 65535));
                CHECK_EQ(origin + static_cast<int>(static_cast<long long>(value) * size / 65536), pixel);
            }
    CHECK_EQ(RemoteInput::absoluteCoordinate(5000, 0, 1024), RemoteInput::absoluteCoordinate(1023, 0, 1024));
    CHECK_EQ(RemoteInput::absoluteCoordinate(-5, 0, 1024), 0);
}

TEST_CASE("cursor_image_recovers_alpha_and_inverted_pixels") {
    // Pixels: opaque red, transparent, half-transparent white, inverting.
    const std::uint8_t onBlack[] = {0, 0, 255, 0, 0, 0, 0, 0, 128, 128, 128, 0, 255, 255, 255, 0};
    const std::uint8_t onWhite[] = {0, 0, 255, 0, 255, 255, 255, 0, 255, 255, 255, 0, 0, 0, 0, 0};
    Bytes out = CursorImage::fromBlackAndWhite(onBlack, onWhite, 4);
    CHECK_EQ(hex(out), std::string("0000ffff" "00000000" "ffffff80" "000000ff"));
}

TEST_CASE("encoding_choice_prefers_bilevel_for_two_colors_and_webp_for_few") {
    const int w = 64, h = 64;
    Bytes flat(w * h * 4, 0xF0);
    for (int i = 0; i < w * h; i += 9) flat[i * 4] = 0x10;  // text-like: two colours
    CHECK(EncodingChoice::choose(flat.data(), w * 4, w, h) == RectEncoding::Bilevel);
    CHECK_EQ(EncodingChoice::countColors(flat.data(), w * 4, w, h, 256), 2);
    flat[5 * 4 + 2] = 0x33;  // an icon's third colour
    CHECK(EncodingChoice::choose(flat.data(), w * 4, w, h) == RectEncoding::Webp);
    for (int i = 0; i < 254; ++i) flat[(64 * 10 + i) * 4 + 1] = static_cast<std::uint8_t>(i);
    CHECK_EQ(EncodingChoice::countColors(flat.data(), w * 4, w, h, 1024), 256);
    CHECK(EncodingChoice::choose(flat.data(), w * 4, w, h) == RectEncoding::Webp);
    Bytes gradient(w * h * 4);
    for (int i = 0; i < w * h; ++i) {
        gradient[i * 4] = static_cast<std::uint8_t>(i);
        gradient[i * 4 + 1] = static_cast<std::uint8_t>(i >> 4);
    }
    CHECK(EncodingChoice::choose(gradient.data(), w * 4, w, h) == RectEncoding::Jpeg);
    CHECK_EQ(EncodingChoice::countColors(gradient.data(), w * 4, w, h, 100), 101);
}

TEST_CASE("encoding_choice_reads_only_the_rect_and_sees_a_third_colour_at_its_last_pixel") {
    // A 5x3 rect in rows of 8 pixels: the 3 pixels past it in each row hold other colours.
    const int w = 5, h = 3, stride = 8 * 4;
    Bytes pixels(stride * h, 0x11);
    for (int y = 0; y < h; ++y)
        for (int x = w; x < 8; ++x) pixels[y * stride + x * 4 + 1] = static_cast<std::uint8_t>(x * 20 + y);
    CHECK(EncodingChoice::choose(pixels.data(), stride, w, h) == RectEncoding::Bilevel);  // one colour
    pixels[stride + 2 * 4] = 0x99;
    CHECK(EncodingChoice::choose(pixels.data(), stride, w, h) == RectEncoding::Bilevel);  // two
    pixels[2 * stride + 4 * 4 + 2] = 0x55;
    CHECK(EncodingChoice::choose(pixels.data(), stride, w, h) == RectEncoding::Webp);  // a third, last
}

TEST_CASE("encoding_choice_keeps_anti_aliased_text_lossless_and_sends_photos_as_jpeg") {
    // Sub-pixel text: a glyph edge every few pixels in one of 800 fringe colours, on white.
    const int w = 64, h = 64;
    Bytes text(w * h * 4, 0xFF);
    for (int i = 0; i < w * h; i += 3) {
        const int fringe = (i / 3) % 800;
        text[i * 4] = static_cast<std::uint8_t>(fringe);
        text[i * 4 + 1] = static_cast<std::uint8_t>(fringe >> 8);
    }
    CHECK(EncodingChoice::choose(text.data(), w * 4, w, h) == RectEncoding::Webp);
    // Camera noise: a new colour at nearly every pixel.
    Bytes photo(w * h * 4);
    std::uint32_t seed = 7;
    for (auto& byte : photo) byte = static_cast<std::uint8_t>((seed = seed * 1103515245u + 12345u) >> 24);
    CHECK(EncodingChoice::choose(photo.data(), w * 4, w, h) == RectEncoding::Jpeg);
    // A larger rect may have more colours: an eighth of its pixels, from 1,024 to 16,384.
    CHECK_EQ(EncodingChoice::maxLosslessColors(64 * 64), 1024);
    CHECK_EQ(EncodingChoice::maxLosslessColors(800 * 32), 3200);
    CHECK_EQ(EncodingChoice::maxLosslessColors(1920 * 1080), 16384);
}

// FrameBundleTest: a frame's parts leave as one message, read back by their lengths; one part
// goes as it is, and a bundle never passes the relay's limit on a message.
#include <cstdint>
#include <string>
#include <vector>

#include "../src/core/FrameBundle.h"
#include "BundleReader.h"
#include <doctest/doctest.h>

using adhoc::FrameBundle;
using Bytes = std::vector<std::uint8_t>;

namespace {

class SentMessages : public adhoc::StreamPeer {
public:
    bool sendText(const std::string&) override { return false; }
    bool sendBinary(const std::uint8_t* data, std::size_t size) override {
        messages.emplace_back(data, data + size);
        return connected;
    }
    std::vector<Bytes> messages;
    bool connected = true;
};

Bytes frame(std::uint8_t kind, std::size_t size) {
    Bytes b(size, static_cast<std::uint8_t>(size));
    b[0] = kind;
    return b;
}

// The frames a bundle carries.
std::vector<Bytes> unbundle(const Bytes& message) {
    CHECK_EQ(message[0], FrameBundle::kKind);
    return adhoc::test::framesOf(message.data(), message.size());
}

}  // namespace

TEST_CASE("frame_bundle_sends_a_frames_rects_and_end_as_one_message") {
    SentMessages peer;
    FrameBundle bundle(peer);
    const Bytes rect1 = frame(0x01, 300), rect2 = frame(0x01, 17), end = frame(0x02, 5);  // lengths of 2, 1, 1 bytes
    CHECK(bundle.add(rect1));
    CHECK(bundle.add(rect2));
    CHECK(bundle.add(end));
    CHECK(peer.messages.empty());
    CHECK(bundle.send());
    REQUIRE_EQ(peer.messages.size(), 1u);
    CHECK_EQ(peer.messages[0][0], FrameBundle::kKind);
    CHECK_EQ(unbundle(peer.messages[0]), std::vector<Bytes>{rect1, rect2, end});
    CHECK_EQ(peer.messages[0].size(), 1 + 2 + 1 + 1 + rect1.size() + rect2.size() + end.size());
    CHECK_EQ(Bytes(peer.messages[0].begin() + 1, peer.messages[0].begin() + 3), (Bytes{0xAC, 0x02}));  // 300
    CHECK(bundle.send());
    CHECK_EQ(peer.messages.size(), 1u);  // nothing gathered since: nothing sent
}

TEST_CASE("frame_bundle_sends_a_lone_frame_as_it_is") {
    SentMessages peer;
    FrameBundle bundle(peer);
    const Bytes end = frame(0x02, 5);
    CHECK(bundle.add(end));
    CHECK(bundle.send());
    REQUIRE_EQ(peer.messages.size(), 1u);
    CHECK_EQ(peer.messages[0], end);
}

TEST_CASE("frame_bundle_keeps_every_message_within_the_relays_limit") {
    SentMessages peer;
    FrameBundle bundle(peer);
    const Bytes big = frame(0x01, 600 * 1024), fits = frame(0x01, 400 * 1024), end = frame(0x02, 5);
    CHECK(bundle.add(big));
    CHECK(bundle.add(big));   // would pass the limit beside the first: the first leaves alone
    CHECK(bundle.add(fits));
    CHECK(bundle.add(end));
    CHECK(bundle.send());
    REQUIRE_EQ(peer.messages.size(), 2u);
    CHECK_EQ(peer.messages[0], big);
    CHECK_EQ(unbundle(peer.messages[1]), std::vector<Bytes>{big, fits, end});
    for (const Bytes& m : peer.messages) CHECK(m.size() <= FrameBundle::kMaxMessageBytes);
    CHECK_EQ(peer.messages[1].size(), 1 + 3 + 3 + 1 + big.size() + fits.size() + end.size());  // varint lengths
}

TEST_CASE("frame_bundle_reports_a_connection_gone") {
    SentMessages peer;
    peer.connected = false;
    FrameBundle bundle(peer);
    CHECK(bundle.add(frame(0x01, 10)));
    CHECK_FALSE(bundle.send());
    CHECK(bundle.add(frame(0x01, 1000 * 1024)));
    CHECK_FALSE(bundle.add(frame(0x01, 100 * 1024)));  // the first had to leave first, and could not
}

// TransferWindowTest: the flow-control arithmetic of File Manager transfers, the chat's
// text rules and FILETIME conversion.
#include "../src/core/ChatText.h"
#include "../src/core/FileTime.h"
#include "../src/core/TransferWindow.h"
#include <doctest/doctest.h>

using namespace adhoc;

TEST_CASE("send_window_keeps_at_most_4_mib_unacknowledged") {
    SendWindow window;
    const std::size_t chunk = 256 * 1024;
    int sent = 0;
    while (window.canSend(chunk)) {
        window.onSent(chunk);
        ++sent;
    }
    CHECK_EQ(sent, 16);
    CHECK_EQ(window.unacknowledged(), 4u * 1024 * 1024);
    window.onAck(chunk);
    CHECK(window.canSend(chunk));
    CHECK(!window.canSend(chunk + 1));
    window.onAck(100);                   // stale: ignored
    CHECK_EQ(window.acknowledged(), chunk);
    window.onAck(window.sent() + 1);     // more than was sent: ignored
    CHECK_EQ(window.acknowledged(), chunk);
    window.onAck(window.sent());
    CHECK_EQ(window.unacknowledged(), 0u);
    SendWindow tiny(10);
    CHECK(tiny.canSend(100));            // an oversized chunk may go when nothing is pending
}

TEST_CASE("ack_schedule_acknowledges_every_mib_and_at_the_end") {
    AckSchedule schedule(3 * 1024 * 1024 + 5);
    int acks = 0;
    for (int i = 0; i < 12; ++i) {
        CHECK(schedule.accept(256 * 1024));
        if (schedule.ackDue()) ++acks;
    }
    CHECK_EQ(acks, 3);
    CHECK(!schedule.complete());
    CHECK(!schedule.accept(6));          // past the announced size
    CHECK(schedule.accept(5));
    CHECK(schedule.ackDue());
    CHECK(schedule.complete());
    CHECK(!schedule.ackDue());
    AckSchedule empty(0);
    CHECK(empty.complete());
}

TEST_CASE("chat_text_trims_limits_and_formats") {
    CHECK_EQ(ChatText::outgoing("  hello \r\n"), std::string("hello"));
    CHECK_EQ(ChatText::outgoing(" \t\n "), std::string());
    CHECK_EQ(ChatText::outgoing(std::string(2500, 'x')).size(), 2000u);
    std::string emoji;
    for (int i = 0; i < 1001; ++i) emoji += "\xF0\x9F\x98\x80";  // two UTF-16 units each
    CHECK_EQ(ChatText::outgoing(emoji).size(), 1000u * 4);
    CHECK_EQ(ChatText::message("ciao \"tu\""), std::string(R"({"type":"chat","text":"ciao \"tu\""})"));
    CHECK_EQ(ChatText::transcriptLine("10:15", "Anna", "a\nb\r\nc"), std::string("[10:15] Anna: a\r\nb\r\nc\r\n"));
}

TEST_CASE("file_time_converts_to_protocol_timestamps") {
    CHECK_EQ(FileTime::toUnixSeconds(116444736000000000ULL), 0);
    CHECK_EQ(FileTime::ticks(0x00000001u, 0x00000002u), 0x200000001ULL);
    CHECK_EQ(FileTime::iso8601(116444736000000000ULL + 1795688100ULL * 10000000ULL), std::string("2026-11-26T10:15:00Z"));
}

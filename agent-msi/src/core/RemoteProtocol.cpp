// RemoteProtocol: see RemoteProtocol.h.
#include "RemoteProtocol.h"

#include "Json.h"

namespace adhoc {

namespace {

void appendU16(std::vector<std::uint8_t>& out, int value) {
    const auto v = static_cast<std::uint16_t>(value);
    out.push_back(static_cast<std::uint8_t>(v & 0xFF));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}

Json typed(const char* type) {
    Json message = Json::object();
    message.set("type", Json::string(type));
    return message;
}

}  // namespace

std::vector<std::uint8_t> RemoteProtocol::rectFrame(RectEncoding encoding, const ScreenRect& rect,
                                                    const std::vector<std::uint8_t>& image) {
    std::vector<std::uint8_t> out;
    out.reserve(10 + image.size());
    out.push_back(kRectKind);
    out.push_back(static_cast<std::uint8_t>(encoding));
    appendU16(out, rect.x);
    appendU16(out, rect.y);
    appendU16(out, rect.width);
    appendU16(out, rect.height);
    out.insert(out.end(), image.begin(), image.end());
    return out;
}

std::vector<std::uint8_t> RemoteProtocol::copyFrame(const ScreenMove& move) {
    std::vector<std::uint8_t> source;
    appendU16(source, move.from().x);
    appendU16(source, move.from().y);
    return rectFrame(RectEncoding::Copy, move.to, source);
}

std::vector<std::uint8_t> RemoteProtocol::frameEnd(std::uint32_t sequence) {
    std::vector<std::uint8_t> out{kFrameEndKind};
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<std::uint8_t>(sequence >> shift));
    return out;
}

std::vector<std::uint8_t> RemoteProtocol::cursorShapeFrame(int hotX, int hotY, int width, int height,
                                                           const std::vector<std::uint8_t>& png) {
    std::vector<std::uint8_t> out{kCursorShapeKind};
    appendU16(out, hotX);
    appendU16(out, hotY);
    appendU16(out, width);
    appendU16(out, height);
    out.insert(out.end(), png.begin(), png.end());
    return out;
}

std::string RemoteProtocol::screenMessage(const std::vector<MonitorInfo>& monitors, int shown) {
    Json list = Json::array();
    for (std::size_t i = 0; i < monitors.size(); ++i) {
        const MonitorInfo& m = monitors[i];
        Json entry = Json::object();
        entry.set("index", Json::integer(static_cast<std::int64_t>(i)));
        entry.set("x", Json::integer(m.x));
        entry.set("y", Json::integer(m.y));
        entry.set("width", Json::integer(m.width));
        entry.set("height", Json::integer(m.height));
        entry.set("primary", Json::boolean(m.primary));
        list.push(std::move(entry));
    }
    const bool valid = shown >= 0 && static_cast<std::size_t>(shown) < monitors.size();
    Json message = typed("screen");
    message.set("width", Json::integer(valid ? monitors[static_cast<std::size_t>(shown)].width : 0));
    message.set("height", Json::integer(valid ? monitors[static_cast<std::size_t>(shown)].height : 0));
    message.set("monitor", Json::integer(shown));
    message.set("monitors", std::move(list));
    return message.dump();
}

std::string RemoteProtocol::cursorMessage(int x, int y, bool visible) {
    Json message = typed("cursor");
    message.set("x", Json::integer(x));
    message.set("y", Json::integer(y));
    message.set("visible", Json::boolean(visible));
    return message.dump();
}

std::string RemoteProtocol::clipboardMessage(const std::string& utf8Text) {
    // Escapes can grow text up to six times (control characters): cut more until it fits.
    constexpr std::size_t kMaxMessageBytes = 63 * 1024;
    std::size_t limit = kMaxClipboardBytes;
    for (;;) {
        Json message = typed("clipboard");
        message.set("text", Json::string(truncateUtf8(utf8Text, limit)));
        std::string text = message.dump();
        if (text.size() <= kMaxMessageBytes) return text;
        limit = limit * kMaxMessageBytes / text.size();
    }
}

std::string RemoteProtocol::errorMessage(const std::string& text) {
    Json message = typed("error");
    message.set("message", Json::string(text));
    return message.dump();
}

std::string RemoteProtocol::blankMessage(bool on) {
    Json message = typed("blank");
    message.set("on", Json::boolean(on));
    return message.dump();
}

bool RemoteProtocol::jpegQuality(const std::string& setting, int& quality) {
    if (setting == "low") quality = 40;
    else if (setting == "medium") quality = kMediumJpegQuality;
    else if (setting == "high") quality = 85;
    else return false;
    return true;
}

std::string RemoteProtocol::truncateUtf8(const std::string& text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return text;
    std::size_t end = maxBytes;
    // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

}  // namespace adhoc

// RemoteControl: see RemoteControl.h.
#include "RemoteControl.h"

#include "../core/RemoteProtocol.h"
#include "../win32/Logger.h"
#include "../win32/TextConvert.h"
#include "Monitors.h"
#include "SystemActions.h"

namespace adhoc::remote {

using win32::Logger;

RemoteControl::RemoteControl(StreamPeer& peer)
    : peer_(peer), streamer_(peer), clipboard_([&peer](const std::string& text) {
          peer.sendText(RemoteProtocol::clipboardMessage(text));
      }) {
    Logger::info("remote control: started");
    streamer_.start();
    if (!clipboard_.start()) Logger::warn("remote control: clipboard sync is not available");
}

RemoteControl::~RemoteControl() { stop(); }

void RemoteControl::stop() {
    if (stopped_) return;
    stopped_ = true;
    streamer_.stop();
    clipboard_.stop();
    setBlank(false);
    Logger::info("remote control: stopped");
}

bool RemoteControl::onBinary(const std::uint8_t*, std::size_t) { return false; }

bool RemoteControl::onText(const Json& message) {
    const std::string type = message.getString("type");
    if (type == "ack") {
        if (!message.get("seq").isNumber()) return false;  // another feature's ack
        streamer_.acknowledge(static_cast<std::uint32_t>(message.get("seq").asInteger()));
    } else if (type == "mouse" || type == "key" || type == "text" || type == "cad" || type == "clipboard") {
        if (!viewOnly_) return onInput(type, message);
    } else if (type == "monitor") {
        const auto index = message.get("index").asInteger(-1);
        if (!streamer_.showMonitor(static_cast<int>(index)))
            sendError("There is no monitor " + std::to_string(index) + " on this PC.");
    } else if (type == "quality") {
        int quality = 0;
        if (RemoteProtocol::jpegQuality(message.getString("value"), quality)) streamer_.setJpegQuality(quality);
        else sendError("Unknown quality \"" + message.getString("value") + "\": use low, medium or high.");
    } else if (type == "viewOnly") {
        viewOnly_ = message.get("on").asBool();
    } else if (type == "blank") {
        peer_.sendText(RemoteProtocol::blankMessage(setBlank(message.get("on").asBool())));
    } else if (type == "reboot") {
        const std::string error = SystemActions::restart();
        if (!error.empty()) sendError(error);
    } else {
        return false;
    }
    return true;
}

bool RemoteControl::onInput(const std::string& type, const Json& message) {
    desktop_.follow();
    bool echoExpected = true;
    if (type == "mouse") {
        const auto buttons = static_cast<unsigned>(message.get("buttons").asInteger());
        const auto wheel = static_cast<int>(message.get("wheel").asInteger());
        injector_.mouse(streamer_.shownMonitor(), static_cast<int>(message.get("x").asInteger()),
                        static_cast<int>(message.get("y").asInteger()), buttons, wheel);
        echoExpected = buttons != buttons_ || wheel != 0;  // a bare move seldom changes the screen at once
        buttons_ = buttons;
    } else if (type == "key") {
        const bool down = message.get("down").asBool();
        injector_.key(static_cast<int>(message.get("scan").asInteger()), message.get("extended").asBool(), down);
        echoExpected = down;  // a release seldom changes the screen: no close watch for it
    } else if (type == "text") {
        injector_.text(win32::TextConvert::toWide(message.getString("text")));
    } else if (type == "cad") {
        const std::string error = SystemActions::sendCtrlAltDel();
        if (!error.empty()) sendError(error);
    } else {
        clipboard_.setText(message.getString("text"));
    }
    streamer_.noteActivity(echoExpected, type == "mouse");
    return true;
}

bool RemoteControl::setBlank(bool on) {
    if (!on) {
        blanker_.hide();
        if (inputBlocked_) BlockInput(FALSE);
        inputBlocked_ = false;
        return false;
    }
    if (!blanker_.show(Monitors::rectOf(streamer_.shownMonitor()))) {
        sendError("Blanking the screen is not available on this PC (it needs Windows 10 version 2004 or later).");
        return false;
    }
    inputBlocked_ = BlockInput(TRUE) != FALSE;
    if (!inputBlocked_)
        Logger::warn("remote control: the screen is blanked but local input could not be blocked: " +
                     win32::TextConvert::errorText(GetLastError()));
    return true;
}

void RemoteControl::sendError(const std::string& text) { peer_.sendText(RemoteProtocol::errorMessage(text)); }

}  // namespace adhoc::remote

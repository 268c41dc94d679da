// RemoteControl: the Remote Control feature of the connection worker (docs/protocol.md,
// "Remote Control"). Streams the screen and pointer (ScreenStreamer), injects the
// technician's input, syncs clipboard text, blanks the PC's screen, sends Ctrl+Alt+Del
// and restarts the PC on request. Starts at construction; stop() ends everything.
//
// Input is injected on the thread that calls onText() (the worker's receiving thread),
// which therefore also holds BlockInput while the screen is blanked: Windows lets only the
// blocking thread inject and unblock. stop() is expected on that same thread.
#pragma once

#include <atomic>

#include "../core/Stream.h"
#include "ClipboardSync.h"
#include "InputDesktop.h"
#include "InputInjector.h"
#include "ScreenBlanker.h"
#include "ScreenStreamer.h"

namespace adhoc::remote {

class RemoteControl : public StreamHandler {
public:
    explicit RemoteControl(StreamPeer& peer);
    ~RemoteControl() override;

    bool onText(const Json& message) override;
    bool onBinary(const std::uint8_t* data, std::size_t size) override;
    void stop() override;

private:
    bool onInput(const std::string& type, const Json& message);
    // True when the screen is blanked afterwards.
    bool setBlank(bool on);
    void sendError(const std::string& text);

    StreamPeer& peer_;
    ScreenStreamer streamer_;
    ClipboardSync clipboard_;
    ScreenBlanker blanker_;
    InputDesktop desktop_;  // the receiving thread's
    InputInjector injector_;
    std::atomic<bool> viewOnly_{false};
    bool inputBlocked_ = false;
    unsigned buttons_ = 0;  // the mouse buttons held, as the last mouse message said
    bool stopped_ = false;
};

}  // namespace adhoc::remote

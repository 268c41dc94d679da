// RemoteInput: the portable arithmetic behind the viewer's `mouse` messages
// (docs/protocol.md, "Remote Control"): which buttons went down or up, and how a pixel
// maps to the 0..65535 coordinates of absolute input on the virtual desktop.
#pragma once

#include <vector>

namespace adhoc {

struct ButtonChange {
    enum class Button { Left, Right, Middle };
    Button button;
    bool down;
    bool operator==(const ButtonChange& o) const { return button == o.button && down == o.down; }
};

class RemoteInput {
public:
    // Transitions from `previous` to `current` (bit 0 left, 1 right, 2 middle).
    static std::vector<ButtonChange> buttonChanges(unsigned previous, unsigned current);
    // The absolute-input coordinate that Windows maps back to exactly `pixel`
    // (it computes pixel = origin + value * size / 65536). `pixel` is clamped into the desktop.
    static int absoluteCoordinate(int pixel, int desktopOrigin, int desktopSize);
};

}  // namespace adhoc

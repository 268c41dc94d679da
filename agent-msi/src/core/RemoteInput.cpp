// RemoteInput: see RemoteInput.h.
#include "RemoteInput.h"

#include <algorithm>
#include <cstdint>

namespace adhoc {

std::vector<ButtonChange> RemoteInput::buttonChanges(unsigned previous, unsigned current) {
    static const ButtonChange::Button kButtons[] = {ButtonChange::Button::Left, ButtonChange::Button::Right,
                                                    ButtonChange::Button::Middle};
    std::vector<ButtonChange> changes;
    for (unsigned bit = 0; bit < 3; ++bit) {
        const unsigned mask = 1u << bit;
        if ((previous & mask) != (current & mask)) changes.push_back({kButtons[bit], (current & mask) != 0});
    }
    return changes;
}

int RemoteInput::absoluteCoordinate(int pixel, int desktopOrigin, int desktopSize) {
    if (desktopSize <= 1) return 0;
    const std::int64_t offset = std::clamp(pixel - desktopOrigin, 0, desktopSize - 1);
    // Rounded up, so the truncating back-conversion lands on the same pixel.
    return static_cast<int>((offset * 65536 + desktopSize - 1) / desktopSize);
}

}  // namespace adhoc

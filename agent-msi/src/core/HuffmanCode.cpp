// HuffmanCode: see HuffmanCode.h.
#include "HuffmanCode.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>

namespace adhoc {

namespace {

// Plain Huffman code lengths for the used symbols (at least two).
std::vector<std::uint8_t> huffmanLengths(const std::vector<std::uint32_t>& counts) {
    using Node = std::pair<std::uint64_t, int>;  // weight, node
    std::priority_queue<Node, std::vector<Node>, std::greater<Node>> queue;
    std::vector<int> parent(counts.size(), -1);
    for (std::size_t s = 0; s < counts.size(); ++s)
        if (counts[s] > 0) queue.push({counts[s], static_cast<int>(s)});
    while (queue.size() > 1) {
        const Node a = queue.top();
        queue.pop();
        const Node b = queue.top();
        queue.pop();
        const int joined = static_cast<int>(parent.size());
        parent.push_back(-1);
        parent[static_cast<std::size_t>(a.second)] = joined;
        parent[static_cast<std::size_t>(b.second)] = joined;
        queue.push({a.first + b.first, joined});
    }
    std::vector<std::uint8_t> lengths(counts.size(), 0);
    for (std::size_t s = 0; s < counts.size(); ++s) {
        if (counts[s] == 0) continue;
        int depth = 0;
        for (int n = parent[s]; n >= 0; n = parent[static_cast<std::size_t>(n)]) ++depth;
        lengths[s] = static_cast<std::uint8_t>(std::min(depth, 255));
    }
    return lengths;
}

std::uint32_t reversed(std::uint32_t code, int length) {
    std::uint32_t r = 0;
    for (int i = 0; i < length; ++i, code >>= 1) r = (r << 1) | (code & 1);
    return r;
}

}  // namespace

HuffmanCode HuffmanCode::fromCounts(const std::vector<std::uint32_t>& counts, int maxBits) {
    std::vector<std::uint32_t> weights = counts;
    // A code needs two symbols: lend the first unused ones a count of one.
    auto used = std::count_if(weights.begin(), weights.end(), [](std::uint32_t w) { return w > 0; });
    for (std::size_t s = 0; used < 2 && s < weights.size(); ++s)
        if (weights[s] == 0) {
            weights[s] = 1;
            ++used;
        }
    for (;;) {
        std::vector<std::uint8_t> lengths = huffmanLengths(weights);
        if (*std::max_element(lengths.begin(), lengths.end()) <= maxBits) return fromLengths(std::move(lengths));
        // Too deep: flatten the counts (rare symbols gain weight) and build again.
        for (std::uint32_t& w : weights)
            if (w > 0) w = (w >> 1) | 1;
    }
}

HuffmanCode HuffmanCode::fromLengths(std::vector<std::uint8_t> lengths) {
    HuffmanCode result;
    const int longest = lengths.empty() ? 0 : *std::max_element(lengths.begin(), lengths.end());
    std::vector<std::uint32_t> perLength(static_cast<std::size_t>(longest) + 1, 0);
    for (std::uint8_t n : lengths)
        if (n > 0) ++perLength[n];
    std::vector<std::uint32_t> next(perLength.size(), 0);
    std::uint32_t code = 0;
    for (std::size_t bits = 1; bits < perLength.size(); ++bits) {
        code = (code + perLength[bits - 1]) << 1;
        next[bits] = code;
    }
    result.codes_.resize(lengths.size(), 0);
    for (std::size_t s = 0; s < lengths.size(); ++s)
        if (lengths[s] > 0) result.codes_[s] = static_cast<std::uint16_t>(reversed(next[lengths[s]]++, lengths[s]));
    result.lengths_ = std::move(lengths);
    return result;
}

}  // namespace adhoc

#!/usr/bin/env bash
# The codec comparison of issue 17 (codec-benchmark.py): the photos' and the video's pictures in
# JPEG, WebP and AVIF at the quality noVNC delivers. Prints its table (about 2 minutes on 2
# cores). Not part of ./test or CI.
#
#   bash benchmarks/remote-benchmark/codec-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/benchmark-common.sh

bench_install python3-pil python3-numpy webp libavif-bin
# The system's Python: the Debian packages above are its modules.
exec /usr/bin/python3 benchmarks/remote-benchmark/codec-benchmark.py

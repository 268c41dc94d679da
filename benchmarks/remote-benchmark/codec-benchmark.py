#!/usr/bin/env python3
"""What the photos and the video of the remote-control benchmark cost in each still-image codec a
browser decodes, at the quality noVNC delivers (issue 17). Run by codec-benchmark.sh.

The pictures are the workloads' own (workload.py): 8 frames of the video (854x480), 3 photos
(1920x1080). The reference is noVNC's encoding, as x11vnc's Tight makes it at quality 6: JPEG
Q79, 4:4:4, the standard Huffman codes (the benchmark measured noVNC's bytes about 10 % above
this, with Tight's framing). Each codec is swept over its quality; for each the table gives the
mean bytes, the PSNR (dB over R, G and B, as the benchmark compares a canvas with the screen)
and the encoding time per picture on one core; then the bytes it needs for the reference's PSNR.
"""
import io
import os
import subprocess
import sys
import tempfile
import time

import numpy
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import workload  # noqa: E402

VIDEO_FRAMES = 8
PHOTOS = 3


def psnr(source, shown):
    mse = numpy.mean((source.astype(numpy.float64) - shown.astype(numpy.float64)) ** 2)
    return 10 * numpy.log10(255 * 255 / mse)


def jpeg(optimised):
    """JPEG 4:4:4 through libjpeg (PIL); `optimised`: Huffman codes made for each image, as our JpegWriter's."""
    def encode(picture, quality, scratch):
        started = time.perf_counter()
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=quality, subsampling=0, optimize=optimised)
        return out.getvalue(), time.perf_counter() - started, Image.open(io.BytesIO(out.getvalue()))
    return encode


def tool(encoder, decoder, suffix):
    """An encoder and a decoder on the command line; the time is the encoder process's (about 5 ms of it its start)."""
    def encode(picture, quality, scratch):
        source, encoded, decoded = (os.path.join(scratch, name) for name in ("in.png", "out" + suffix, "back.png"))
        picture.save(source)
        started = time.perf_counter()
        subprocess.run(encoder(quality, source, encoded), check=True, capture_output=True)
        took = time.perf_counter() - started
        subprocess.run(decoder(encoded, decoded), check=True, capture_output=True)
        with open(encoded, "rb") as data:
            return data.read(), took, Image.open(decoded)
    return encode


CODECS = [
    ("JPEG 4:4:4, standard codes", jpeg(False), [79]),
    ("JPEG 4:4:4, codes per image", jpeg(True), [65, 70, 75, 79, 85, 90]),
    ("WebP lossy (cwebp -m 6 -sharp_yuv)",
     tool(lambda q, src, out: ["cwebp", "-q", str(q), "-m", "6", "-sharp_yuv", src, "-o", out],
          lambda src, out: ["dwebp", src, "-o", out], ".webp"), [80, 85, 90, 95]),
    ("AVIF 4:4:4 (AV1, libaom speed 8; quantizer)",
     tool(lambda q, src, out: ["avifenc", "-c", "aom", "-j", "1", "-s", "8", "-y", "444", "--min", str(q), "--max", str(q), src, out],
          lambda src, out: ["avifdec", src, out], ".avif"), [28, 26, 24, 23, 22, 20]),
]


def sweep(pictures, scratch):
    """{codec: [(quality, mean bytes, mean PSNR, mean seconds)]}."""
    results = {}
    for name, encode, qualities in CODECS:
        points = []
        for quality in qualities:
            sizes, scores, times = [], [], []
            for picture in pictures:
                data, took, back = encode(picture, quality, scratch)
                sizes.append(len(data))
                scores.append(psnr(numpy.asarray(picture), numpy.asarray(back.convert("RGB"))))
                times.append(took)
            points.append((quality, numpy.mean(sizes), numpy.mean(scores), numpy.mean(times)))
            print(f"  {name:44s} {quality:3d}  {points[-1][1] / 1000:8.1f} KB  {points[-1][2]:6.2f} dB  "
                  f"{points[-1][3] * 1000:6.0f} ms", flush=True)
        results[name] = points
    return results


def bytes_at(points, target):
    """The bytes for `target` dB, interpolated between the two sweep points around it; None outside the sweep."""
    ordered = sorted((score, size) for _, size, score, _ in points)
    for (low_score, low_size), (high_score, high_size) in zip(ordered, ordered[1:]):
        if low_score <= target <= high_score:
            share = 0 if high_score == low_score else (target - low_score) / (high_score - low_score)
            return low_size + share * (high_size - low_size)
    return None


def compare(title, pictures, scratch):
    print(f"{title}: codec, quality, mean bytes, PSNR, encoding time per picture")
    results = sweep(pictures, scratch)
    _, reference_size, reference_score, _ = results[CODECS[0][0]][0]
    print(f"  for the reference's {reference_score:.2f} dB ({reference_size / 1000:.1f} KB):")
    for name, _, _ in CODECS[1:]:
        size = bytes_at(results[name], reference_score)
        told = "beyond the sweep" if size is None else f"{size / 1000:8.1f} KB  {size / reference_size:.2f}x"
        print(f"    {name:44s} {told}")
    print()


def main():
    frame = workload.video_frames(854, 480)
    with tempfile.TemporaryDirectory() as scratch:
        compare("video, 854x480", [frame(1 + 25 * n) for n in range(VIDEO_FRAMES)], scratch)
        compare("photos, 1920x1080", workload.photo_pictures(PHOTOS), scratch)


if __name__ == "__main__":
    main()

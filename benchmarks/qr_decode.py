"""QR decoding speed on a generated 12-megapixel phone photo (target: under 1 s).

The photo: a German business card's QR code (version ~13), printed at about a
fifth of the frame, turned by 7°, on a noisy grey desk, saved as a JPEG of
4000 × 3000 pixels like a phone camera writes. Prints the median of several runs
for the decoder in this process and for the whole isolated path the app uses
(child process start + decode), and the decoder without downscaling for comparison.

Usage: python benchmarks/qr_decode.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time

from PIL import Image, ImageFilter

from netzwerk_app.domain import model as m
from netzwerk_app.interchange.qr import ALL_FIELDS, CardData, encode_card
from netzwerk_app.interchange.qr_decode import decode_image, decode_image_isolated

CARD = CardData(
    "Dr. Jürgen Weiß",
    "Jürgen",
    "Weiß",
    "Weiß & Söhne Steuerberatung GmbH",
    "Geschäftsführer",
    (m.Phone("+49 89 1234567", ("CELL",)), m.Phone("+49 89 7654321", ("WORK",))),
    (m.Email("juergen.weiss@weiss-steuer.de"),),
    "https://www.weiss-steuer.de",
    "https://www.linkedin.com/in/juergen-weiss-4b2a19a",
    "https://www.xing.com/profile/Juergen_Weiss",
)


def phone_photo() -> tuple[bytes, str]:
    code = encode_card(CARD, ALL_FIELDS)
    sticker = Image.open(io.BytesIO(code.png(min_pixels=800))).convert("L")
    sticker = sticker.rotate(7, expand=True, fillcolor=255)
    rng = random.Random(6)
    desk = Image.effect_noise((4000, 3000), 40).point(lambda v: 80 + v // 3)
    for _ in range(30):  # some clutter the detector has to look past
        x, y = rng.randrange(4000), rng.randrange(3000)
        desk.paste(rng.randrange(256), (x, y, x + rng.randrange(50, 400), y + 20))
    desk.paste(sticker, (1700, 1100))
    photo = desk.filter(ImageFilter.GaussianBlur(1.2)).convert("RGB")
    out = io.BytesIO()
    photo.save(out, format="JPEG", quality=88)
    return out.getvalue(), code.payload


def median_seconds(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data, payload = phone_photo()
    print(f"photo: 4000 x 3000 JPEG, {len(data) / 1e6:.1f} MB")
    assert decode_image(data) == [payload], "the benchmark photo must decode"
    assert decode_image_isolated(data) == [payload]
    inproc = median_seconds(lambda: decode_image(data), args.runs)
    isolated = median_seconds(lambda: decode_image_isolated(data), args.runs)

    import zxingcpp

    def full_size() -> None:
        zxingcpp.read_barcodes(Image.open(io.BytesIO(data)).convert("L"))

    raw = median_seconds(full_size, 3)
    print(f"decode, downscaled, in process:     median {inproc:.3f} s over {args.runs} runs")
    print(f"decode, downscaled, child process:  median {isolated:.3f} s over {args.runs} runs")
    print(f"zxing-cpp on the full 12 MP photo:  median {raw:.3f} s over 3 runs (no downscaling)")
    print(f"target: under 1 s in the app -> {'OK' if isolated < 1.0 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()

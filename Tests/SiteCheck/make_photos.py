"""Makes the photos of site-example/ from the drawings in photos/, with
libvips' command-line tool (Debian's libvips-tools) and exiftool.

    make_photos.py --small FOLDER   the small copies committed in site-example/
    make_photos.py --phone FOLDER   what a phone takes: 4032 x 3024 JPEG at
                                    quality 92, with the GPS position, camera and
                                    date in EXIF, one of them stored sideways
                                    (EXIF orientation 6); the site check builds
                                    site-example/ with these

Each photo is a drawing rasterised, cropped, tinted, blurred a little and
given the grain of a phone's sensor, so that encoders see what they see in
photos (smooth areas, edges, noise) rather than flat colours.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# name: (drawing, crop as fractions x, y, width, height of the drawing, tint multipliers R G B)
PHOTOS = {
    "devanture": ("devanture.svg", (0.0, 0.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
    "four-a-bois": ("four-a-bois.svg", (0.0, 0.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
    "pain-au-levain": ("pain-au-levain.svg", (0.0, 0.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
    "vitrine": ("devanture.svg", (0.12, 0.38, 0.55, 0.55), (1.05, 1.0, 0.92)),
    "fournil": ("four-a-bois.svg", (0.25, 0.45, 0.5, 0.5), (1.1, 0.95, 0.85)),
    "miche": ("pain-au-levain.svg", (0.15, 0.2, 0.7, 0.7), (1.0, 0.97, 0.9)),
    "kouign-amann": ("pain-au-levain.svg", (0.05, 0.1, 0.9, 0.9), (1.12, 0.92, 0.7)),
    "porte": ("devanture.svg", (0.62, 0.35, 0.3, 0.55), (0.95, 1.0, 1.05)),
    "braises": ("four-a-bois.svg", (0.3, 0.6, 0.4, 0.35), (1.15, 0.9, 0.75)),
    "galette": ("pain-au-levain.svg", (0.2, 0.25, 0.6, 0.6), (1.15, 1.0, 0.6)),
}

# Where the bakery is (and where the owner's phone was): what must never be published.
GPS = ["-GPSLatitude=48.1147", "-GPSLatitudeRef=N", "-GPSLongitude=1.6794", "-GPSLongitudeRef=W"]
CAMERA = ["-Make=Apple", "-Model=iPhone 13", "-DateTimeOriginal=2026:10:14 07:32:10", "-Artist=Jean Martin"]


def vips(*arguments):
    subprocess.run(["vips", *map(str, arguments)], check=True)


def make(name, drawing, crop, tint, width, height, quality, folder, work, grain):
    svg = os.path.join(HERE, "photos", drawing)
    raster = os.path.join(work, f"{name}-raster.v")
    # Rasterised so that the crop covers a quarter of the photo's size.
    vips("copy", f"{svg}[scale={max(width, height) / 4 / 300 / min(crop[2], crop[3]):.3f}]", raster)
    out = subprocess.run(["vipsheader", "-f", "width", raster], check=True, capture_output=True, text=True)
    full_width = int(out.stdout)
    out = subprocess.run(["vipsheader", "-f", "height", raster], check=True, capture_output=True, text=True)
    full_height = int(out.stdout)
    left, top = int(crop[0] * full_width), int(crop[1] * full_height)
    crop_width, crop_height = int(crop[2] * full_width), int(crop[3] * full_height)
    # The crop at the photo's proportions, centred in the region asked for.
    if crop_width * height > crop_height * width:
        new_width = crop_height * width // height
        left += (crop_width - new_width) // 2
        crop_width = new_width
    else:
        new_height = crop_width * height // width
        top += (crop_height - new_height) // 2
        crop_height = new_height
    # Softened and tinted at a quarter of the size (cheap), then enlarged,
    # which a drawing survives; the grain is added at full size.
    quarter_width, quarter_height = max(1, width // 4), max(1, height // 4)
    steps = [
        ("flatten", raster, "flat.v"),
        ("extract_area", "flat.v", "area.v", left, top, crop_width, crop_height),
        ("resize", "area.v", "quarter.v", f"{quarter_width / crop_width:.6f}", f"--vscale={quarter_height / crop_height:.6f}"),
        ("gaussblur", "quarter.v", "soft.v", "0.6"),
        ("linear", "soft.v", "tinted.v", " ".join(map(str, tint)), "0 0 0"),
        ("resize", "tinted.v", "sized.v", f"{width / quarter_width:.6f}", f"--vscale={height / quarter_height:.6f}"),
        ("gaussnoise", "noise.v", width, height, f"--sigma={grain}", "--mean=0"),
        ("add", "sized.v", "noise.v", "grainy.v"),
    ]
    for operation, *arguments in steps:
        vips(operation, *[os.path.join(work, a) if isinstance(a, str) and a.endswith(".v") and "/" not in a else a for a in arguments])
    target = os.path.join(folder, f"{name}.jpg")
    vips("cast", os.path.join(work, "grainy.v"), f"{target}[Q={quality},strip]", "uchar")
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--small", action="store_true")
    size.add_argument("--phone", action="store_true")
    parser.add_argument("folder")
    options = parser.parse_args()
    os.makedirs(options.folder, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for name, (drawing, crop, tint) in PHOTOS.items():
            if options.small:
                make(name, drawing, crop, tint, 1024, 768, 70, options.folder, work, grain=2)
                continue
            sideways = name == "fournil"
            width, height = (3024, 4032) if sideways else (4032, 3024)
            target = make(name, drawing, crop, tint, width, height, 92, options.folder, work, grain=6)
            tags = GPS + CAMERA
            if sideways:
                # Stored as the sensor saw it, turned on the side; EXIF says to turn it upright.
                rotated = os.path.join(work, "rotated.jpg")
                vips("rot", target, f"{rotated}[Q=92]", "d270")
                os.replace(rotated, target)
                tags = tags + ["-Orientation#=6"]
            subprocess.run(["exiftool", "-q", "-overwrite_original", *tags, target], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

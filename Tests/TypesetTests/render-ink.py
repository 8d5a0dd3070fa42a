#!/usr/bin/env python3
"""Renders a PDF with one engine and counts the dark pixels in boxes.

usage: render-ink.py ENGINE PDF DPI < boxes
ENGINE is poppler (pdftoppm), mupdf (mutool draw), ghostscript (gs png16m) or pdfium (pypdfium2),
or png when the file is already a PNG (then DPI is its pixels per inch, 72 times pixels per point).
Each line of stdin is "PAGE X Y WIDTH HEIGHT" in points from the page's top left (pages from 1);
each line of stdout is the number of pixels in that box darker than mid-grey.
Every engine writes PNG files, read back here with zlib alone (no Pillow on CI)."""
import glob, os, struct, subprocess, sys, tempfile, zlib


def render(engine, pdf, dpi, folder):
    out = os.path.join(folder, "page")
    if engine == "png":
        return [pdf]
    if engine == "poppler":
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, out], check=True)
    elif engine == "mupdf":
        subprocess.run(["mutool", "draw", "-q", "-r", str(dpi), "-o", out + "-%d.png", pdf], check=True)
    elif engine == "ghostscript":
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", f"-r{dpi}",
                        f"-sOutputFile={out}-%d.png", pdf], check=True)
    elif engine == "pdfium":
        import pypdfium2 as pdfium
        document = pdfium.PdfDocument(pdf)
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72)
            write_png(f"{out}-{index + 1}.png", bitmap)
    else:
        sys.exit(f"unknown engine {engine}")
    # pdftoppm pads page numbers to the page count's width; order by the number itself.
    files = glob.glob(out + "-*.png")
    return sorted(files, key=lambda f: int(f.rsplit("-", 1)[1][:-4]))


def write_png(path, bitmap):
    """PDFium's bitmap (BGR, BGRx or BGRA rows) as an 8-bit RGB PNG."""
    width, height, stride, channels = bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels
    data = bytes(bitmap.buffer)
    rows = bytearray()
    for y in range(height):
        row = data[y * stride:y * stride + width * channels]
        rgb = bytearray(width * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = row[2::channels], row[1::channels], row[0::channels]
        rows += b"\0" + rgb

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(bytes(rows))) + chunk(b"IEND", b""))


def read_png(path):
    """8-bit grey, RGB or RGBA, not interlaced: (width, height, channels, rows of unfiltered bytes)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and colour in (0, 2, 6), (path, depth, colour, interlace)
            channels = {0: 1, 2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    size = width * channels
    rows, previous = [], bytearray(size)
    for y in range(height):
        kind, row = raw[y * (size + 1)], bytearray(raw[y * (size + 1) + 1:(y + 1) * (size + 1)])
        if kind == 1:
            for i in range(channels, size):
                row[i] = (row[i] + row[i - channels]) & 255
        elif kind == 2:
            row = bytearray((a + b) & 255 for a, b in zip(row, previous))
        elif kind == 3:
            for i in range(size):
                left = row[i - channels] if i >= channels else 0
                row[i] = (row[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(size):
                a = row[i - channels] if i >= channels else 0
                b, c = previous[i], previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(row)
        previous = row
    return width, height, channels, rows


def dark(page, dpi, x, y, w, h):
    width, height, channels, rows = page
    scale = dpi / 72
    x0, x1 = max(0, int(x * scale)), min(width, int((x + w) * scale))
    y0, y1 = max(0, int(y * scale)), min(height, int((y + h) * scale))
    count = 0
    for row in rows[y0:y1]:
        for px in range(x0, x1):
            # The colour channels only; an alpha channel is not ink.
            if min(row[px * channels:px * channels + min(channels, 3)]) < 128:
                count += 1
    return count


def main():
    engine, pdf, dpi = sys.argv[1], sys.argv[2], int(sys.argv[3])
    boxes = [line.split() for line in sys.stdin if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        pages = [read_png(f) for f in render(engine, pdf, dpi, folder)]
        for page, x, y, w, h in boxes:
            print(dark(pages[int(page) - 1], dpi, float(x), float(y), float(w), float(h)))


main()

"""Writes a small RGBA PNG from a drawing function (pure Python): the helper of make-search-icons.py and
make-source-icons.py. draw(u, v) gets coordinates in 0..1 and returns an (r, g, b) colour or None; each pixel is
supersampled SAMPLES x SAMPLES times."""
import struct, zlib

SIZE, SAMPLES = 16, 4

def png(path, draw):
    rows = []
    for y in range(SIZE):
        row = bytearray([0])
        for x in range(SIZE):
            hits = []
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = draw((x + (sx + 0.5) / SAMPLES) / SIZE, (y + (sy + 0.5) / SAMPLES) / SIZE)
                    if c:
                        hits.append(c)
            if hits:
                r, g, b = (sum(c[i] for c in hits) // len(hits) for i in range(3))
                row += bytes((r, g, b, 255 * len(hits) // SAMPLES ** 2))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))

#!/usr/bin/env python3
"""Draws installer/icons/cxworkbook.png: five rising bars (the maturity stages) on a rounded teal tile.

Run once when the design changes and commit the PNG; the build only copies it. Standard library only.
"""
import struct
import zlib
from pathlib import Path

SIZE = 256
TILE = (0x0F, 0x6E, 0x7A)      # teal
BAR = (0xF4, 0xF7, 0xF8)       # near white
TOP = (0xF2, 0xA9, 0x00)       # amber: the stage reached
RADIUS = 44


def inside_tile(x, y):
    cx = min(max(x, RADIUS), SIZE - 1 - RADIUS)
    cy = min(max(y, RADIUS), SIZE - 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def pixel(x, y):
    if not inside_tile(x, y):
        return (0, 0, 0, 0)
    bar_width, gap, left, base = 30, 12, 32, 212
    for i in range(5):
        x0 = left + i * (bar_width + gap)
        height = 36 + i * 34
        if x0 <= x < x0 + bar_width and base - height <= y < base:
            return (*(TOP if i == 3 else BAR), 255)
    return (*TILE, 255)


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
out = Path(__file__).with_name("cxworkbook.png")
out.write_bytes(png(SIZE, SIZE, rows))
print(out, out.stat().st_size, "bytes")

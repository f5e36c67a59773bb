#!/usr/bin/env python3
"""Writes a small text PDF from spbelint's Markdown or from layout text, with the standard library only.

Used to make Examples/*.pdf from a Markdown example (so that a test can hold that the PDF lints to
the same findings as its source) and, for the real-document check, a PDF from `pdftotext -layout`
output. Output is byte-for-byte reproducible.

- SOURCE.md is printed as an enacted regulation is: no front matter (a PDF has none), `BAB I` and
  `Pasal 1` centred on their own lines with the chapter title on the next line, paragraphs and
  list items wrapped at 80 columns with hanging indents, tables in aligned columns (cells wrapped),
  60 lines a page with the page number at the foot ("- 2 -").
- SOURCE.txt (layout text, pages separated by form feeds) is placed as it is: every line at its
  character columns, one PDF page per text page.

Every character is drawn in a monospaced font (Type0, Identity-H, not embedded) whose ToUnicode map
gives the text back exactly, so `pdftotext -layout` (and spbelint's poppler reader) extract the
same characters and columns that were written.

Usage:
  scripts/make-pdf.py SOURCE.md OUT.pdf
  scripts/make-pdf.py SOURCE.txt OUT.pdf
"""
import importlib.util
import os
import re
import sys
import textwrap
import zlib

FONT_SIZE = 10
ADVANCE = FONT_SIZE * 0.6       # a monospaced glyph is 600/1000 em wide
LEADING = 12
MARGIN = 40
WIDTH = 80                      # columns of a printed page of Markdown
LINES_PER_PAGE = 60


# ---------------------------------------------------------------- Markdown to printed pages

def load_markdown_parser():
    """The Markdown subset reader of make-office-docs.py (one reader for every generated format)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-office-docs.py")
    spec = importlib.util.spec_from_file_location("make_office_docs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plain(text, office):
    """Inline Markdown as printed: emphasis markers, code ticks and link targets dropped."""
    return "".join(value for value, _ in office.runs_of(text))


def centred(text):
    return " " * max(0, (WIDTH - len(text)) // 2) + text


def wrapped(text, first="", rest=None):
    rest = first if rest is None else rest
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def table_lines(rows, office):
    """Rows in aligned columns, two spaces apart; a long cell wraps inside its column."""
    rows = [[plain(cell, office) for cell in row] for row in rows]
    count = max(len(row) for row in rows)
    rows = [row + [""] * (count - len(row)) for row in rows]
    widths = [min(24, max(len(row[column]) for row in rows)) for column in range(count)]
    # A column as wide as its longest word, so no word is cut.
    widths = [max(width, max((len(word) for row in rows for word in row[column].split()), default=1))
              for column, width in enumerate(widths)]
    out = []
    for row in rows:
        cells = [textwrap.wrap(cell, width, break_long_words=False) or [""] for cell, width in zip(row, widths)]
        for depth in range(max(len(cell) for cell in cells)):
            parts = [(cell[depth] if depth < len(cell) else "").ljust(width) for cell, width in zip(cells, widths)]
            out.append("  ".join(parts).rstrip())
    return out


def printed_lines(source):
    """The Markdown example as the lines of a printed regulation or plan (no page breaks yet)."""
    office = load_markdown_parser()
    _, blocks = office.parse_markdown(source)
    lines = []

    def gap():
        if lines and lines[-1] != "":
            lines.append("")

    for block in blocks:
        kind = block[0]
        if kind == "heading":
            text = plain(block[2], office)
            gap()
            chapter = re.match(r"^(BAB [IVXLC]+)\s+(.+)$", text)
            if chapter:
                lines += [centred(chapter.group(1)), centred(chapter.group(2))]
            elif re.match(r"^(Pasal \d+|LAMPIRAN)$", text):
                lines.append(centred(text))
            else:
                lines += wrapped(text)
            lines.append("")
        elif kind == "para":
            gap()
            for line in block[1].split("\n"):
                item = re.match(r"^([a-z]\.|\d{1,3}\.|\(\d+\))\s+", line)
                if item:
                    lines += wrapped(plain(line, office), "", " " * len(item.group(0)))
                else:
                    lines += wrapped(plain(line, office))
            lines.append("")
        elif kind == "list":
            gap()
            for number, item in enumerate(block[2], 1):
                marker = "%d. " % number if block[1] else "\u2022 "
                lines += wrapped(plain(item, office), marker, " " * len(marker))
            lines.append("")
        elif kind == "table":
            gap()
            lines += table_lines(block[1], office)
            lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def paginate(lines):
    """Pages of LINES_PER_PAGE lines (a page does not start with a blank line), each with its
    number centred at the foot, as printed."""
    pages = []
    current = []
    for line in lines:
        if not current and line == "":
            continue
        current.append(line)
        if len(current) == LINES_PER_PAGE:
            pages.append(current)
            current = []
    if current:
        pages.append(current)
    for number, page in enumerate(pages, 1):
        page += [""] * (LINES_PER_PAGE - len(page)) + ["", centred("- %d -" % number)]
    return pages


# ---------------------------------------------------------------- PDF

def pdf(pages):
    """A PDF whose pages hold the given lines, each character at its column."""
    characters = sorted({character for page in pages for line in page for character in line if character != " "})
    cid = {character: index + 1 for index, character in enumerate(characters)}
    cid[" "] = len(characters) + 1

    def hex_text(text):
        return "".join("%04X" % cid[character] for character in text)

    longest = max((len(line) for page in pages for line in page), default=0)
    width = max(595, int(2 * MARGIN + longest * ADVANCE + 1))
    objects = []
    page_ids = []
    tall = max((len(page) for page in pages), default=0)
    height = max(842, 2 * MARGIN + tall * LEADING)
    for page in pages:
        content = ["BT /F1 %d Tf" % FONT_SIZE]
        for index, line in enumerate(page):
            indent = len(line) - len(line.lstrip(" "))
            text = line.rstrip()[indent:]
            if not text:
                continue
            x = MARGIN + indent * ADVANCE
            y = height - MARGIN - FONT_SIZE - index * LEADING
            content.append("1 0 0 1 %.1f %d Tm <%s> Tj" % (x, y, hex_text(text)))
        content.append("ET")
        page_ids.append(len(objects))
        objects.append(("page", stream("\n".join(content) + "\n")))

    to_unicode = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                  "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
                  "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    pairs = sorted(cid.items(), key=lambda pair: pair[1])
    for start in range(0, len(pairs), 100):
        chunk = pairs[start:start + 100]
        to_unicode.append("%d beginbfchar" % len(chunk))
        to_unicode += ["<%04X> <%s>" % (code, character.encode("utf-16-be").hex().upper()) for character, code in chunk]
        to_unicode.append("endbfchar")
    to_unicode += ["endcmap CMapName currentdict /CMap defineresource pop end end"]

    # Objects: 1 catalog, 2 pages, 3 Type0 font, 4 CID font, 5 descriptor, 6 ToUnicode, then per
    # page a page object and its content stream.
    first_page = 7
    kids = " ".join("%d 0 R" % (first_page + 2 * index) for index in range(len(pages)))
    fixed = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        "<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSansMono /Encoding /Identity-H "
        "/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSansMono "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        "/FontDescriptor 5 0 R /DW 600 /CIDToGIDMap /Identity >>",
        "<< /Type /FontDescriptor /FontName /DejaVuSansMono /Flags 33 /FontBBox [-558 -375 718 1042] "
        "/ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 729 /StemV 80 >>",
        stream("\n".join(to_unicode) + "\n"),
    ]
    body = list(fixed)
    for index, (_, content) in enumerate(objects):
        body.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                    "/Contents %d 0 R >>" % (width, height, first_page + 2 * index + 1))
        body.append(content)
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, item in enumerate(body, 1):
        offsets.append(len(output))
        data = item if isinstance(item, bytes) else item.encode("latin-1")
        output += b"%d 0 obj\n" % number + data + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    return bytes(output)


def stream(text):
    data = zlib.compress(text.encode("latin-1"), 9)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"


def main():
    if len(sys.argv) != 3 or not sys.argv[2].endswith(".pdf"):
        sys.exit(__doc__)
    source, out = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    if source.endswith(".md"):
        pages = paginate(printed_lines(text))
    else:
        pages = [page.split("\n") for page in text.rstrip("\n\f").split("\f")]
    with open(out, "wb") as handle:
        handle.write(pdf(pages))


if __name__ == "__main__":
    main()

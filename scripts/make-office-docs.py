#!/usr/bin/env python3
"""Writes minimal valid Word (.docx) and OpenDocument (.odt) files from spbelint's Markdown.

Used to make the committed fixtures and Examples/kota-contoh-draf.docx, so that a test can hold
that the Word file lints to the same findings as its Markdown source. Only the standard library
is used; output is byte-for-byte reproducible (fixed ZIP timestamps).

Markdown understood: YAML front matter (written as custom document properties, which spbelint
reads as metadata), ATX headings, paragraphs, ordered and bulleted lists, GFM tables, `**bold**`
and `*italic*` (markers dropped), and `<!-- spbelint-... -->` comments (written as Word comments
anchored on the next paragraph).

With `--wrap N` (Word only), every paragraph and list item is written as one Word paragraph per
printed line of N columns, list numbers as text, as in a file converted from PDF.

Usage:
  scripts/make-office-docs.py SOURCE.md OUT.docx [--headings english|indonesian|custom|outline|plain]
                              [--numbered-headings] [--wrap N]
  scripts/make-office-docs.py SOURCE.md OUT.odt [--numbered-headings]
"""
import argparse
import re
import sys
import textwrap
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- Markdown subset

def parse_markdown(text):
    """Returns (front matter dict, list of blocks). Blocks: ('heading', level, text),
    ('para', text), ('list', ordered, [items]), ('table', [rows]), ('comment', text)."""
    meta = {}
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for line in lines[1:end]:
            if ":" in line and not line.startswith(" "):
                key, value = line.split(":", 1)
                value = value.split(" #")[0].strip().strip('"')
                meta[key.strip()] = value
        lines = lines[end + 1:]
    blocks = []
    paragraph = []
    index = 0

    def flush():
        if paragraph:
            # Line breaks inside a paragraph are kept (Word: Shift+Enter), as a converted PDF has them.
            blocks.append(("para", "\n".join(s.strip() for s in paragraph)))
            paragraph.clear()

    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if not stripped:
            flush()
        elif stripped.startswith("<!--"):
            flush()
            body = stripped
            while "-->" not in body and index + 1 < len(lines):
                index += 1
                body += "\n" + lines[index]
            blocks.append(("comment", body[4:body.index("-->")].strip()))
        elif heading:
            flush()
            blocks.append(("heading", len(heading.group(1)), heading.group(2)))
        elif stripped.startswith("|"):
            flush()
            rows = []
            while index < len(lines) and lines[index].strip().startswith("|"):
                cells = [c.strip() for c in lines[index].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{1,}:?", c) for c in cells if c):
                    rows.append(cells)
                index += 1
            blocks.append(("table", rows))
            continue
        elif re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            flush()
            ordered = bool(re.match(r"^\s*\d", line))
            items = []
            while index < len(lines) and lines[index].strip():
                item = re.match(r"^\s*([-*+]|\d+[.)])\s+(.*)$", lines[index])
                if item:
                    items.append(item.group(2))
                else:
                    items[-1] += " " + lines[index].strip()
                index += 1
            blocks.append(("list", ordered, items))
            continue
        else:
            paragraph.append(line)
        index += 1
    flush()
    return meta, blocks


def runs_of(text):
    """Splits `**bold**` / `*italic*` / `code` / [link](url) into (text, bold) runs."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("`", "")
    runs = []
    for part in re.split(r"(\*\*[^*]+\*\*)", text):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            runs.append((part[2:-2], True))
        elif part:
            runs.append((re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", part), False))
    return runs


ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(number):
    out = ""
    for value, symbol in ROMAN:
        while number >= value:
            out += symbol
            number -= value
    return out


class HeadingNumbers:
    """Predicts 'BAB I' / '1.1' labels; a heading whose written prefix matches is numbered by the
    word processor instead of by its text."""

    def __init__(self):
        self.counters = [0] * 9

    def label(self, level):
        self.counters[level - 1] += 1
        for deeper in range(level, 9):
            self.counters[deeper] = 0
        if level == 1:
            return "BAB " + roman(self.counters[0])
        return ".".join(str(c) for c in self.counters[:level])

    def split(self, level, text, deepest=2):
        expected = self.label(level)
        if level <= deepest and text.startswith(expected + " "):
            return expected, text[len(expected) + 1:]
        return None, text


# ---------------------------------------------------------------- .docx

def w_runs(text):
    out = []
    for number, line in enumerate(text.split("\n")):
        if number:
            out.append("<w:r><w:br/></w:r>")
        for value, bold in runs_of(line):
            props = "<w:rPr><w:b/></w:rPr>" if bold else ""
            out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (props, escape(value)))
    return "".join(out)


def docx(meta, blocks, out, headings, numbered, wrap=0):
    heading_ids = {
        "english": ["Heading%d" % n for n in range(1, 10)],
        "indonesian": ["Judul%d" % n for n in range(1, 10)],
        "custom": ["BabJudul%d" % n for n in range(1, 10)],
    }
    body = []
    comments = []
    pending_comments = []
    numbers = HeadingNumbers()
    list_instances = []

    def paragraph(inner, props=""):
        anchors_start = "".join('<w:commentRangeStart w:id="%d"/>' % c for c in pending_comments)
        anchors_end = "".join('<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>' % (c, c)
                              for c in pending_comments)
        pending_comments.clear()
        body.append("<w:p>%s%s%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % props if props else "", anchors_start, inner,
                                            anchors_end))

    for block in blocks:
        kind = block[0]
        if kind == "comment":
            if block[1].startswith("spbelint-"):
                comments.append(block[1])
                pending_comments.append(len(comments) - 1)
        elif kind == "heading":
            level, text = block[1], block[2]
            label, rest = numbers.split(level, text) if numbered else (None, text)
            if headings == "plain":
                paragraph(w_runs(text))
                continue
            if headings == "outline":
                props = '<w:outlineLvl w:val="%d"/>' % (level - 1)
            else:
                props = '<w:pStyle w:val="%s"/>' % heading_ids[headings][level - 1]
            if label:
                props += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % (level - 1)
                text = rest
            paragraph(w_runs(text), props)
        elif kind == "para" and wrap:
            for line in block[1].split("\n"):
                for piece in textwrap.wrap(line, wrap, break_long_words=False, break_on_hyphens=False):
                    paragraph(w_runs(piece))
        elif kind == "para":
            paragraph(w_runs(block[1]))
        elif kind == "list" and wrap:
            for number, item in enumerate(block[2], 1):
                marker = "%d. " % number if block[1] else "- "
                for piece in textwrap.wrap(marker + item, wrap, break_long_words=False, break_on_hyphens=False):
                    paragraph(w_runs(piece))
        elif kind == "list":
            ordered, items = block[1], block[2]
            list_instances.append(ordered)
            num_id = len(list_instances) + 1
            for item in items:
                paragraph(w_runs(item), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                                        '<w:numId w:val="%d"/></w:numPr>' % num_id)
        elif kind == "table":
            rows = block[1]
            xml = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
            xml += ['<w:gridCol w:w="1000"/>' for _ in rows[0]]
            xml.append("</w:tblGrid>")
            for row in rows:
                xml.append("<w:tr>")
                for cell in row:
                    xml.append('<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>'
                               % w_runs(cell))
                xml.append("</w:tr>")
            xml.append("</w:tbl>")
            body.append("".join(xml))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
                % (W, "".join(body)))

    styles = ['<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
              '<w:basedOn w:val="Normal"/></w:style>',
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>']
    for level in range(1, 10):
        if headings in ("english", "custom"):
            styles.append('<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/>'
                          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/></w:style>' % (level, level))
        if headings == "indonesian":
            styles.append('<w:style w:type="paragraph" w:styleId="Judul%d"><w:name w:val="Judul %d"/>'
                          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/></w:style>' % (level, level))
        if headings == "custom":
            styles.append('<w:style w:type="paragraph" w:customStyle="1" w:styleId="BabJudul%d">'
                          '<w:name w:val="Bab Judul %d"/><w:basedOn w:val="Heading%d"/></w:style>' % (level, level, level))
    styles_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">%s</w:styles>'
                  % (W, "".join(styles)))

    abstracts = ['<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="BAB %1"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
                 '</w:abstractNum>']
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for index, ordered in enumerate(list_instances):
        abstract_id = index + 1
        fmt, text = ("decimal", "%1.") if ordered else ("bullet", "\u2022")
        abstracts.append('<w:abstractNum w:abstractNumId="%d"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                         '<w:numFmt w:val="%s"/><w:lvlText w:val="%s"/></w:lvl></w:abstractNum>'
                         % (abstract_id, fmt, text))
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (index + 2, abstract_id))
    numbering_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="%s">%s%s</w:numbering>'
                     % (W, "".join(abstracts), "".join(nums)))

    comments_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="%s">%s</w:comments>'
                    % (W, "".join('<w:comment w:id="%d" w:author="spbelint"><w:p><w:r><w:t xml:space="preserve">%s'
                                  '</w:t></w:r></w:p></w:comment>' % (i, escape(c)) for i, c in enumerate(comments))))
    relationships = [("styles", "styles.xml"), ("numbering", "numbering.xml"), ("comments", "comments.xml")]
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
                % "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                          'relationships/%s" Target="%s"/>' % (i + 1, t, target)
                          for i, (t, target) in enumerate(relationships)))
    package_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'officeDocument" Target="word/document.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                    'core-properties" Target="docProps/core.xml"/>'
                    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'custom-properties" Target="docProps/custom.xml"/></Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'wordprocessingml.styles+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'wordprocessingml.numbering+xml"/>'
                     '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'wordprocessingml.comments+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                     'core-properties+xml"/>'
                     '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'custom-properties+xml"/></Types>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>spbelint make-office-docs.py</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created></cp:coreProperties>'
            % escape(meta.get("judul", "")))
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>'
              % "".join('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
                        '<vt:lpwstr>%s</vt:lpwstr></property>' % (i + 2, escape(k), escape(v))
                        for i, (k, v) in enumerate(meta.items())))
    write_zip(out, [("[Content_Types].xml", content_types), ("_rels/.rels", package_rels),
                    ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
                    ("word/styles.xml", styles_xml), ("word/numbering.xml", numbering_xml),
                    ("word/comments.xml", comments_xml), ("docProps/core.xml", core),
                    ("docProps/custom.xml", custom)])


# ---------------------------------------------------------------- .odt

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"')


def odf_text(text):
    return "<text:line-break/>".join("".join(escape(value) for value, _ in runs_of(line)) for line in text.split("\n"))


def odt(meta, blocks, out, numbered):
    body = []
    pending = []
    numbers = HeadingNumbers()

    def annotations():
        notes = "".join('<office:annotation><dc:creator>spbelint</dc:creator><text:p>%s</text:p></office:annotation>'
                        % escape(c) for c in pending)
        pending.clear()
        return notes

    for block in blocks:
        kind = block[0]
        if kind == "comment":
            if block[1].startswith("spbelint-"):
                pending.append(block[1])
        elif kind == "heading":
            level, text = block[1], block[2]
            # ODF has no "legal" numbering: "1.1" under "BAB I" would show as "I.1", so only
            # chapters are numbered by the outline style.
            label, rest = numbers.split(level, text, deepest=1) if numbered else (None, text)
            body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s%s</text:h>'
                        % (level, level, annotations(), odf_text(rest if label else text)))
        elif kind == "para":
            body.append('<text:p text:style-name="Text_20_body">%s%s</text:p>' % (annotations(), odf_text(block[1])))
        elif kind == "list":
            style = "Numbering_20_123" if block[1] else "List_20_1"
            body.append('<text:list text:style-name="%s">%s</text:list>' % (style, "".join(
                '<text:list-item><text:p>%s%s</text:p></text:list-item>' % (annotations() if i == 0 else "", odf_text(item))
                for i, item in enumerate(block[2]))))
        elif kind == "table":
            rows = block[1]
            xml = ['<table:table table:name="Tabel%d"><table:table-column table:number-columns-repeated="%d"/>'
                   % (len(body), len(rows[0]))]
            for row in rows:
                xml.append("<table:table-row>%s</table:table-row>" % "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % odf_text(c)
                    for c in row))
            xml.append("</table:table>")
            body.append("".join(xml))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>%s'
               '</office:text></office:body></office:document-content>' % (ODF_NS, "".join(body)))
    outline = ""
    if numbered:
        outline = ('<text:outline-style style:name="Outline">'
                   '<text:outline-level-style text:level="1" style:num-prefix="BAB " style:num-format="I"/>'
                   '<text:outline-level-style text:level="2" style:num-format=""/>'
                   '</text:outline-style>')
    heading_styles = "".join('<style:style style:name="Heading_20_%d" style:display-name="Heading %d" '
                             'style:family="paragraph" style:default-outline-level="%d"/>' % (n, n, n)
                             for n in range(1, 10))
    lists = ('<text:list-style style:name="Numbering_20_123"><text:list-level-style-number text:level="1" '
             'style:num-suffix="." style:num-format="1"/></text:list-style>'
             '<text:list-style style:name="List_20_1"><text:list-level-style-bullet text:level="1" '
             'text:bullet-char="\u2022"/></text:list-style>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"/>'
              '%s%s%s</office:styles></office:document-styles>' % (ODF_NS, heading_styles, outline, lists))
    user = "".join('<meta:user-defined meta:name="%s">%s</meta:user-defined>' % (escape(k), escape(v))
                   for k, v in meta.items())
    meta_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
                '<dc:title>%s</dc:title>%s</office:meta></office:document-meta>'
                % (ODF_NS, escape(meta.get("judul", "")), user))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(out, [("mimetype", "application/vnd.oasis.opendocument.text"), ("META-INF/manifest.xml", manifest),
                    ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta_xml)])


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--headings", default="english",
                        choices=["english", "indonesian", "custom", "outline", "plain"])
    parser.add_argument("--numbered-headings", action="store_true")
    parser.add_argument("--wrap", type=int, default=0, help="one Word paragraph per printed line of this width")
    args = parser.parse_args()
    with open(args.source, encoding="utf-8") as handle:
        meta, blocks = parse_markdown(handle.read())
    if args.output.endswith(".odt"):
        odt(meta, blocks, args.output, args.numbered_headings)
    elif args.output.endswith((".docx", ".docm")):
        docx(meta, blocks, args.output, args.headings, args.numbered_headings, args.wrap)
    else:
        sys.exit("output must end in .docx or .odt")


if __name__ == "__main__":
    main()

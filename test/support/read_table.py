"""Reads a CSV or XLSX file the way a BI tool would, independently of the app's writers.

CSV: Python's standard csv module (RFC 4180 dialect), UTF-8 with its byte-order mark removed.
XLSX: the standard library's zipfile and ElementTree over the Office Open XML parts: shared
strings, inline strings, booleans, numbers, and dates (numbers whose style has a date format).

Prints JSON: {"bom": bool, "sheets": [...], "header": [...], "rows": [[...], ...]}.
Usage: python3 read_table.py FILE
"""
import csv
import datetime
import io
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
BUILTIN_DATE_FORMATS = set(range(14, 23))


def read_csv(data):
    bom = data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    return {"bom": bom, "crlf": b"\r\n" in data, "sheets": [], "header": rows[0], "rows": rows[1:]}


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def read_xlsx(data):
    book = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    date_styles = set()
    styles = ET.fromstring(book.read("xl/styles.xml"))
    custom = {}
    for fmt in styles.findall("m:numFmts/m:numFmt", NS):
        custom[int(fmt.get("numFmtId"))] = fmt.get("formatCode")
    for i, xf in enumerate(styles.findall("m:cellXfs/m:xf", NS)):
        fid = int(xf.get("numFmtId", "0"))
        code = custom.get(fid, "")
        if fid in BUILTIN_DATE_FORMATS or re.search(r"y{2,4}", code or "", re.I):
            date_styles.add(i)
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    sheets = [s.get("name") for s in workbook.findall("m:sheets/m:sheet", NS)]
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    first = workbook.find("m:sheets/m:sheet", NS).get(REL)
    target = targets[first].lstrip("/")
    path = target if target.startswith("xl/") else "xl/" + target
    sheet = ET.fromstring(book.read(path))
    table = []
    for row in sheet.findall("m:sheetData/m:row", NS):
        cells = {}
        for c in row.findall("m:c", NS):
            t = c.get("t")
            v = c.find("m:v", NS)
            if t == "s":
                value = shared[int(v.text)]
            elif t == "inlineStr":
                value = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
            elif t == "b":
                value = v.text == "1"
            elif t in ("str", "e"):
                value = v.text if v is not None else None
            elif v is None:
                value = None
            else:
                number = float(v.text)
                if int(c.get("s", "0")) in date_styles:
                    value = (datetime.date(1899, 12, 30) + datetime.timedelta(days=number)).isoformat()
                else:
                    value = int(number) if number.is_integer() and "." not in v.text and "E" not in v.text else number
            cells[column_index(c.get("r"))] = value
        width = max(cells) + 1 if cells else 0
        table.append([cells.get(i) for i in range(width)])
    header = table[0] if table else []
    rows = [r + [None] * (len(header) - len(r)) for r in table[1:]]
    return {"bom": False, "sheets": sheets, "header": header, "rows": rows}


def main():
    data = open(sys.argv[1], "rb").read()
    result = read_xlsx(data) if data[:2] == b"PK" else read_csv(data)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()

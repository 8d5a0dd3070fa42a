#!/usr/bin/env python3
"""Writes escapes.xlsx: cells holding ECMA-376 ST_Xstring escapes as Excel writes them (_x000D_
for a carriage return, _x001B_ for ESC, _x005F_ for a literal underscore, any character as
_xHHHH_), in shared strings and inline strings, with malformed ones (_x00ZZ_, _x0041 with no
closing underscore) that stay as they are. escapes-libreoffice.xlsx (make-libreoffice.py) is
LibreOffice's own writing of such cells.
Run from the repository root: python3 Tests/InterchangeTests/Workbooks/make-escapes.py"""
import zipfile

OUT = "Tests/InterchangeTests/Workbooks/escapes.xlsx"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHARED = ["姓名", "单位", "备注", "王_x001B_芳", "第一行_x000D_\n第二行", "_x005F_x000D_"]
SHEET = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>李_x001b_明</t></is></c><c r="B3" t="inlineStr"><is><t>_x0041__x0042_学院</t></is></c><c r="C3" t="inlineStr"><is><t>a_x005f_x0041_b _x00ZZ_ _x0041</t></is></c></row>
</sheetData></worksheet>"""

def shared_strings():
    items = "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in SHARED)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(SHARED)}" uniqueCount="{len(SHARED)}">{items}</sst>'

PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{MAIN}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": SHEET,
    "xl/sharedStrings.xml": shared_strings(),
}

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in PARTS.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 5, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)


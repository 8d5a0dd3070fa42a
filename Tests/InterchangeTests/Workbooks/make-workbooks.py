#!/usr/bin/env python3
"""Writes the registration workbooks the xlsx tests read, as different writers make them:
xlsxwriter (shared strings, rich text, merged title and organisation cells, dates in custom and
built-in formats, an instructions sheet first), openpyxl (English headers, a hidden sheet,
booleans, a formula), a hand-made one with inline strings and stored entries (as streaming
writers make them), and damaged ones: a zip bomb, a part that lies about its size, a cut file.
Run from the repository root: python3 Tests/InterchangeTests/Workbooks/make-workbooks.py (needs xlsxwriter, openpyxl)."""
import datetime, io, os, struct, zipfile, zlib
import openpyxl, xlsxwriter

OUT = "Tests/InterchangeTests/Workbooks"
os.makedirs(OUT, exist_ok=True)
FIXED = datetime.datetime(2026, 5, 1)

def xlsxwriter_book():
    path = f"{OUT}/回执-xlsxwriter.xlsx"
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED})
    notes = wb.add_worksheet("填写说明")
    notes.write(0, 0, "请按模板填写，每人一行；手机号请填写11位数字。")
    sheet = wb.add_worksheet("参会回执")
    bold = wb.add_format({"bold": True})
    sheet.merge_range("A1:H1", "第四届中国职业教育创新发展大会参会回执", bold)
    for c, h in enumerate(["序号", "姓名", "单位", "职务", "手机", "邮箱", "到达日期", "备注"]):
        sheet.write(1, c, h)
    cn_date = wb.add_format({"num_format": 'yyyy"年"m"月"d"日"'})
    iso_date = wb.add_format({"num_format": 14})
    rows = [
        (1, ["曾", "永涛"], "四川工程职业技术大学", "校长", 13981234567, "zyt@example.org", datetime.date(2026, 5, 13), "007"),
        (2, "覃勇杰", "四川工程职业技术大学", "副校长", 13981234568, "", datetime.date(2026, 5, 14), ""),
        (3, "单丽", "德阳职业技术学院", "处长", 13700000001, "shanli@example.org", datetime.datetime(2026, 5, 13, 14, 30), ""),
    ]
    for i, (n, name, org, title, phone, email, arrive, note) in enumerate(rows):
        r = i + 2
        sheet.write_number(r, 0, n)
        if isinstance(name, list):
            sheet.write_rich_string(r, 1, bold, name[0], name[1])
        else:
            sheet.write(r, 1, name)
        sheet.write_number(r, 4, phone)
        sheet.write(r, 5, email)
        sheet.write_datetime(r, 6, datetime.datetime.combine(arrive, datetime.time()) if isinstance(arrive, datetime.date) and not isinstance(arrive, datetime.datetime) else arrive, cn_date if i == 0 else iso_date)
        sheet.write(r, 3, title)
        sheet.write_string(r, 7, note)
    # The college's name merged down its two delegates' rows.
    sheet.merge_range("C3:C4", "四川工程职业技术大学")
    sheet.write(4, 2, "德阳职业技术学院")
    sheet.write_formula(5, 0, "=A5+1", None, 4)
    sheet.write(5, 1, "解晓东")
    sheet.write(5, 4, "13800000002")
    # Row 8 (row 7 left empty): no name, so rejected, named as Excel shows it.
    sheet.write(7, 2, "某职业学院")
    sheet.write_number(7, 4, 13800000009)
    wb.close()

def openpyxl_book():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delegates"
    ws.append(["Name", "Organisation", "Phone", "E-mail", "Vegetarian", "Arrival"])
    ws.append(["Thomas Becker", "BIBB", 4915112345678, "tb@example.org", True, datetime.datetime(2026, 5, 14, 9, 0)])
    ws.append(["区志明", "广州番禺职业技术学院", 13900000003, "", False, None])
    ws["A4"] = "查文"
    ws["C4"] = "=13900000000+4"
    hidden = wb.create_sheet("lookup")
    hidden.append(["姓名", "单位"])
    hidden.append(["隐藏的人", "不该导入"])
    hidden.sheet_state = "hidden"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(f"{OUT}/delegates-openpyxl.xlsx")

INLINE_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c><c r="C1" t="inlineStr"><is><t>手机</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><r><t>欧阳</t></r><r><t xml:space="preserve">晓峰</t></r></is></c><c r="B2" t="inlineStr"><is><t>成都职业技术学院 &amp; 研究院</t></is></c><c r="C2"><v>1.3981234569E10</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>缪&#x4E00;</t></is></c><c r="C4" t="str"><v>0138 0000 0005</v></c></row>
</sheetData></worksheet>"""

def parts(sheet):
    return {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }

def write_zip(path, contents, method=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", method) as z:
        for name, text in contents.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, text)

def damaged():
    write_zip(f"{OUT}/inline-strings.xlsx", parts(INLINE_SHEET))
    # A sheet of 300 MiB of spaces: 300 KB deflated, over the part limit inflated.
    with zipfile.ZipFile(f"{OUT}/bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts(INLINE_SHEET).items():
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name.endswith("sheet1.xml"):
                with z.open(info, "w", force_zip64=True) as f:
                    chunk = b" " * (1 << 20)
                    for _ in range(300):
                        f.write(chunk)
            else:
                z.writestr(info, text)
    # A sheet that says it is 100 bytes and inflates to a megabyte.
    data = io.BytesIO()
    write_zip_bytes = {**parts(INLINE_SHEET), "xl/worksheets/sheet1.xml": INLINE_SHEET + " " * (1 << 20)}
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in write_zip_bytes.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    b = bytearray(data.getvalue())
    name = b"xl/worksheets/sheet1.xml"
    for sig, size_at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        i = 0
        while (i := b.find(sig, i)) >= 0:
            name_at = i + (46 if sig == b"PK\x01\x02" else 30)
            if b[name_at:name_at + len(name)] == name:
                b[i + size_at:i + size_at + 4] = struct.pack("<I", 100)
            i += 4
    open(f"{OUT}/liar.xlsx", "wb").write(bytes(b))
    whole = open(f"{OUT}/inline-strings.xlsx", "rb").read()
    open(f"{OUT}/cut.xlsx", "wb").write(whole[: len(whole) // 2])
    # A sheet whose XML does not close.
    write_zip(f"{OUT}/bad-xml.xlsx", {**parts(INLINE_SHEET), "xl/worksheets/sheet1.xml": INLINE_SHEET[:-20]})

def two_lists():
    # Two delegations' lists, each a sheet with a name column: which to import is asked.
    wb = xlsxwriter.Workbook(f"{OUT}/two-lists.xlsx")
    wb.set_properties({"created": FIXED})
    for title, names in (("一组", ["王芳", "李明"]), ("二组", ["张伟"])):
        ws = wb.add_worksheet(title)
        ws.write_row(0, 0, ["姓名", "单位"])
        for i, n in enumerate(names):
            ws.write_row(i + 1, 0, [n, "德阳职业技术学院"])
    wb.close()


xlsxwriter_book()
openpyxl_book()
damaged()
two_lists()

#!/usr/bin/env python3
"""Writes the fixtures LibreOffice makes, so the readers are tried on its own output:
回执-libreoffice.ods, a return slip (openpyxl builds it as .xlsx, LibreOffice saves it as
OpenDocument: a merged title, a college merged down two rows, dates, a phone as a number, a
comment, a cell repeated across two columns, the trailing 16384-column and million-row repeats
LibreOffice writes, an instructions sheet first and a hidden sheet), and escapes-libreoffice.xlsx
(LibreOffice writes ESC as _x001b_ and a literal _x000D_ as _x005F_x000D_).
Run from the repository root (needs openpyxl and soffice, from libreoffice-calc-nogui):
python3 Tests/InterchangeTests/Workbooks/make-libreoffice.py"""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Font

OUT = os.path.abspath("Tests/InterchangeTests/Workbooks")

def convert(source, to, infilter=None):
    args = ["soffice", "--headless"] + ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", to, source]
    subprocess.run(args, cwd=os.path.dirname(source), check=True, capture_output=True, timeout=300)
    return os.path.splitext(source)[0] + "." + to

def return_slip(tmp):
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填写说明"
    notes["A1"] = "请每人一行填写；手机号请填写11位数字。"
    ws = wb.create_sheet("参会回执")
    ws.append(["第四届中国职业教育创新发展大会参会回执"])
    ws.merge_cells("A1:G1")
    ws.append(["姓名", "单位", "职务", "手机", "到达日期", "参会分论坛", "备注"])
    ws.row_dimensions[2].font = Font(bold=True)
    ws.append(["曾永涛", "四川工程职业技术大学", "校长", 13981234567, datetime.date(2026, 5, 13), "分论坛一、分论坛二",
               "素食  少辣\n第二行"])
    ws.append(["覃勇杰", None, None, None, datetime.datetime(2026, 5, 14, 9, 30), "分论坛二", None])
    ws.merge_cells("B3:B4")
    ws["A4"].comment = Comment("批注不算", "会务组")
    ws["E3"].number_format = "yyyy-mm-dd"
    ws["E4"].number_format = "yyyy-mm-dd hh:mm"
    ws.append([])
    ws.append([])
    ws.append(["单丽", "德阳职业技术学院", "处长", "137 0000 0001", None, "无", "无"])
    ws.append(["欧阳晓峰", "成都职业技术学院", "教师", 13981234569, None, "分论坛一", "无"])
    hidden = wb.create_sheet("lookup")
    hidden.append(["姓名", "单位"])
    hidden.append(["隐藏的人", "不该导入"])
    hidden.sheet_state = "hidden"
    source = os.path.join(tmp, "回执-libreoffice.xlsx")
    wb.save(source)
    shutil.copy(convert(source, "ods"), OUT)

def escapes(tmp):
    source = os.path.join(tmp, "escapes-libreoffice.csv")
    with open(source, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "单位", "备注"])
        w.writerow(["王\x1b芳", "成都_x000D_学院", "第一行\n第二行"])
        w.writerow(["李明", "A_x005F_B", ""])
    shutil.copy(convert(source, "xlsx", "CSV:44,34,76,1"), OUT)

with tempfile.TemporaryDirectory() as tmp:
    return_slip(tmp)
    escapes(tmp)

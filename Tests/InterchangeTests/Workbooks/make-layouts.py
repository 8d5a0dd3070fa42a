#!/usr/bin/env python3
"""Writes the workbooks of issue 31's layouts (items 8, 10, 12, 13, 17) with openpyxl (one saved
again by LibreOffice as .ods), as offices
make them: a header of two rows (a group merged over its columns; a name merged over a surname and
a given name), a failed VLOOKUP's error, formulas a program wrote without their values, rows
hidden for cancelled people, one sheet per province.
Run from the repository root: python3 Tests/InterchangeTests/Workbooks/make-layouts.py (needs openpyxl, soffice)."""
import datetime, os, shutil, subprocess, tempfile
import openpyxl

OUT = "Tests/InterchangeTests/Workbooks"
FIXED = datetime.datetime(2026, 5, 1)

def book():
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = FIXED
    return wb

# Item 8 and 10: headers of two rows, each on its own sheet.
wb = book()
ws = wb.active
ws.title = "联系方式"
ws.append(["参会回执"])
ws.merge_cells("A1:D1")
ws.append(["姓名", "单位", "联系方式", None])
ws.append([None, None, "手机", "邮箱"])
ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3"); ws.merge_cells("C2:D2")
ws.append(["王芳", "四川工程职业技术大学", "13800138001", "wangf@example.org"])
ws.append(["李明", "德阳职业技术学院", "13800138002", "liming@example.org"])
ws = wb.create_sheet("姓名")
ws.append(["姓名 Name", None, "单位 Institution", "手机 Mobile"])
ws.append(["姓 Surname", "名 Given name", None, None])
ws.merge_cells("A1:B1"); ws.merge_cells("C1:C2"); ws.merge_cells("D1:D2")
ws.append(["欧阳", "修文", "成都职业技术学院", "13800138003"])
ws.append(["Schmidt", "Thomas", "TU Dresden", "13800138004"])
wb.save(f"{OUT}/two-header-rows.xlsx")

# Items 12 and 13: an error cell, hidden rows, and formulas without values.
wb = book()
ws = wb.active
ws.title = "回执"
ws.append(["姓名", "单位", "手机"])
ws.append(["王芳", "#N/A", "13800138001"])
ws.append(["李明", "德阳职业技术学院", "13800138002"])
ws.append(["张敏（已取消）", "德阳职业技术学院", "13800138003"])
ws.row_dimensions[4].hidden = True
ws.append(["刘洋", "成都职业技术学院", "13800138004"])
wb.save(f"{OUT}/hidden-and-errors.xlsx")
# The same saved by LibreOffice as .ods (needs soffice, from libreoffice-calc-nogui): Calc writes
# the hidden row as table:visibility="collapse" and the error as calcext:value-type="error".
with tempfile.TemporaryDirectory() as tmp:
    shutil.copy(f"{OUT}/hidden-and-errors.xlsx", tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "hidden-and-errors.xlsx"], cwd=tmp, check=True,
                   capture_output=True, timeout=300)
    shutil.copy(f"{tmp}/hidden-and-errors.ods", f"{OUT}/hidden-and-errors-libreoffice.ods")

wb = book()
ws = wb.active
ws.title = "回执"
ws.append(["编号", "姓名", "单位", "手机"])
ws.append(["A1", "王芳", "四川工程职业技术大学", "13800138001"])
ws.append(["A2", "李明", "德阳职业技术学院", "13800138002"])
ws = wb.create_sheet("汇总")
ws.append(["姓名", "单位", "手机"])
for r in (2, 3):
    ws.append([f"=回执!B{r}", f"=VLOOKUP(A{r},回执!B:C,2,FALSE)", f"=回执!D{r}"])
wb.save(f"{OUT}/formulas-unsaved.xlsx")

# Item 17: one sheet per province.
wb = book()
ws = wb.active
ws.title = "四川"
ws.append(["姓名", "单位", "手机"])
ws.append(["王芳", "四川工程职业技术大学", "13800138001"])
ws.append(["李明", "德阳职业技术学院", "1380013800"])
ws = wb.create_sheet("重庆")
ws.append(["参会回执（重庆）"])
ws.append(["姓名", "单位", "手机"])
ws.append(["张敏", "重庆电子工程职业学院", "13800138005"])
ws = wb.create_sheet("说明")
ws.append(["请于5月6日前回复"])
wb.save(f"{OUT}/by-province.xlsx")

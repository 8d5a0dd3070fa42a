#!/usr/bin/env python3
"""Writes the 回执 with stay columns the stay import tests read (issue 36): real date cells as Excel keeps them,
a day number in a cell formatted as a number (as a date column pasted as values shows), and a roommate by name.
Run from the repository root: python3 Tests/InterchangeTests/Workbooks/make-stays.py (needs openpyxl)."""
import datetime, os
import openpyxl

OUT = "Tests/InterchangeTests/Workbooks"
os.makedirs(OUT, exist_ok=True)

wb = openpyxl.Workbook()
wb.properties.created = datetime.datetime(2026, 5, 1)
wb.properties.modified = datetime.datetime(2026, 5, 1)
sheet = wb.active
sheet.title = "参会回执"
sheet.append(["姓名", "性别", "手机", "是否住宿", "单住/合住", "合住人姓名", "入住日期", "离店日期"])
sheet.append(["王芳", "女", "13900000101", "是", "合住", "李娜", datetime.date(2026, 5, 13), datetime.date(2026, 5, 15)])
sheet.append(["李娜", "女", "13900000102", "住", "标间", "王芳", 46155, 46157])
sheet.append(["张伟", "男", "13900000103", "否", "", "", "", ""])
sheet.append(["刘洋", "男", "13900000104", "是", "单间", "", "5月13日", "下周"])
for row in range(2, 3):
    for col in "GH":
        sheet[f"{col}{row}"].number_format = "yyyy-mm-dd"
wb.save(f"{OUT}/stays-openpyxl.xlsx")

#!/usr/bin/env python3
"""Writes the 回执 with dietary columns the banquet import tests read (issue 37): 饮食禁忌 in words
as offices get them, and a 民族 column, which stays in the notes unless the office derives halal
from it. Run from the repository root: python3 Tests/InterchangeTests/Workbooks/make-diet.py (needs openpyxl)."""
import datetime, os
import openpyxl

OUT = "Tests/InterchangeTests/Workbooks"
os.makedirs(OUT, exist_ok=True)

wb = openpyxl.Workbook()
wb.properties.created = datetime.datetime(2026, 5, 1)
wb.properties.modified = datetime.datetime(2026, 5, 1)
sheet = wb.active
sheet.title = "参会回执"
sheet.append(["姓名", "单位", "手机", "民族", "饮食禁忌（请注明）"])
sheet.append(["马立新", "宁夏职业技术学院", "13900000301", "回族", "清真"])
sheet.append(["艾力", "新疆职业大学", "13900000302", "维吾尔族", ""])
sheet.append(["王芳", "德阳职业技术学院", "13900000303", "汉族", "素食（不吃蛋）"])
sheet.append(["张伟", "四川工程职业技术大学", "13900000304", "汉", "海鲜过敏"])
sheet.append(["刘洋", "成都职业技术学院", "13900000305", "", "无"])
wb.save(f"{OUT}/diet-openpyxl.xlsx")

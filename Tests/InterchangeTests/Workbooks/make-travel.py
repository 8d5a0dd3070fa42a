#!/usr/bin/env python3
"""Writes the travel 回执 and the vehicle list the transport import tests read (issue 35): a sheet whose journeys are
in columns of their own under English and Chinese headers, with real date and time cells as
Excel keeps them, and a sheet whose journeys are one cell each, as offices type them.
Run from the repository root: python3 Tests/InterchangeTests/Workbooks/make-travel.py (needs openpyxl)."""
import datetime, os
import openpyxl

OUT = "Tests/InterchangeTests/Workbooks"
os.makedirs(OUT, exist_ok=True)

wb = openpyxl.Workbook()
wb.properties.created = datetime.datetime(2026, 5, 1)
wb.properties.modified = datetime.datetime(2026, 5, 1)
sheet = wb.active
sheet.title = "参会回执"
sheet.append(["姓名", "单位", "手机", "Arrival Date", "到达时间", "航班/车次", "接站地点", "需要接站", "返程日期",
              "返程时间", "返程航班/车次", "返程站点", "是否送站", "随行人员数"])
sheet.append(["王芳", "德阳职业技术学院", "13900000101", datetime.date(2026, 5, 13), datetime.time(14, 20), "G8921",
              "德阳站", "是", datetime.date(2026, 5, 15), datetime.time(18, 5), "G8930", "德阳站", "是", 1])
sheet.append(["张伟", "四川工程职业技术大学", "13900000102", datetime.date(2026, 5, 13), datetime.time(10, 35),
              "CA4193", "成都双流国际机场T2", "需要", datetime.date(2026, 5, 16), "9点40", "CA4194",
              "成都双流国际机场T2", "不需要", 0])
sheet.append(["刘洋", "成都职业技术学院", "13900000103", "5月14日", "25:70", "自驾", "", "否", "", "", "", "", "", "两个"])
for col in "DI":
    for row in range(2, 4):
        sheet[f"{col}{row}"].number_format = "yyyy-mm-dd"
for col in "EJ":
    for row in range(2, 4):
        sheet[f"{col}{row}"].number_format = "h:mm"

cells = wb.create_sheet("一格行程")
cells.append(["姓名", "单位", "手机", "来程信息", "返程信息", "随行人数"])
cells.append(["陈静", "德阳职业技术学院", "13900000201", "5月13日 G8921 14:20 德阳站", "5/15 18:05 G8930", "1"])
cells.append(["赵磊", "四川工程职业技术大学", "13900000202", "5.13 CA4193 10:35 双流T2", "5月16日 9:40 CA4194 双流T2", ""])
cells.append(["孙丽", "成都职业技术学院", "13900000203", "坐车来", "", ""])

wb.save(f"{OUT}/travel-openpyxl.xlsx")

# A car company's list with English headers, a kind in words and a seat count, hours as one cell.
vb = openpyxl.Workbook()
vb.properties.created = datetime.datetime(2026, 5, 1)
vb.properties.modified = datetime.datetime(2026, 5, 1)
vs = vb.active
vs.title = "Vehicles"
vs.append(["Plate", "Type", "Seats", "Driver", "Driver Phone", "Available"])
vs.append(["川F·12345", "七座商务", None, "王师傅", 13900001111, "5月13日 8:00-20:00；5月14日 7:30-12:00"])
vs.append(["川A·88888", "55座大巴", None, "张师傅", "13900003333", ""])
vs.append(["川F·34567", "Sedan", 5, "赵师傅", "13900004444", "5.15 25:00-26:00"])
vb.save(f"{OUT}/vehicles-openpyxl.xlsx")

#!/usr/bin/env python3
"""Writes the workbooks the reader tests of issue 31 read, as openpyxl makes them: ISO dates
(t="d" cells, a midnight date and a date with a time), a percent cell, and a Mac (1904) workbook
with a time-only cell.
Run from the repository root: python3 Tests/InterchangeTests/Workbooks/make-partners.py (needs openpyxl)."""
import datetime, os
import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = "Tests/InterchangeTests/Workbooks"
FIXED = datetime.datetime(2026, 5, 1)

def iso_dates():
    wb = openpyxl.Workbook(iso_dates=True)
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "名单"
    ws.append(["姓名", "到达", "离开", "出席率"])
    ws.append(["Jürgen Müller", datetime.datetime(2026, 5, 13), datetime.datetime(2026, 5, 15, 14, 30), 0.5])
    ws["D2"].number_format = "0%"
    ws.append(["Anna Schmidt", datetime.datetime(2026, 5, 14), None, 0.125])
    ws["D3"].number_format = "0.0%"
    wb.save(f"{OUT}/iso-dates-openpyxl.xlsx")

def mac_1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "名单"
    ws.append(["姓名", "到达时间", "到达日期"])
    ws.append(["Jürgen Müller", datetime.time(14, 20), datetime.date(2026, 5, 13)])
    ws["B2"].number_format = "h:mm"
    ws["C2"].number_format = "yyyy-mm-dd"
    wb.save(f"{OUT}/mac-1904-openpyxl.xlsx")

iso_dates()
mac_1904()

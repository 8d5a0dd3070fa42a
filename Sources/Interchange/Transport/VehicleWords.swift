import PlanningCore

/// The words of `import vehicles` (issue 35): the list's problems and what the import did.
public enum VehicleWords: String, Phrasebook {
    case noPlate, unknownKind, noCapacity, badSeats, badAvailability, badPhone, samePlate
    case rowNotImported, importedWithout, extraCells
    case readAs, readAsOne, added, updated, unchanged, unchangedOne, rejected, rejectedOne
    case importedInto, dryRun, nothingToChange, noneImported
    case plate, kind, seats, driver, driverPhone, availability, notes

    public static let tables: [Language: [VehicleWords: String]] = [
        .en: [
            .noPlate: "no plate", .unknownKind: "\"%1\" is not a kind of vehicle (轿车, 商务车, 中巴, 大巴)",
            .noCapacity: "neither the kind nor the seats say how many it carries",
            .badSeats: "\"%1\" is not a number of seats", .badPhone: "\"%1\" is not a phone number",
            .badAvailability: "\"%1\" is not a time the vehicle is available (e.g. 5月13日 8:00-20:00)",
            .samePlate: "the plate is on line %1 too: this later row was taken",
            .rowNotImported: " (the row was not imported)",
            .extraCells: "cells past the last column (%1): a comma not in quotes split a cell?",
            .importedWithout: " (the row was imported without it)",
            .readAs: "%1: header in line %2, %3 vehicles", .readAsOne: "%1: header in line %2, 1 vehicle",
            .added: "added %1 (%2, %3 seats)",
            .updated: "updated %1: %2", .unchanged: "%1 vehicles unchanged", .rejected: "%1 rows not imported",
            .unchangedOne: "1 vehicle unchanged", .rejectedOne: "1 row not imported",
            .importedInto: "imported into %1", .dryRun: "dry run: nothing was changed",
            .nothingToChange: "every vehicle is as the list says: nothing to change",
            .noneImported: "no row of the list could be imported",
            .plate: "plate", .kind: "kind", .seats: "seats", .driver: "driver", .driverPhone: "driver's phone",
            .availability: "available", .notes: "notes",
        ],
        .zh: [
            .noPlate: "没有车牌", .unknownKind: "“%1”不是车型（轿车、商务车、中巴、大巴）",
            .noCapacity: "车型和座位数都没有说能坐几人",
            .badSeats: "“%1”不是座位数", .badPhone: "“%1”不是电话号码",
            .badAvailability: "“%1”读不出可用时间（应如：5月13日 8:00-20:00）",
            .samePlate: "第 %1 行也是这个车牌：按后一行导入",
            .rowNotImported: "（该行未导入）",
            .extraCells: "最后一列之后还有内容（%1）：单元格内的逗号未加引号？",
            .importedWithout: "（该行已导入，此项未保存）",
            .readAs: "%1：表头在第 %2 行，共 %3 辆车", .readAsOne: "%1：表头在第 %2 行，共 1 辆车",
            .added: "新增 %1（%2，%3 座）",
            .updated: "修改 %1：%2", .unchanged: "%1 辆车没有变化", .rejected: "%1 行未导入",
            .unchangedOne: "1 辆车没有变化", .rejectedOne: "1 行未导入",
            .importedInto: "已导入 %1", .dryRun: "试运行：没有做任何修改",
            .nothingToChange: "车辆都与名单一致：没有要修改的",
            .noneImported: "名单中没有可以导入的行",
            .plate: "车牌", .kind: "车型", .seats: "座位", .driver: "司机", .driverPhone: "司机电话",
            .availability: "可用时间", .notes: "备注",
        ],
    ]
}

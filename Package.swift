// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: core ← store, interchange ← terminal UI ← executable.
let package = Package(
    name: "confplan",
    products: [
        .executable(name: "confplan", targets: ["confplan"]),
        .executable(name: "confplan-bench", targets: ["confplan-bench"]),
        .executable(name: "confplan-fuzz", targets: ["confplan-fuzz"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Inflates the entries of .xlsx workbooks (ZIP archives).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "PlanningCore"),
        // Generated events and a seeded random source for the bench, the fuzzer and the tests; no
        // part of the tool itself.
        .target(name: "Fixtures", dependencies: ["PlanningCore"]),
        .target(name: "PlanningStore", dependencies: ["PlanningCore", "CSQLite"]),
        // Bytes in and out, no domain types: JSON, XML, ZIP, CSV, text decoding, input errors, whole files.
        .target(name: "Codecs", dependencies: ["CZlib"]),
        // .xlsx and .ods workbooks: sheets of strings in, sheets of strings out.
        .target(name: "Workbook", dependencies: ["Codecs", "PlanningCore"]),
        // What the office prints: PDF, QR codes, badges, table cards, sign-in sheets, seating charts.
        .target(name: "Print", dependencies: ["PlanningCore", "Codecs", "Workbook", "CZlib"]),
        // Event files, imports, exports and reports.
        .target(name: "Interchange", dependencies: ["PlanningCore", "Codecs", "Workbook", "Print"]),
        .target(name: "TerminalUI", dependencies: ["PlanningCore", "PlanningStore", "Codecs", "Print", "Interchange", "CNcursesw"]),
        .executableTarget(
            name: "confplan",
            dependencies: ["PlanningCore", "PlanningStore", "Codecs", "Workbook", "Print", "Interchange", "TerminalUI"]
        ),
        // Measures what users feel against baselines taken in the same run: `swift run -c release confplan-bench`.
        .executableTarget(
            name: "confplan-bench",
            dependencies: ["PlanningCore", "PlanningStore", "Codecs", "Workbook", "Print", "Interchange", "TerminalUI", "Fixtures"]),
        // Feeds the readers random and mutated files: `swift run -c release confplan-fuzz --runs 1000000`.
        .executableTarget(
            name: "confplan-fuzz", dependencies: ["PlanningCore", "PlanningStore", "CSQLite", "Codecs", "Workbook", "Interchange", "Fixtures"]),
        .testTarget(name: "PlanningCoreTests", dependencies: ["PlanningCore", "Fixtures"]),
        .testTarget(name: "PlanningStoreTests", dependencies: ["PlanningStore", "Interchange", "Fixtures"]),
        .testTarget(
            name: "InterchangeTests", dependencies: ["Codecs", "Workbook", "Print", "Interchange", "PlanningStore", "Fixtures"], exclude: ["Golden", "Workbooks"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Codecs", "Workbook", "Print", "Interchange", "Fixtures"], exclude: ["Snapshots"]),
        // Drives the built `confplan` binary: exit codes, messages, files, as scripts see them.
        .testTarget(name: "confplanTests", dependencies: ["confplan", "confplan-bench", "confplan-fuzz", "PlanningCore", "Codecs", "Workbook", "Print", "Interchange", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way (README, "How it is built"): Codecs ← Workbook ← Print ← Interchange, Typeset ← Print,
// PlanningCore ← PlanningStore, and both sides ← TerminalUI ← confplan.
let package = Package(
    name: "confplan",
    products: [
        .executable(name: "confplan", targets: ["confplan"]),
        .executable(name: "confplan-bench", targets: ["confplan-bench"]),
        .executable(name: "confplan-fuzz", targets: ["confplan-fuzz"]),
    ],
    targets: [
        // Terminal drawing and keys, for the UI.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The database engine, for PlanningStore alone.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Deflate and inflate: ZIP entries (Codecs).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Pango lays text out (HarfBuzz shapes, fontconfig falls back per character) and Cairo draws it
        // into PDFs that embed subsets of the fonts actually used.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // The domain: events, sessions, people, the conflict engine, the solver, releases, words.
        .target(name: "PlanningCore"),
        // Pages of laid-out text, lines and QR modules as PDF or a long PNG; knows nothing of events.
        .target(name: "Typeset", dependencies: ["CPangoCairo"]),
        // Repair scenarios, the oracle's events and scratch folders for the bench, the fuzzer and the tests.
        .target(name: "Fixtures", dependencies: ["PlanningCore"]),
        // The SQLite database, its migrations and a typed API; the only target that speaks SQL.
        .target(name: "PlanningStore", dependencies: ["PlanningCore", "CSQLite"]),
        // Bytes in and out, no domain types: JSON, XML, ZIP, CSV, text decoding, input errors, whole files.
        .target(name: "Codecs", dependencies: ["CZlib"]),
        // .xlsx and .ods workbooks read as rows of strings, and tables written as .xlsx.
        .target(name: "Workbook", dependencies: ["Codecs", "PlanningCore"]),
        // What the office prints: PDF, QR codes, badges, table cards, sign-in sheets, seating charts.
        .target(name: "Print", dependencies: ["PlanningCore", "Codecs", "Workbook", "Typeset"]),
        // Event files, imports, exports and reports.
        .target(name: "Interchange", dependencies: ["PlanningCore", "Codecs", "Workbook", "Print"]),
        // The terminal UI and the check-in desk.
        .target(
            name: "TerminalUI",
            dependencies: ["PlanningCore", "PlanningStore", "Codecs", "Print", "Interchange", "CNcursesw"]),
        // The command line: argument parsing and wiring.
        .executableTarget(
            name: "confplan",
            dependencies: ["PlanningCore", "PlanningStore", "Codecs", "Workbook", "Print", "Interchange", "TerminalUI"]
        ),
        // Measures what users feel against baselines taken in the same run: `swift run -c release confplan-bench`.
        .executableTarget(
            name: "confplan-bench",
            dependencies: [
                "PlanningCore", "PlanningStore", "Codecs", "Workbook", "Print", "Typeset", "Interchange", "TerminalUI",
                "Fixtures",
            ]),
        // Feeds the readers random and mutated files: `swift run -c release confplan-fuzz --runs 1000000`.
        // PlanningStore, CSQLite and Fixtures serve only its database target (`--only db`).
        .executableTarget(
            name: "confplan-fuzz",
            dependencies: ["PlanningCore", "Codecs", "Interchange", "PlanningStore", "CSQLite", "Fixtures"]),
        // What the test targets share: the repository's root, its sample events read as plans.
        .target(name: "TestSupport", dependencies: ["PlanningCore", "Interchange"], path: "Tests/TestSupport"),
        .testTarget(name: "TypesetTests", dependencies: ["Typeset", "TestSupport"], exclude: ["render-ink.py"]),
        .testTarget(name: "PlanningCoreTests", dependencies: ["PlanningCore", "Fixtures"]),
        .testTarget(name: "PlanningStoreTests", dependencies: ["PlanningStore", "Interchange", "Fixtures"]),
        // Also the tests of Codecs, Workbook and Print, which share its sample events and workbooks.
        .testTarget(
            name: "InterchangeTests",
            dependencies: [
                "Codecs", "Workbook", "Print", "Typeset", "Interchange", "PlanningStore", "Fixtures", "TestSupport",
            ],
            exclude: ["Golden", "Workbooks"]),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "Codecs", "Workbook", "Interchange", "Fixtures", "TestSupport"],
            exclude: ["Snapshots"]),
        // Drives the built `confplan` binary: exit codes, messages, files, as scripts see them.
        .testTarget(
            name: "confplanTests",
            dependencies: [
                "confplan", "confplan-bench", "confplan-fuzz", "PlanningCore", "Workbook", "Interchange", "Fixtures",
                "TestSupport",
            ]),
    ],
    swiftLanguageModes: [.v6]
)

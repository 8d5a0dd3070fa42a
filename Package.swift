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
        // Pango lays text out (HarfBuzz shapes, fontconfig falls back per character) and Cairo draws it
        // into PDFs that embed subsets of the fonts actually used.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .target(name: "PlanningCore"),
        // Pages of laid-out text, lines and QR modules as PDF or a long PNG; knows nothing of events.
        .target(name: "Typeset", dependencies: ["CPangoCairo"]),
        // Generated events and a seeded random source for the bench, the fuzzer and the tests; no
        // part of the tool itself.
        .target(name: "Fixtures", dependencies: ["PlanningCore"]),
        .target(name: "PlanningStore", dependencies: ["PlanningCore", "CSQLite"]),
        .target(name: "Interchange", dependencies: ["PlanningCore", "CZlib"]),
        .target(name: "TerminalUI", dependencies: ["PlanningCore", "PlanningStore", "Interchange", "CNcursesw"]),
        .executableTarget(
            name: "confplan",
            // Fixtures for `demo --large`: the benchmark's 100,000-attendee event, to feel the tool at scale.
            dependencies: ["PlanningCore", "PlanningStore", "Interchange", "TerminalUI", "Fixtures"]
        ),
        // Measures what users feel against baselines taken in the same run: `swift run -c release confplan-bench`.
        .executableTarget(name: "confplan-bench", dependencies: ["PlanningCore", "PlanningStore", "Interchange", "TerminalUI", "Fixtures"]),
        // Feeds the readers random and mutated files: `swift run -c release confplan-fuzz --runs 1000000`.
        .executableTarget(
            name: "confplan-fuzz", dependencies: ["PlanningCore", "PlanningStore", "CSQLite", "Interchange", "Fixtures"]),
        .testTarget(name: "TypesetTests", dependencies: ["Typeset"], exclude: ["render-ink.py"]),
        .testTarget(name: "PlanningCoreTests", dependencies: ["PlanningCore", "Fixtures"]),
        .testTarget(name: "PlanningStoreTests", dependencies: ["PlanningStore", "Interchange", "Fixtures"]),
        .testTarget(name: "InterchangeTests", dependencies: ["Interchange", "PlanningStore", "Fixtures"], exclude: ["Golden", "Workbooks"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Interchange", "Fixtures"], exclude: ["Snapshots"]),
        // Drives the built `confplan` binary: exit codes, messages, files, as scripts see them.
        .testTarget(name: "confplanTests", dependencies: ["confplan", "confplan-bench", "confplan-fuzz", "PlanningCore", "Interchange", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

import Foundation
import Codecs
import Interchange
import PlanningCore
import Synchronization

/// Feeds the CSV and workbook (.xlsx, .ods) readers, the event-file reader and the schedule
/// readers random, mutated and well-formed-but-odd inputs. Every input must end in a value or an
/// `InputError`, quickly and in bounded memory; a crash stops the run with the input saved to
/// `fuzz-crash-TARGET-N.bin`, and an input still running after `--limit-ms` is a hang, saved to
/// `fuzz-hang-TARGET-N.bin`.
///
///     swift run -c release confplan-fuzz [--runs N] [--seed S] [--only csv,xlsx,ods,event,xml,json,db]
///                                        [--limit-ms MS]

struct Options {
    var runs = 1_000_000
    var seed: UInt64 = UInt64(Date().timeIntervalSince1970)
    var only: Set<String> = ["csv", "xlsx", "ods", "event", "xml", "json"]
    var slowMs = 2_000.0
    /// An input running longer than this is a hang: the watchdog saves it and stops the run.
    var limitMs: UInt64 = 10_000
    /// Reads one saved input again, without the crash handler, so the runtime's report shows.
    var replay: String?
}

var options = Options()
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--runs": options.runs = Int(args.popFirst() ?? "") ?? options.runs
    case "--seed": options.seed = UInt64(args.popFirst() ?? "") ?? options.seed
    case "--replay": options.replay = args.popFirst()
    case "--only": options.only = Set((args.popFirst() ?? "").split(separator: ",").map(String.init))
    case "--limit-ms": options.limitMs = UInt64(args.popFirst() ?? "") ?? options.limitMs
    case "-h", "--help":
        say("usage: confplan-fuzz [--runs N] [--seed S] [--only csv,xlsx,ods,event,xml,json,db] "
            + "[--limit-ms MS]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("confplan-fuzz: unknown argument \(a)\n".utf8))
        exit(2)
    }
}

let sessions = (try? EventFile.read(Array(Corpus.event.utf8), file: "corpus.json").sessions) ?? []
/// What became of one input: read into a value, refused with an error naming the file, or
/// something else (an error that does not say which file: a bug).
enum Outcome { case accepted, rejected, misreported }

func outcome(_ file: String, _ read: () throws -> Void) -> Outcome {
    do { try read(); return .accepted } catch let e as InputError {
        return e.file == file || e.file.hasPrefix(file + ":") ? .rejected : .misreported
    } catch { return .misreported }
}

struct Target {
    var name: String
    var seeds: [[UInt8]]
    /// Well-formed input with odd values, made from the seeds.
    var structured: ([UInt8], inout SeededRandom) -> [UInt8]
    var run: ([UInt8]) -> Outcome
}

let targets: [Target] = [
    Target(name: "csv", seeds: Corpus.csv.map { Array($0.utf8) }, structured: { _, rng in
        // One list in a thousand is over 1 MiB, so the reader's two-halves path is fuzzed too.
        Structured.csv(&rng, rows: rng.next() % 1_000 == 0 ? 20_000 : Int(rng.next() % 30))
    }, run: { bytes in outcome("f.csv") { _ = try AttendeeList.read(bytes, file: "f.csv", sessions: sessions) } }),
    Target(name: "xlsx", seeds: [Structured.xlsxSeed], structured: Structured.xlsx, run: { bytes in
        outcome("f.xlsx") { _ = try AttendeeList.read(bytes, file: "f.xlsx", sessions: sessions) }
    }),
    Target(name: "ods", seeds: [Structured.odsSeed], structured: Structured.odsDocument, run: { bytes in
        outcome("f.ods") { _ = try AttendeeList.read(bytes, file: "f.ods", sessions: sessions) }
    }),
    Target(name: "event", seeds: [Array(Corpus.event.utf8)], structured: Structured.json,
           run: { bytes in outcome("f.json") { _ = try EventFile.read(bytes, file: "f.json") } }),
    Target(name: "xml", seeds: [Array(Corpus.xml.utf8)], structured: Structured.xml,
           run: { bytes in outcome("f.xml") { _ = try ScheduleImport.read(bytes, file: "f.xml") } }),
    Target(name: "json", seeds: [Array(Corpus.scheduleJSON.utf8)], structured: Structured.json,
           run: { bytes in outcome("f.json") { _ = try ScheduleImport.read(bytes, file: "f.json") } }),
    // Not in the default set (each input is a database opened whole): `--only db`.
    Target(name: "db", seeds: [DatabaseTarget.seed], structured: DatabaseTarget.structured, run: DatabaseTarget.run),
    // Never returns: proves the watchdog catches a reader stuck in a loop. Only run when named.
    Target(name: "selftest-hang", seeds: [[]], structured: { b, _ in b }, run: { _ in
        while watchStarted.load(ordering: .relaxed) != 0 { usleep(1_000) }
        return .accepted
    }),
]

if let path = options.replay {
    let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    for target in targets where options.only.contains(target.name) { print(target.name, target.run(bytes)) }
    exit(0)
}
// Line by line, so what was printed survives a crash (the handler exits without flushing).
func say(_ s: String) { FileHandle.standardOutput.write(Data((s + "\n").utf8)) }
installCrashHandler(seed: options.seed)
startWatchdog(limitMs: options.limitMs)
var rng = SeededRandom(seed: options.seed)
var failures = 0
for target in targets where options.only.contains(target.name) {
    var accepted = 0, rejected = 0, largest = 0, slowest = 0.0
    let started = Date()
    for i in 0..<options.runs {
        // Half well-formed with odd values, half mutated bytes (some of those from well-formed ones).
        let seed = target.seeds[Int(rng.next() % UInt64(target.seeds.count))]
        let input: [UInt8] = switch rng.next() % 4 {
        case 0, 1: target.structured(seed, &rng)
        case 2: Mutator.input(from: [target.structured(seed, &rng)], rng: &rng)
        default: Mutator.input(from: target.seeds, rng: &rng)
        }
        largest = max(largest, input.count)
        remember(input, target: target.name, index: i)
        let t0 = DispatchTime.now().uptimeNanoseconds
        watchStarted.store(t0, ordering: .releasing)
        let result = target.run(input)
        watchStarted.store(0, ordering: .releasing)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        slowest = max(slowest, ms)
        switch result {
        case .accepted: accepted += 1
        case .rejected: rejected += 1
        case .misreported:
            failures += 1
            say("\(target.name) #\(i): rejected without naming the file")
        }
        if ms > options.slowMs {
            failures += 1
            say("\(target.name) #\(i): took \(Int(ms)) ms (\(input.count) bytes)")
        }
    }
    let peak = peakMB()
    say(
        "\(target.name): \(options.runs) inputs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, "
            + "\(accepted) accepted, \(rejected) rejected, largest \(largest >> 10) KiB, slowest "
                + "\(String(format: "%.1f", slowest)) ms, "
            + "peak \(Int(peak)) MB")
    if peak > 1_024 {
        failures += 1
        say("\(target.name): memory grew past 1 GB")
    }
}
say(
    failures == 0
        ? "no crash, no hang, bounded memory (seed \(options.seed))" : "\(failures) problems (seed \(options.seed))")
exit(failures == 0 ? 0 : 1)

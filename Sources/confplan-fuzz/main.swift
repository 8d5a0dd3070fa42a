import Foundation
import Interchange
import PlanningCore

/// Feeds the CSV reader, the event-file reader and the schedule readers random and mutated
/// inputs. Every input must end in a value or an `InputError`, quickly and in bounded memory;
/// a crash stops the run with the input saved to `fuzz-crash-SEED-N.bin` for replay.
///
///     swift run -c release confplan-fuzz [--runs N] [--seed S] [--only csv,event,xml,json]

struct Options {
    var runs = 1_000_000
    var seed: UInt64 = UInt64(Date().timeIntervalSince1970)
    var only: Set<String> = ["csv", "event", "xml", "json"]
    var slowMs = 2_000.0
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
    case "-h", "--help":
        say("usage: confplan-fuzz [--runs N] [--seed S] [--only csv,event,xml,json]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("confplan-fuzz: unknown argument \(a)\n".utf8))
        exit(2)
    }
}

let sessions = (try? EventFile.read(Array(Corpus.event.utf8), file: "corpus.json").sessions) ?? []
let targets: [(name: String, seeds: [[UInt8]], run: ([UInt8]) -> Bool)] = [
    ("csv", Corpus.csv.map { Array($0.utf8) }, { bytes in
        do { _ = try AttendeeList.read(bytes, file: "f.csv", sessions: sessions); return true } catch let e as InputError { return e.file == "f.csv" } catch { return false }
    }),
    ("event", [Array(Corpus.event.utf8)], { bytes in
        do { _ = try EventFile.read(bytes, file: "f.json"); return true } catch let e as InputError { return e.file == "f.json" } catch { return false }
    }),
    ("xml", [Array(Corpus.xml.utf8)], { bytes in
        do { _ = try ScheduleImport.read(bytes, file: "f.xml"); return true } catch let e as InputError { return e.file == "f.xml" } catch { return false }
    }),
    ("json", [Array(Corpus.scheduleJSON.utf8)], { bytes in
        do { _ = try ScheduleImport.read(bytes, file: "f.json"); return true } catch let e as InputError { return e.file == "f.json" } catch { return false }
    }),
]

if let path = options.replay {
    let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    for target in targets where options.only.contains(target.name) { print(target.name, target.run(bytes) ? "ended well" : "rejected without the file") }
    exit(0)
}
// Line by line, so what was printed survives a crash (the handler exits without flushing).
func say(_ s: String) { FileHandle.standardOutput.write(Data((s + "\n").utf8)) }
installCrashHandler(seed: options.seed)
var rng = SeededRandom(seed: options.seed)
var failures = 0
for target in targets where options.only.contains(target.name) {
    var accepted = 0, rejected = 0, slowest = 0.0
    let started = Date()
    for i in 0..<options.runs {
        let input = Mutator.input(from: target.seeds, rng: &rng)
        remember(input, target: target.name, index: i)
        let t0 = DispatchTime.now().uptimeNanoseconds
        let ok = target.run(input)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        slowest = max(slowest, ms)
        if !ok {
            failures += 1
            say("\(target.name) #\(i): rejected without naming the file")
        }
        if ms > options.slowMs {
            failures += 1
            say("\(target.name) #\(i): took \(Int(ms)) ms (\(input.count) bytes)")
        }
        // A rejection is as good as an acceptance: both must simply end well.
        if ok { accepted += 1 } else { rejected += 1 }
    }
    let peak = peakMB()
    say("\(target.name): \(options.runs) inputs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, slowest \(String(format: "%.1f", slowest)) ms, peak \(Int(peak)) MB")
    if peak > 1_024 {
        failures += 1
        say("\(target.name): memory grew past 1 GB")
    }
}
say(failures == 0 ? "no crash, no hang, bounded memory (seed \(options.seed))" : "\(failures) problems (seed \(options.seed))")
exit(failures == 0 ? 0 : 1)

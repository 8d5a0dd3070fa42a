import Foundation
import PlanningCore
import Synchronization

/// Inputs made from the seeds: random bytes, or a seed with a few mutations of the kinds that
/// break parsers (flipped bits, cut files, doubled chunks, stray quotes and brackets, broken
/// UTF-8, byte-order marks, huge numbers, deep nesting).
enum Mutator {
    static let tokens: [[UInt8]] =
        [
            "\"", ",", ";", "\t", "\n", "\r\n", "\r", "{", "}", "[", "]", "<", ">", "&", "&amp;", "<![CDATA[", "]]>",
            ":", "\\",
            "\\u0000", "\\ud800", "99999999999999999999999", "-1", "1e999", "null", "true", "\u{FEFF}", "、", "；",
            "（必填）",
            "<event>", "</day>", "2026-13-45T25:61", "\u{202E}", "\u{1B}[2J", "\0",
        ].map { Array($0.utf8) } + [
            [0xFF], [0xC0, 0x80], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xFE, 0xFF], [0xFF, 0xFE],
        ]

    static func input(from seeds: [[UInt8]], rng: inout SeededRandom) -> [UInt8] {
        if rng.next() % 20 == 0 {
            return (0..<Int(rng.next() % 512)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        }
        if rng.next() % 200 == 0 {
            // Deep nesting, which a recursive reader would follow off the end of the stack.
            let open = Array((rng.next() % 2 == 0 ? "[" : "<a>").utf8)
            return Array(repeating: open, count: 1_000 + Int(rng.next() % 100_000)).flatMap { $0 }
        }
        var b = seeds[Int(rng.next() % UInt64(seeds.count))]
        for _ in 0...Int(rng.next() % 8) {
            let at = b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count))
            switch rng.next() % 7 {
            case 0: if !b.isEmpty { b[at] ^= UInt8(1 << (rng.next() % 8)) }
            case 1: b.insert(contentsOf: tokens[Int(rng.next() % UInt64(tokens.count))], at: at)
            case 2: if !b.isEmpty { b.removeSubrange(at..<min(b.count, at + 1 + Int(rng.next() % 16))) }
            case 3: b = Array(b.prefix(at))
            case 4:
                let end = min(b.count, at + Int(rng.next() % 64))
                b.insert(contentsOf: Array(b[at..<end]), at: at)
            case 5: if !b.isEmpty { b[at] = UInt8(truncatingIfNeeded: rng.next()) }
            default:
                let other = seeds[Int(rng.next() % UInt64(seeds.count))]
                if !other.isEmpty { b.insert(contentsOf: other.prefix(Int(rng.next() % UInt64(other.count))), at: at) }
            }
        }
        return b
    }
}

/// The input being read now, kept where the crash handler and the watchdog can write it out.
nonisolated(unsafe) var currentInput: UnsafeMutableBufferPointer<UInt8> = .allocate(capacity: 1 << 22)
nonisolated(unsafe) var currentLength = 0
nonisolated(unsafe) var crashFile: [CChar] = []
nonisolated(unsafe) var hangFile: [CChar] = []
/// When the input being read started (uptime nanoseconds); 0 between inputs.
let watchStarted = Atomic<UInt64>(0)

func remember(_ input: [UInt8], target: String, index: Int) {
    currentLength = min(input.count, currentInput.count)
    _ = input.prefix(currentLength).withUnsafeBufferPointer {
        memcpy(currentInput.baseAddress!, $0.baseAddress!, currentLength)
    }
    crashFile = Array("fuzz-crash-\(target)-\(index).bin".utf8CString)
    hangFile = Array("fuzz-hang-\(target)-\(index).bin".utf8CString)
}

/// A thread that looks ten times a second whether the current input has run past the limit. A
/// reader stuck in a loop never returns to say so, so the watchdog saves the input and ends the
/// run itself (the reader's thread is still inside the loop).
func startWatchdog(limitMs: UInt64) {
    let thread = Thread {
        while true {
            usleep(100_000)
            let started = watchStarted.load(ordering: .acquiring)
            guard started != 0, DispatchTime.now().uptimeNanoseconds - started > limitMs * 1_000_000 else { continue }
            save(hangFile)
            let message = "confplan-fuzz: an input ran over \(limitMs) ms (a hang); it is saved as "
                + String(decoding: hangFile.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) + "\n"
            FileHandle.standardOutput.write(Data(message.utf8))
            _exit(3)
        }
    }
    thread.start()
}

/// Writes the current input to a file (async-signal-safe calls only: the crash handler uses it).
func save(_ name: [CChar]) {
    name.withUnsafeBufferPointer { name in
        let fd = open(name.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd >= 0 {
            _ = write(fd, currentInput.baseAddress!, currentLength)
            close(fd)
        }
    }
}

func installCrashHandler(seed: UInt64) {
    for sig in [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGABRT, SIGFPE] {
        signal(sig) { code in
            // Only async-signal-safe calls here: open, write, close, _exit.
            save(crashFile)
            let message = Array("confplan-fuzz: crashed; the input is saved beside you\n".utf8)
            _ = message.withUnsafeBufferPointer { write(2, $0.baseAddress!, $0.count) }
            _exit(128 + code)
        }
    }
}

func peakMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

import Foundation

/// One measured operation: times in milliseconds, and the process's peak memory after it.
struct Measurement {
    var name: String
    var runs: [Double]
    var peakMB: Double
    var baseline: String?
    var baselineMedian: Double?
    var target: String
    /// nil when the operation has no pass/fail target at this scale.
    var passed: Bool?
    var note: String = ""

    var median: Double { runs.sorted()[runs.count / 2] }
    var min: Double { runs.min() ?? 0 }
    var max: Double { runs.max() ?? 0 }
    /// How many times faster than the baseline (baseline / median).
    var speedup: Double? { baselineMedian.map { $0 / Swift.max(median, 1e-9) } }
}

enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Milliseconds `body` takes, after `warmup` untimed runs.
    static func time(runs: Int, warmup: Int = 1, _ body: () throws -> Void) rethrows -> [Double] {
        for _ in 0..<warmup { try body() }
        var out: [Double] = []
        for _ in 0..<runs {
            let t0 = now()
            try body()
            out.append(Double(now() - t0) / 1e6)
        }
        return out
    }

    /// Peak resident memory of this process so far, from getrusage (kilobytes on Linux).
    static func peakMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

func formatMS(_ v: Double) -> String {
    v >= 100 ? String(format: "%.0f ms", v) : v >= 1 ? String(format: "%.1f ms", v) : String(format: "%.3f ms", v)
}

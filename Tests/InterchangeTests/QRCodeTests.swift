import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange

/// Our encoder against a third-party decoder (zbar's `zbarimg`, Debian `zbar-tools`; `.ci/run`
/// installs it): every version a payload can need, and the check-in codes badges carry.
@Suite struct QRCodeTests {
    /// The longest text of printable ASCII each version holds at level M.
    static func filling(_ version: Int) -> String {
        let bytes = QRCode.dataCapacity(version) - (QRCode.countBits(version) + 4 + 7) / 8
        let alphabet = Array("confplan-0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ/")
        return String((0..<bytes).map { alphabet[($0 * 7 + version) % alphabet.count] })
    }

    @Test func eachVersionIsChosenForTheLongestTextItHolds() throws {
        let longest = (1...40).map { Self.filling($0).utf8.count }
        #expect(longest.map { QRCode.version(forBytes: $0) } == (1...40).map { $0 })
        #expect(longest.map { QRCode.version(forBytes: $0 + 1) } == (2...40).map { $0 } + [nil])
        #expect(longest.prefix(3) == [14, 26, 42])  // the standard's table 7, byte mode, level M
        #expect(throws: QRCode.Failure.tooLong(bytes: 2332)) { try QRCode(text: String(repeating: "x", count: 2332)) }
    }

    /// The standard's annex example bits are not at hand; the Reed-Solomon part is checked
    /// on its own against the generator polynomial of degree 10 written in the standard
    /// (annex A: α exponents 0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45).
    @Test func reedSolomonGeneratorOfDegreeTen() {
        var power: [UInt8] = [1]
        for _ in 1..<255 { power.append(ReedSolomon.multiply(power.last!, 2)) }
        let exponents = ReedSolomon.generator(degree: 10).map { coefficient in power.firstIndex(of: coefficient)! }
        #expect(exponents == [251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
    }

    @Test func zbarDecodesEveryVersion() throws {
        let texts = (1...40).map(Self.filling) + ["K7M2QX9P", "张三 · 参会证"]
        let images = try texts.map { try QRImage.pgm(QRCode(text: $0)) }
        #expect(try QRImage.decode(images) == texts)
    }
}

/// QR codes as grey-map images for the decoder, four pixels a module, quiet zone included.
enum QRImage {
    static func pgm(_ code: QRCode, scale: Int = 4) -> [UInt8] {
        let side = (code.size + 8) * scale
        var pixels = [UInt8](repeating: 255, count: side * side)
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                for dy in 0..<scale {
                    let start = ((row + 4) * scale + dy) * side + (column + 4) * scale
                    for dx in 0..<scale { pixels[start + dx] = 0 }
                }
            }
        }
        return Array("P5\n\(side) \(side)\n255\n".utf8) + pixels
    }

    /// What zbarimg reads from each image, in order (one line each, as raw text).
    static func decode(_ images: [[UInt8]]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try images.enumerated().map { index, bytes in
            let url = folder.appendingPathComponent(String(format: "%03d.pgm", index))
            try Data(bytes).write(to: url)
            return url.path
        }
        return try zbar(files)
    }

    static func zbar(_ files: [String]) throws -> [String] {
        guard let tool = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first(where: FileManager.default.isExecutableFile)
        else { throw Missing.tool("zbarimg (Debian zbar-tools; .ci/run installs it)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-q", "--raw", "-Sdisable", "-Sqrcode.enable"] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice  // zbar complains of no D-Bus
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: out, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    enum Missing: Error { case tool(String) }
}

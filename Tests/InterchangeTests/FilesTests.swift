import Foundation
import Testing
import Codecs
import Fixtures

/// Whole files read as every command reads a list or an event: the bytes as they are, and a
/// refusal that says which of missing, folder or too large it is.
@Suite struct FilesTests {
    @Test func aFileComesBackByteForByte() throws {
        let dir = Scratch.folder("files-read")
        // Larger than one piece of a pipe's reading, and not a multiple of it.
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/list.csv"))
        FileManager.default.createFile(atPath: dir + "/empty.csv", contents: Data())
        #expect(try Files.read(dir + "/list.csv") == bytes)
        #expect(try Files.read(dir + "/empty.csv") == [])
    }

    /// A file whose size the system gives as 0 (as /proc gives, as a pipe does) is read to its end.
    @Test func aFileWithoutASizeIsReadToItsEnd() throws {
        let text = String(decoding: try Files.read("/proc/self/status"), as: UTF8.self)
        #expect(text.hasPrefix("Name:"))
    }

    @Test func aMissingFileAndAFolderAreToldApart() {
        let dir = Scratch.folder("files-read-refused")
        #expect(throws: Files.Problem(.missing, dir + "/无此文件.csv")) { try Files.read(dir + "/无此文件.csv") }
        #expect(throws: Files.Problem(.folder, dir)) { try Files.read(dir) }
    }
}

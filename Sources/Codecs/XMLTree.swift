import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree with line numbers, read with XMLParser; deep nesting and huge
/// documents are refused rather than followed into exhausting memory.
public final class XMLTree {
    public let name: String
    public let attributes: [String: String]
    public let line: Int
    public internal(set) var text = ""
    public internal(set) var children: [XMLTree] = []

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    public func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }
    public func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }
    /// The trimmed text of a child element, empty when it is missing.
    public func value(_ name: String) -> String {
        var s = (child(name)?.text ?? "")[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    static let maxDepth = 64
    static let maxElements = 2_000_000

    public static func parse(_ data: Data, file: String) throws(InputError) -> XMLTree {
        // Schedules are UTF-8 (frab requires it); and Foundation's XMLParser on Linux traps on
        // names that are not valid UTF-8, so the bytes are checked before it sees them.
        let bytes = [UInt8](data)
        if let at = TextDecoding.invalidUTF8Offset(bytes[...]) {
            throw InputError(
                file: file, line: TextDecoding.lineOf(at, in: bytes[...], unitStep: 1), field: "",
                message:
                    "byte 0x\(TextDecoding.hex(bytes[at])) at offset \(at) is not valid UTF-8; schedules must be UTF-8")
        }
        let builder = Builder()
        let parser = XMLParser(data: Data(withoutProcessingInstructions(bytes)))
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let problem = builder.problem {
            throw InputError(file: file, line: problem.line, field: "", message: problem.message)
        }
        // (On Linux, parse() can report success and still leave an error behind.)
        guard ok, parser.parserError == nil, let root = builder.root else {
            let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "is not well-formed XML"
            throw InputError(
                file: file, line: parser.lineNumber, field: "", message: "is not well-formed XML (\(message))")
        }
        return root
    }

    /// Processing instructions after the XML declaration blanked out (spaces, line breaks
    /// kept): schedules have no use for them, and Foundation's XMLParser on Linux crashes on an
    /// empty one (`<?x?>`). Comments and CDATA sections are left alone, as their text is text.
    static func withoutProcessingInstructions(_ input: [UInt8]) -> [UInt8] {
        var b = input
        var i = 0
        let n = b.count
        func starts(_ s: String, at k: Int) -> Bool {
            let u = Array(s.utf8)
            return k + u.count <= n && Array(b[k..<(k + u.count)]) == u
        }
        func skip(past end: String, from k: Int) -> Int {
            var j = k
            while j < n && !starts(end, at: j) { j += 1 }
            return min(n, j + end.utf8.count)
        }
        while i < n {
            guard b[i] == UInt8(ascii: "<") else { i += 1; continue }
            if starts("<!--", at: i) { i = skip(past: "-->", from: i + 4); continue }
            if starts("<![CDATA[", at: i) { i = skip(past: "]]>", from: i + 9); continue }
            if starts("<?", at: i) {
                let end = skip(past: "?>", from: i + 2)
                let declaration = i == 0 && starts("<?xml ", at: 0)
                if !declaration { for k in i..<end where b[k] != 0x0A && b[k] != 0x0D { b[k] = 0x20 } }
                i = end
                continue
            }
            i += 1
        }
        return b
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?
        var count = 0
        var problem: (line: Int, message: String)?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            count += 1
            guard stack.count < XMLTree.maxDepth, count <= XMLTree.maxElements else {
                problem = (
                    parser.lineNumber,
                    stack.count >= XMLTree.maxDepth
                        ? "nests elements more than \(XMLTree.maxDepth) deep; refused"
                        : "has more than \(XMLTree.maxElements) elements; refused"
                )
                parser.abortParsing()
                return
            }
            let e = XMLTree(name: name, attributes: attributes, line: parser.lineNumber)
            if let parent = stack.last { parent.children.append(e) } else { root = e }
            stack.append(e)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let e = stack.last else { return }
            if e.text.utf8.count + string.utf8.count > 1 << 20 {
                problem = (parser.lineNumber, "<\(e.name)> holds more than 1 MiB of text; refused")
                parser.abortParsing()
                return
            }
            e.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
        }
    }
}

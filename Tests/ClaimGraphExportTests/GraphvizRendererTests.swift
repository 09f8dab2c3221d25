import Foundation
import Testing
@testable import ClaimGraphExport

@Suite("Graphviz renderer", .serialized)
struct GraphvizRendererTests {
    static let dot = DOTEncoder().encode(DOTEncoderTests.small)

    @Test("svg is XML and shows every node's label")
    func svg() throws {
        let rendering = try GraphvizRenderer.render(Self.dot, format: .svg, layout: .dot)
        let svg = try SVGText(rendering.data)
        for node in DOTEncoderTests.small.nodes {
            #expect(svg.shows(EscapingTests.expectedLines(node.label)), "\(node.label) missing from \(svg.texts)")
        }
        #expect(svg.texts.contains("58.7 box AP, test-dev"))
        #expect(svg.texts.contains("Legend"))
    }

    @Test("png starts with the PNG signature and its chunks decode to a non-empty image")
    func png() throws {
        let data = try GraphvizRenderer.render(Self.dot, format: .png, layout: .dot).data
        let image = try PNGInfo(data)
        #expect(image.width > 0 && image.height > 0)
    }

    @Test("pdf starts with %PDF")
    func pdf() throws {
        let data = try GraphvizRenderer.render(Self.dot, format: .pdf, layout: .dot).data
        #expect(data.starts(with: Array("%PDF-".utf8)))
    }

    @Test("dot output carries the layout's positions")
    func laidOutDOT() throws {
        let text = String(decoding: try GraphvizRenderer.render(Self.dot, format: .dot, layout: .dot).data, as: UTF8.self)
        #expect(text.contains("pos=\""))
        #expect(text.contains("digraph claimgraph"))
    }

    @Test("every layout program lays out the graph", arguments: LayoutEngine.allCases)
    func layouts(engine: LayoutEngine) throws {
        let data = try GraphvizRenderer.render(Self.dot, format: .svg, layout: engine).data
        _ = try SVGText(data)
    }

    @Test("bad DOT is a typed error carrying Graphviz's message")
    func syntaxError() {
        do {
            _ = try GraphvizRenderer.render("digraph { a -> }", format: .svg, layout: .dot)
            Issue.record("expected an error")
        } catch let ExportError.graphviz(stage, message) {
            #expect(stage == .read)
            #expect(message.contains("syntax error"), "message was \(message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a format this Graphviz build lacks is a typed error quoting Graphviz")
    func missingFormat() {
        do {
            _ = try GraphvizRenderer.render(Self.dot, formatName: "nosuchformat", layoutName: "dot")
            Issue.record("expected an error")
        } catch let ExportError.formatUnavailable(format, message) {
            #expect(format == "nosuchformat")
            #expect(message.contains("nosuchformat"), "message was \(message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a layout program this Graphviz build lacks is a typed error quoting Graphviz")
    func missingLayout() {
        do {
            _ = try GraphvizRenderer.render(Self.dot, formatName: "svg", layoutName: "nosuchlayout")
            Issue.record("expected an error")
        } catch let ExportError.graphviz(stage, message) {
            #expect(stage == .layout)
            #expect(message.contains("nosuchlayout"), "message was \(message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("Graphviz's warnings are handed back with the rendering, not printed")
    func warningsCollected() throws {
        let rendering = try GraphvizRenderer.render("digraph { a [shape=nosuchshape] }", format: .svg, layout: .dot)
        #expect(rendering.warnings.contains { $0.contains("unknown shape nosuchshape") }, "\(rendering.warnings)")
        #expect(!rendering.warnings.contains { $0.hasPrefix("Warning") })
        let clean = try GraphvizRenderer.render(Self.dot, format: .svg, layout: .dot)
        #expect(clean.warnings.isEmpty, "a warning from an earlier rendering leaked: \(clean.warnings)")
    }

    @Test("renders from many tasks at once are serialised and all succeed")
    func concurrent() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { try GraphvizRenderer.render(Self.dot, format: .svg, layout: .dot).data.count }
            }
            for try await count in group { #expect(count > 0) }
        }
    }
}

/// Walks a PNG's chunks, checking each CRC, and reads the size from IHDR.
struct PNGInfo {
    var width: UInt32
    var height: UInt32

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        struct Bad: Error, CustomStringConvertible { var description: String }
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Bad(description: "no PNG signature") }
        func u32(_ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        var offset = 8
        var size: (UInt32, UInt32)?
        var sawEnd = false
        while offset + 12 <= bytes.count {
            let length = Int(u32(offset))
            guard offset + 12 + length <= bytes.count else { throw Bad(description: "chunk runs past the end") }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let crc = u32(offset + 8 + length)
            guard crc == CRC32.of(bytes[offset + 4..<offset + 8 + length]) else { throw Bad(description: "bad CRC in \(type)") }
            if type == "IHDR" { size = (u32(offset + 8), u32(offset + 12)) }
            if type == "IEND" { sawEnd = true; break }
            offset += 12 + length
        }
        guard let size, sawEnd else { throw Bad(description: "no IHDR or IEND chunk") }
        (width, height) = size
    }
}

enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }

    static func of(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }
}

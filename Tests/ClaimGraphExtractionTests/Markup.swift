import ClaimGraphExtraction

/// A sentence written with its expected spans visible: "We evaluate on [[COCO]]." is the text
/// "We evaluate on COCO." with one expected span over "COCO".
struct Markup {
    struct Span: Equatable, CustomStringConvertible {
        var text: String
        var start: Int
        var end: Int
        var description: String { "\(text)@\(start)..<\(end)" }
    }

    let text: String
    let spans: [Span]

    init(_ marked: String) {
        var plain = String.UnicodeScalarView()
        var spans: [Span] = []
        var open: Int?
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if i + 1 < scalars.count, scalars[i] == "[", scalars[i + 1] == "[" {
                open = plain.count
                i += 2
                continue
            }
            if i + 1 < scalars.count, scalars[i] == "]", scalars[i + 1] == "]", let start = open {
                let end = plain.count
                spans.append(Span(text: String(String.UnicodeScalarView(Array(plain)[start..<end])), start: start, end: end))
                open = nil
                i += 2
                continue
            }
            plain.append(scalars[i])
            i += 1
        }
        text = String(plain)
        self.spans = spans
    }

    /// The spans of some mentions, in the same form, sorted.
    static func spans(of mentions: [Mention], in field: TextField = .abstract) -> [Span] {
        mentions.filter { $0.field == field }.map { Span(text: $0.text, start: $0.start, end: $0.end) }.sorted { $0.start < $1.start }
    }
}

/// Runs the bundled extractor over marked-up text.
enum Run {
    static let extractor = Extractor()

    static func abstract(_ marked: String, title: String = "A Study") -> (Markup, PaperExtraction) {
        let markup = Markup(marked)
        return (markup, extractor.extract(title: title, abstract: markup.text))
    }

    static func title(_ marked: String, abstract: String = "") -> (Markup, PaperExtraction) {
        let markup = Markup(marked)
        return (markup, extractor.extract(title: markup.text, abstract: abstract))
    }
}

extension PaperExtraction {
    func dataset(_ name: String) -> DatasetFinding? { datasets.first { $0.name == name } }
    func model(_ name: String) -> ModelFinding? { models.first { $0.name == name } }
    var datasetMentions: [Mention] { datasets.flatMap(\.mentions) }
    var modelMentions: [Mention] { models.flatMap(\.mentions) }
}

import ClaimGraphExtraction

/// The bundled lexicon, loaded once rather than once per input.
let extractor = Extractor()

/// libFuzzer entry point: the extractor on arbitrary text, the first line as the title and the
/// rest as the abstract. Besides not crashing, every span it reports (in Unicode scalars) must
/// lie inside its field and spell exactly the text it claims to quote.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let title = String(parts[0])
    let abstract = parts.count > 1 ? String(parts[1]) : ""
    let extraction = extractor.extract(title: title, abstract: abstract)

    func checkSpan(_ quoted: String, _ field: TextField, _ start: Int, _ end: Int) {
        let scalars = Array((field == .title ? title : abstract).unicodeScalars)
        precondition(0 <= start && start <= end && end <= scalars.count, "span \(start)..<\(end) outside a \(field) of \(scalars.count) scalars")
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[start..<end])
        precondition(String(slice) == quoted, "span \(start)..<\(end) of the \(field) is \"\(String(slice))\", not \"\(quoted)\"")
    }
    let mentions = extraction.datasets.flatMap(\.mentions) + extraction.models.flatMap(\.mentions) + extraction.metrics.flatMap(\.mentions)
    for mention in mentions { checkSpan(mention.text, mention.field, mention.start, mention.end) }
    for claim in extraction.claims {
        checkSpan(claim.evidence, claim.evidenceField, claim.evidenceStart, claim.evidenceEnd)
        precondition(claim.value.isFinite, "claim value \(claim.value) is not finite")
    }
    return 0
}

import ClaimGraphCorpus
import FuzzSupport

/// libFuzzer entry point: the JSON Lines reader on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ReaderFuzzing.check(UnsafeRawBufferPointer(start: data, count: size), format: .jsonl)
    return 0
}

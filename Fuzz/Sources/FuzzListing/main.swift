import ClaimGraphCorpus
import FuzzSupport

/// libFuzzer entry point: the listing reader on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzListing(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ReaderFuzzing.check(UnsafeRawBufferPointer(start: data, count: size), format: .listing)
    return 0
}

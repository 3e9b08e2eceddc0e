import CFuzzerDriver
import Foundation
@_spi(Fuzzing) import SiteGen

// libFuzzer calls the closure once per input; see `FuzzingEntryPoints.markdownLinks`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzingEntryPoints.markdownLinks(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    })

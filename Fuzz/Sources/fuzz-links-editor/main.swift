import CFuzzerDriver
import Foundation
@_spi(Fuzzing) import SiteGen

// libFuzzer calls the closure once per input; see `FuzzingEntryPoints.linksEditor`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzingEntryPoints.linksEditor(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    })

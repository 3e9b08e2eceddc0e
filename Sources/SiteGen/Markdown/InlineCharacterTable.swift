import CCmarkGFM
import Foundation
import Synchronization

/// Lets libcmark-gfm 0.29 parse on every core. The library keeps two
/// process-wide tables of the characters that start inline syntax, and
/// each `cmark_parser_finish` adds its extensions' characters (`~`, `:`,
/// `w`) through `cmark_manage_extensions_special_characters`, parses, and
/// removes them, with no count: two finishes at once lose strikethrough and
/// autolinks on some pages (DESIGN.md), so they were serialised by a lock.
///
/// The library calls that function through its PLT, so the definition at
/// the bottom of this file, in the program, is the one it calls. Once
/// `freeze` has run, the characters are in the tables for good (added once
/// with the library's own function, found with `dlsym(RTLD_NEXT)`) and the
/// calls do nothing, so every parse sees the same tables and none changes
/// them. That is right only because every parser sitegen makes attaches the
/// same inline extensions (`MarkdownRenderer`). `freeze` checks that the
/// library really calls this definition and that concurrent parses give the
/// bytes of serial ones; if either fails, the library's own behaviour is
/// put back and `MarkdownRenderer` keeps its lock.
enum InlineCharacterTable {
    private typealias Manage = @convention(c) (OpaquePointer?, Int32) -> Void

    /// The library's own function.
    private static let library: Manage? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -1), "cmark_manage_extensions_special_characters") else { return nil }
        return unsafeBitCast(symbol, to: Manage.self)
    }()

    /// Calls the library made to this definition: proof that it is the one called.
    private static let calls = Atomic<Int>(0)
    private static let frozen = Atomic<Bool>(false)

    /// Called by the library in place of its own function.
    static func manage(_ parser: OpaquePointer?, add: Int32) {
        calls.add(1, ordering: .relaxed)
        if frozen.load(ordering: .acquiring) { return }
        library?(parser, add)
    }

    /// Puts the characters of `parser`'s extensions in the tables for good
    /// and stops the library from changing them; true when parses may then
    /// run at once. Called once, before any parse that is not locked.
    /// `render` renders a document with the lock; `check` gives documents
    /// to compare, rendered serially and then concurrently.
    static func freeze(parser: OpaquePointer, render: @Sendable (String) -> String, check documents: [String]) -> Bool {
        guard let library else { return false }
        let before = calls.load(ordering: .relaxed)
        let serial = documents.map(render)
        // Two calls a finish: add, then remove. None means the library calls its own.
        guard calls.load(ordering: .relaxed) - before == 2 * documents.count else { return false }
        library(parser, 1)
        frozen.store(true, ordering: .releasing)
        let concurrent = Mutex([String](repeating: "", count: documents.count * 8))
        DispatchQueue.concurrentPerform(iterations: documents.count * 8) { index in
            let html = render(documents[index % documents.count])
            concurrent.withLock { $0[index] = html }
        }
        let agrees = concurrent.withLock { results in results.indices.allSatisfy { results[$0] == serial[$0 % documents.count] } }
        if !agrees {
            frozen.store(false, ordering: .releasing)
            library(parser, 0)
        }
        return agrees
    }
}

/// The library's `cmark_manage_extensions_special_characters`, replaced (see `InlineCharacterTable`).
@_cdecl("cmark_manage_extensions_special_characters")
func sitegenManageExtensionsSpecialCharacters(_ parser: OpaquePointer?, _ add: Int32) {
    InlineCharacterTable.manage(parser, add: add)
}

import Foundation
import SiteGenCore

/// A terminal at which the owner types `answers`, one a question, then
/// presses Ctrl-D; keeps everything the command showed.
final class ScriptedTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String]
    private var text = ""

    init(_ answers: [String]) {
        self.answers = answers
    }

    var shown: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    var terminal: Terminal {
        Terminal(isInteractive: { true }, readLine: { self.nextAnswer() }, write: { self.show($0) })
    }

    private func nextAnswer() -> String? {
        lock.lock()
        defer { lock.unlock() }
        return answers.isEmpty ? nil : answers.removeFirst()
    }

    private func show(_ shown: String) {
        lock.lock()
        text += shown
        lock.unlock()
    }
}

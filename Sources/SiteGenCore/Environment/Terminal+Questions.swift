import Foundation

extension Terminal {
    /// Why a question was left without an answer; either way nothing is written.
    public enum QuestionStop: Error, Sendable, Equatable {
        /// The input ended (Ctrl-D): the owner chose to stop.
        case endOfInput
        /// Every try was refused; names what was asked, such as "title".
        case unanswered(String)
    }

    /// A few tries, not endless ones: a key held down or a script that
    /// answers blank lines must end, with a clear message.
    public static let tries = 3

    /// Longer answers are a paste gone wrong, not a headline or a name.
    public static let answerLimit = 1000

    /// Asks `question` on one line, with `defaultAnswer` in brackets, which
    /// Enter accepts. `interpret` turns an answer into its value or says, in
    /// one line, why it is refused; a refused or empty answer without a
    /// default asks again, up to `tries` times. `what` names the value in
    /// the reminder, such as "the title".
    /// With `optional`, an empty answer without a default is given to
    /// `interpret` as "" (the question says "Enter to skip").
    public func ask<Value>(
        _ question: String, default defaultAnswer: String?, what: String, optional: Bool = false,
        interpret: (String) -> Result<Value, QuestionRefusal>
    ) throws(QuestionStop) -> Value {
        let shownDefault = defaultAnswer.map(Self.shown).flatMap { $0.isEmpty ? nil : $0 }
        let hint = shownDefault.map { " [\($0)]" } ?? (optional ? " (Enter to skip)" : "")
        for _ in 0..<Self.tries {
            write(question + hint + ": ")
            guard let line = readLine() else {
                // The cursor is still after the question.
                write("\n")
                throw .endOfInput
            }
            let typed = line.trimmingCharacters(in: .whitespaces)
            let refusal: QuestionRefusal
            if typed.isEmpty, shownDefault == nil, !optional {
                refusal = QuestionRefusal("please type \(what), or press Ctrl-D to stop")
            } else if typed.count > Self.answerLimit || line.utf8.count >= Self.lineLimit {
                refusal = QuestionRefusal("that is too long: at most \(Self.answerLimit) characters")
            } else if let control = TextField.forbiddenControl(in: typed) {
                refusal = QuestionRefusal("that contains \(TextField.describe(control)); type it again")
            } else {
                // What Enter accepts is the default as shown.
                switch interpret(typed.isEmpty ? shownDefault ?? "" : typed) {
                case .success(let value): return value
                case .failure(let refused): refusal = refused
                }
            }
            write("  \(refusal.message)\n")
        }
        throw .unanswered(what)
    }

    /// A default from a web page, without what could act on the terminal
    /// (C0 and C1 control characters, such as escape sequences).
    static func shown(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
    }
}

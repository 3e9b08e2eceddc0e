/// Edit distance counting a swap of two neighbouring letters as one edit
/// ("nmae" is one edit from "name"), for "did you mean" suggestions.
package enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// The candidate nearest to `word` (ties by name), if it is within a third
    /// of the word's length in edits, and at least `minimum`.
    package static func closest<Names: Sequence<String>>(to word: String, among candidates: Names, minimum: Int = 1) -> String? {
        candidates
            .map { ($0, between(word, $0)) }
            .filter { $0.1 <= max(minimum, word.count / 3) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// `; did you mean "name"?`, or nothing.
    package static func suggestion<Names: Sequence<String>>(for word: String, among candidates: Names, minimum: Int = 1) -> String {
        closest(to: word, among: candidates, minimum: minimum).map { "; did you mean \"\($0)\"?" } ?? ""
    }
}

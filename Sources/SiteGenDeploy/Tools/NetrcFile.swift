import Foundation

/// `~/.netrc`, the file where FTP clients have long kept passwords (mode
/// 0600, outside the site's folder). Read here rather than left to lftp so
/// that a missing entry is a clear message before connecting, and the
/// password reaches lftp the same way as one from an environment variable.
/// The format is a list of words: `machine NAME login USER password SECRET`,
/// with `default` for any other machine; a `macdef` runs to the next empty line.
struct NetrcFile {
    let text: String

    static func load(from home: URL) -> NetrcFile? {
        let url = home.appendingPathComponent(".netrc")
        guard let data = try? Data(contentsOf: url), data.count < 1_000_000 else { return nil }
        return NetrcFile(text: String(decoding: data, as: UTF8.self))
    }

    private struct Entry {
        var machine: String?
        var login: String?
        var password: String?
    }

    /// The password for `user` at `host`: the machine's entry, else `default`.
    func password(host: String, user: String) -> String? {
        let settings = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { block in block.components(separatedBy: "macdef").first ?? "" }.joined(separator: "\n")
        var entries: [Entry] = []
        var words = settings.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)[...]
        while let word = words.popFirst() {
            switch word {
            case "machine": entries.append(Entry(machine: words.popFirst()))
            case "default": entries.append(Entry(machine: ""))
            case "login" where !entries.isEmpty: entries[entries.count - 1].login = words.popFirst()
            case "password" where !entries.isEmpty: entries[entries.count - 1].password = words.popFirst()
            default: continue
            }
        }
        let fits = { (entry: Entry) in entry.login == nil || entry.login == user }
        return entries.first { $0.machine == host && fits($0) }?.password ?? entries.first { $0.machine == "" && fits($0) }?.password
    }
}

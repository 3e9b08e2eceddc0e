import Foundation

/// The local side of one deploy: the built site, and a private scratch
/// folder (mode 0700) for records on their way and the tools' own files.
/// In the scratch folder, `site` leads to the built site, so that the tools
/// are given short relative paths whatever the site's folder is called.
struct DeployWorkspace {
    let built: URL
    let scratch: URL

    static let siteLink = "site"

    /// The scratch folder is made inside `parent` (the system's temporary folder by default).
    init(built: URL, parent: URL? = nil) throws {
        self.built = built
        let parent = parent ?? FileManager.default.temporaryDirectory
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        var template = Array((parent.path + "/sitegen-deploy-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw DeployError("cannot make a temporary folder for the deploy") }
        scratch = URL(fileURLWithPath: String(cString: made))
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent(Self.siteLink).path, withDestinationPath: built.path)
    }

    /// `site/nos-pains/index.html`, relative to the scratch folder.
    func localPath(of file: PublishedFile) -> String { "\(Self.siteLink)/\(file.path)" }

    /// Writes a record to the scratch folder and returns its name there.
    func store(record: Data) throws -> String {
        let name = "record-\(UUID().uuidString).json"
        try record.write(to: scratch.appendingPathComponent(name))
        return name
    }

    /// Where a transport puts its copy of the host's record.
    var hostRecordCopy: URL { scratch.appendingPathComponent("host-record.json") }

    /// That copy's bytes, nil when the host had none; a file larger than any
    /// record is refused before it is read.
    func readHostRecordCopy() throws -> Data? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: hostRecordCopy.path))?[.size] as? Int else { return nil }
        guard size <= DeployRecord.largest else { throw DeployError("the host's \(DeployRecord.fileName) is too large to be sitegen's record") }
        return try Data(contentsOf: hostRecordCopy)
    }

    func remove() {
        try? FileManager.default.removeItem(at: scratch)
    }
}

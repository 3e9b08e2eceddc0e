/// A post's `imported_from:`: the platform it was first published on and
/// its identifier there, so that a second import recognises it.
struct ImportOrigin: Sendable, Hashable {
    var platform: ImportPlatform
    var id: String
}

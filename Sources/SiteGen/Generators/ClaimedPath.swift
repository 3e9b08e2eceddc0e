/// An output file a generator will write, and how to name the generator in
/// a message when a page or a static file wants the same path.
struct ClaimedPath: Sendable, Equatable {
    var path: String
    var owner: String
}

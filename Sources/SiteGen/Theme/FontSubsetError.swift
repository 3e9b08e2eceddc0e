/// Why a font could not be made into a web font, in words for the owner.
struct FontSubsetError: Error, Sendable, Equatable {
    var message: String
}

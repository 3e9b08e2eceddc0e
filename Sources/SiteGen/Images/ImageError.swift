/// Why an image cannot be published, in words that follow its path:
/// `images/four.jpg: not a readable image (truncated JPEG data)`.
package struct ImageError: Error, Sendable, Equatable {
    package var message: String
}

/// Why a link in a page's Markdown cannot be published.
struct LinkError: Error {
    var message: String
}

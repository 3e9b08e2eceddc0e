/// Bounds on one fetch, so that a slow, huge or looping server cannot hold
/// the command for long or fill the memory.
public struct FetchLimits: Sendable {
    /// The whole request, redirects included.
    public var timeout: Duration = .seconds(10)
    /// The most bytes of body read (after decompression); one more is an error.
    public var maxBytes: Int = 5_000_000
    /// The most redirects followed; one more is an error.
    public var maxRedirects: Int = 5

    public init(timeout: Duration = .seconds(10), maxBytes: Int = 5_000_000, maxRedirects: Int = 5) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    var timeoutSeconds: Double {
        let parts = timeout.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// `10 s`, `1.5 s`, `500 ms`, for messages.
    var timeoutDescription: String {
        let seconds = timeoutSeconds
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        if seconds == seconds.rounded() { return "\(Int(seconds)) s" }
        return "\((seconds * 10).rounded() / 10) s"
    }

    /// `5 MB`, `1.5 MB`, `300 KB`, `512 bytes`, for messages.
    var maxBytesDescription: String {
        if maxBytes >= 1_000_000, maxBytes % 100_000 == 0 {
            let tenths = maxBytes / 100_000
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        if maxBytes >= 1_000, maxBytes % 1_000 == 0 { return "\(maxBytes / 1_000) KB" }
        return "\(maxBytes) bytes"
    }
}

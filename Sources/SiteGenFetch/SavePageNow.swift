import Foundation

/// Asks the Internet Archive's Save Page Now (version 2) to capture a page,
/// then waits for the capture: `POST {base}/save` with the owner's keys,
/// then `GET {base}/save/status/{job}` after 2, 4, 8... seconds (at most 30
/// between two asks) until the job is done or `patience` has been spent.
public struct SavePageNow: Sendable {
    /// An Internet Archive account's S3-like keys (https://archive.org/account/s3.php).
    public struct Keys: Sendable {
        public var access: String
        public var secret: String

        public init(access: String, secret: String) {
            self.access = access
            self.secret = secret
        }

        /// From `IA_ACCESS_KEY` and `IA_SECRET_KEY`, when both are set and not blank.
        public static func from(environment: [String: String]) -> Keys? {
            let access = environment["IA_ACCESS_KEY"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let secret = environment["IA_SECRET_KEY"]?.trimmingCharacters(in: .whitespaces) ?? ""
            return access.isEmpty || secret.isEmpty ? nil : Keys(access: access, secret: secret)
        }
    }

    public enum Outcome: Sendable, Equatable {
        /// The capture's address: https://web.archive.org/web/{timestamp}/{original}.
        case saved(String)
        /// Save Page Now refused the page or failed to capture it; its own words.
        case failed(String)
        /// Still being saved when the patience ran out.
        case pending
    }

    public var baseURL: String
    public var keys: Keys
    public var limits: FetchLimits
    /// How long to wait, in all, for one job to finish.
    public var patience: Duration
    public var transport: HTTPTransport
    /// Waits between two asks; tests pass one that returns at once.
    public var sleep: @Sendable (Duration) -> Void

    /// baseURL: "https://web.archive.org" in real use; tests pass the local server's "http://127.0.0.1:PORT".
    public init(
        baseURL: String = "https://web.archive.org", keys: Keys,
        // No redirect is followed: it would carry the keys to another address.
        limits: FetchLimits = FetchLimits(timeout: .seconds(10), maxBytes: 1_000_000, maxRedirects: 0),
        patience: Duration = .seconds(120), transport: HTTPTransport = .live,
        sleep: @escaping @Sendable (Duration) -> Void = {
            Thread.sleep(forTimeInterval: Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18)
        }
    ) {
        self.baseURL = baseURL
        self.keys = keys
        self.limits = limits
        self.patience = patience
        self.transport = transport
        self.sleep = sleep
    }

    /// Submits `url` and waits for its capture. Throws FetchError when Save
    /// Page Now cannot be reached or does not answer JSON.
    public func save(_ url: String) throws(FetchError) -> Outcome {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard let endpoint = URL(string: base + "/save"), HTTPTransport.isWeb(endpoint) else {
            throw FetchError("\"\(baseURL)\" is not an http: or https: address for Save Page Now", kind: .badAddress)
        }
        let form = "url=\(ArchiveLookup.queryValue(url))&skip_first_archive=1"
        var request = HTTPRequest(url: endpoint, method: .post, headers: headers, body: Data(form.utf8))
        request.headers["Content-Type"] = "application/x-www-form-urlencoded"
        let submitted = try answer(to: request)
        guard let job = submitted.text("job_id") else {
            return .failed(Self.refusal(submitted, fallback: "Save Page Now did not take the page"))
        }
        guard job.count <= 100, job.unicodeScalars.allSatisfy(Self.isJobCharacter), let statusURL = URL(string: base + "/save/status/" + job) else {
            throw FetchError("Save Page Now's answer for \(url) is not the expected JSON (a job number \(FetchError.oneLine(job)))")
        }
        var waited = Duration.zero
        var delay = Duration.seconds(2)
        while waited < patience {
            let pause = min(delay, patience - waited)
            sleep(pause)
            waited += pause
            delay = min(delay * 2, .seconds(30))
            let status = try answer(to: HTTPRequest(url: statusURL, headers: headers))
            switch status.text("status") {
            case "success":
                guard let capture = Self.capture(status, submitted: url) else {
                    throw FetchError("Save Page Now's answer for \(url) is not the expected JSON (no capture time)")
                }
                return .saved(capture)
            case "error":
                return .failed(Self.refusal(status, fallback: "Save Page Now could not save the page"))
            default:
                continue
            }
        }
        return .pending
    }

    private var headers: [String: String] {
        ["Accept": "application/json", "Authorization": "LOW \(keys.access):\(keys.secret)"]
    }

    /// The JSON object of an answer. Save Page Now answers its refusals
    /// (bad keys, too many jobs) as JSON with a 4xx status too, so those are read alike.
    private func answer(to request: HTTPRequest) throws(FetchError) -> JSONAnswer {
        let response = try transport.send(request, limits)
        let address = request.url.absoluteString
        guard let object = try? JSONSerialization.jsonObject(with: response.body), let answer = object as? [String: Any] else {
            if !(200..<300).contains(response.status) {
                throw FetchError("HTTP \(response.status) from Save Page Now (\(address)); try again later")
            }
            throw FetchError("Save Page Now's answer is not the expected JSON (\(address))")
        }
        return JSONAnswer(fields: answer, status: response.status)
    }

    /// What Save Page Now said, on one line and at most 300 characters: its
    /// `message`, else its `status_ext` code (`error:too-many-daily-captures`).
    static func refusal(_ answer: JSONAnswer, fallback: String) -> String {
        let said = [answer.text("message"), answer.text("status_ext")].compactMap { $0 }.first { !$0.isEmpty }
        let line = FetchError.oneLine(said ?? "\(fallback) (HTTP \(answer.status))")
        return line.count > 300 ? String(line.prefix(299)) + "…" : line
    }

    /// https://web.archive.org/web/{timestamp}/{original}: the original as
    /// Save Page Now names it when it is a web address, else as submitted.
    static func capture(_ answer: JSONAnswer, submitted: String) -> String? {
        guard let timestamp = answer.text("timestamp"), (4...14).contains(timestamp.count),
            timestamp.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        var original = submitted
        if let named = answer.text("original_url"), let address = URL(string: named), HTTPTransport.isWeb(address),
            !named.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F })
        {
            original = named
        }
        return "https://web.archive.org/web/\(timestamp)/\(original)"
    }

    static func isJobCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
    }

    /// One JSON answer: its fields and the HTTP status it came with.
    struct JSONAnswer {
        var fields: [String: Any]
        var status: Int

        /// A field that is a string; anything else (a number, a list, null) counts as absent.
        func text(_ key: String) -> String? { fields[key] as? String }
    }
}

import CCurl
import Foundation

extension FetchError {
    /// One hop's failure in one plain sentence naming the address that
    /// failed, or nil when the hop gave an answer (of any status).
    init?(_ hop: CurlEasyTransfer.Hop, at place: FetchPlace, limits: FetchLimits) {
        let shown = place.shown
        let tooLarge = "\(shown) is larger than \(limits.maxBytesDescription)"
        let headersTooLarge = "the server at \(place.hostAndPort) sent over \(CurlEasyTransfer.headerLimit / 1024) KB of headers for \(shown)"
        switch hop.stop {
        case .bodyTooLarge?:
            self.init(tooLarge, kind: .tooLarge)
            if hop.head.isComplete, hop.head.status > 0 { status = hop.head.status }
            return
        case .headersTooLarge?:
            self.init(headersTooLarge, kind: .tooLarge)
            return
        case .unaskedCoding(let coding)?:
            self.init("\(shown) is compressed with \"\(Self.oneLine(coding))\", which sitegen does not read (it asks for gzip or none)")
            return
        case nil:
            break
        }
        let detail = Self.oneLine(hop.detail.isEmpty ? String(cString: curl_easy_strerror(hop.code)) : hop.detail)
        switch hop.code {
        case CURLE_OK:
            return nil
        case CURLE_COULDNT_CONNECT:
            self.init("could not connect to \(shown): nothing answers at \(place.hostAndPort)", kind: .connection)
        case CURLE_COULDNT_RESOLVE_HOST:
            self.init("could not find the server \(place.host) of \(shown); check the address", kind: .unknownHost)
        case CURLE_COULDNT_RESOLVE_PROXY:
            self.init("could not find the proxy server for \(shown); check the proxy settings (http_proxy, https_proxy)")
        case CURLE_PROXY:
            self.init("the proxy server would not fetch \(shown) (\(detail))")
        case CURLE_OPERATION_TIMEDOUT:
            self.init("\(shown) did not answer within \(limits.timeoutDescription)", kind: .timeout)
        case CURLE_PEER_FAILED_VERIFICATION:
            self.init(
                "could not make a secure connection to \(place.host) for \(shown): its certificate is not valid for it or not trusted (\(detail))",
                kind: .tls)
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR,
            CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED,
            CURLE_USE_SSL_FAILED, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED,
            CURLE_SSL_CLIENTCERT:
            self.init("could not make a secure connection to \(place.host) for \(shown) (\(detail))", kind: .tls)
        case CURLE_GOT_NOTHING:
            self.init("the server at \(place.hostAndPort) closed the connection without answering \(shown)", kind: .connection)
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR:
            self.init("the connection to \(place.hostAndPort) was lost while fetching \(shown)", kind: .connection)
        case CURLE_PARTIAL_FILE:
            self.init("the server at \(place.hostAndPort) closed the connection before the end of \(shown)", kind: .connection)
        case CURLE_BAD_CONTENT_ENCODING:
            self.init("the gzip compression of \(shown) is broken")
        case CURLE_WEIRD_SERVER_REPLY, CURLE_UNSUPPORTED_PROTOCOL, CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_HTTP3, CURLE_RANGE_ERROR:
            self.init("the server at \(place.hostAndPort) sent an invalid answer for \(shown)")
        case CURLE_OUT_OF_MEMORY where !hop.head.isComplete:
            // libcurl refuses one header line over 100 KB this way.
            self.init(headersTooLarge, kind: .tooLarge)
        case CURLE_FILESIZE_EXCEEDED:
            self.init(tooLarge, kind: .tooLarge)
        case CURLE_TOO_MANY_REDIRECTS:
            self.init("more than \(limits.maxRedirects) redirects from \(shown)", kind: .redirects)
        case CURLE_URL_MALFORMAT:
            self.init("\(shown) is not a valid address (\(detail))", kind: .badAddress)
        default:
            self.init("could not fetch \(shown) (\(detail))")
        }
    }

    /// At most 200 characters, control characters as spaces: a server's
    /// words and addresses go into a one-line message.
    static func oneLine(_ text: String) -> String {
        String(text.prefix(200).map { $0.isNewline || $0.asciiValue.map { $0 < 32 || $0 == 127 } == true ? " " : $0 })
    }
}

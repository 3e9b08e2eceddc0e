import Foundation

@testable import SiteGenFetch

/// The live transport (libcurl), with some host names sent to a local
/// server instead of the internet: the link checker asks
/// `https://www.facebook.com/boulangerie` and sees an answer from that
/// address, while the request went to 127.0.0.1. This is how the rules that
/// depend on a platform's name are tested; the checker itself has no test
/// hook.
enum HostMappingTransport {
    static func sending(_ hosts: Set<String>, to server: LocalHTTPServer) -> HTTPTransport {
        HTTPTransport { request, limits throws(FetchError) in
            guard var components = URLComponents(url: request.url, resolvingAgainstBaseURL: false),
                let host = components.host, let scheme = components.scheme, hosts.contains(host)
            else { return try HTTPTransport.live.send(request, limits) }
            components.scheme = "http"
            components.host = "127.0.0.1"
            components.port = server.port
            var local = request
            local.url = components.url!
            // The server sees the real name, as it would.
            local.headers["Host"] = host
            var response = try HTTPTransport.live.send(local, limits)
            let original = "\(scheme)://\(host)"
            response.finalURL = response.finalURL.replacingOccurrences(of: server.baseURL, with: original)
            response.redirects = response.redirects.map {
                HTTPResponse.Redirect(address: $0.address.replacingOccurrences(of: server.baseURL, with: original), status: $0.status)
            }
            return response
        }
    }
}

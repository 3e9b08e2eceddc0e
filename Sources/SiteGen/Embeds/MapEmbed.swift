import Foundation
import SiteGenCore

/// A place on OpenStreetMap, recognised from the address of the map as the
/// site shows it (`https://www.openstreetmap.org/#map=18/48.11470/-1.68080`)
/// or from a marker (`?mlat=48.1147&mlon=-1.6808`). An address without
/// coordinates, or with coordinates out of range, is not a map: it stays a link.
struct MapEmbed: Equatable, Sendable {
    var latitude: Double
    var longitude: Double
    /// 0 (the world) to 20 (a house); a marker without a view is shown close.
    var zoom: Int

    static let platformName = "OpenStreetMap"

    init?(address: String) {
        guard address.utf8.count <= 2_048, WebAddress.isValid(address), let components = URLComponents(string: address),
            let host = components.host?.lowercased(), ["openstreetmap.org", "www.openstreetmap.org", "osm.org", "www.osm.org"].contains(host),
            components.port == nil
        else { return nil }
        let query = components.queryItems ?? []
        let view = Self.view(fragment: components.fragment)
        if let latitude = Self.coordinate(query, "mlat", limit: 90), let longitude = Self.coordinate(query, "mlon", limit: 180) {
            self.init(latitude: latitude, longitude: longitude, zoom: view?.zoom ?? 17)
        } else if let view {
            self.init(latitude: view.latitude, longitude: view.longitude, zoom: view.zoom)
        } else {
            return nil
        }
    }

    /// OpenStreetMap's own page for frames, for `embeds: iframe`: it takes
    /// the area to show, so the view of the address is turned into the area
    /// that a 640 by 360 frame shows at its zoom (Web Mercator tiles of 256
    /// pixels), and always marks the place.
    var frameAddress: String {
        let degreesPerPixel = 360 / (256 * pow(2, Double(zoom)))
        let halfWidth = 320 * degreesPerPixel
        let halfHeight = 180 * degreesPerPixel * cos(latitude * .pi / 180)
        let box = [longitude - halfWidth, latitude - halfHeight, longitude + halfWidth, latitude + halfHeight]
            .map { String(format: "%.5f", $0) }.joined(separator: ",")
        let marker = String(format: "%.5f,%.5f", latitude, longitude)
        return "https://www.openstreetmap.org/export/embed.html?bbox=\(box)&layer=mapnik&marker=\(marker)"
    }

    private init(latitude: Double, longitude: Double, zoom: Int) {
        self.latitude = latitude
        self.longitude = longitude
        self.zoom = zoom
    }

    /// `map=ZOOM/LATITUDE/LONGITUDE`, among other `&`-separated settings of the fragment.
    private static func view(fragment: String?) -> (zoom: Int, latitude: Double, longitude: Double)? {
        guard let fragment, fragment.utf8.count <= 256 else { return nil }
        for setting in fragment.split(separator: "&") where setting.hasPrefix("map=") {
            let parts = setting.dropFirst(4).split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, let zoom = Int(parts[0]), (0...20).contains(zoom), let latitude = number(parts[1], limit: 90),
                let longitude = number(parts[2], limit: 180)
            else { return nil }
            return (zoom, latitude, longitude)
        }
        return nil
    }

    private static func coordinate(_ query: [URLQueryItem], _ name: String, limit: Double) -> Double? {
        let values = query.filter { $0.name == name }
        guard values.count == 1, let value = values[0].value else { return nil }
        return number(Substring(value), limit: limit)
    }

    /// A decimal number as maps write them (`-1.68080`): no exponent, no `nan`, within ±`limit`.
    private static func number(_ text: Substring, limit: Double) -> Double? {
        guard (1...24).contains(text.utf8.count),
            text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }),
            let value = Double(text), abs(value) <= limit
        else { return nil }
        return value
    }
}

import Foundation

/// Where a location entity is, as GDELT's GKG location block gives it: the GeoNames feature, its country and
/// first-level division, and a point. `admin1` is the division's English name from GeoNames'
/// admin1CodesASCII ("Texas", "Ontario"), not its code: codes differ per country and mean nothing unjoined.
public struct GeoPlace: Sendable, Equatable, JSONWritable {
    /// The GeoNames id (the country's own id for a country).
    public var id: Int
    public var name: String
    /// GeoNames feature code: PPLC (capital), PPLA (seat of a division), PPL, ADM1, ADM2, PCLI (country).
    public var featureCode: String
    /// ISO 3166-1 alpha-3.
    public var country: String
    /// The first-level division's name, "" for a country or where GeoNames has none.
    public var admin1: String
    public var latitude: Double
    public var longitude: Double

    public init(id: Int, name: String, featureCode: String, country: String, admin1: String, latitude: Double, longitude: Double) {
        (self.id, self.name, self.featureCode, self.country, self.admin1) = (id, name, featureCode, country, admin1)
        (self.latitude, self.longitude) = (latitude, longitude)
    }

    /// A country's own geo (its capital's point), not a place inside one.
    public var isCountry: Bool { featureCode == "PCLI" }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", id)
        json.member("name", name)
        json.member("featureCode", featureCode)
        json.member("country", country)
        json.member("admin1", admin1.isEmpty ? nil : admin1)
        json.member("lat", latitude)
        json.member("lon", longitude)
        json.endObject()
    }

    /// Great-circle distance in kilometres (haversine), for the 161 km (100 mile) accuracy of geoparsing.
    public func kilometres(to other: GeoPlace) -> Double {
        Self.kilometres(latitude, longitude, other.latitude, other.longitude)
    }

    public static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let a = pow(sin(dLat / 2), 2) + cos(lat1 * radians) * cos(lat2 * radians) * pow(sin(dLon / 2), 2)
        return 2 * 6371.0 * asin(min(1, a.squareRoot()))
    }
}

import Foundation

/// Where a location entity is, as GDELT's GKG location block gives it: the GeoNames feature, its country and
/// first-level division, and a point. `admin1` is the division's English name from GeoNames'
/// admin1CodesASCII ("Texas", "Ontario"), not its code: codes differ per country and mean nothing unjoined.
public struct GeoPlace: Sendable, Equatable, JSONWritable {
    /// The fields, in one shared object: a place rides along with every mention of it (copied with each
    /// `EntityMention` and `ArticleEntity`), and one reference copies for one retain where four strings, two
    /// doubles and an id cost four string retains and 80 bytes per copy.
    private var fields: Fields

    private final class Fields: Sendable {
        let id: Int
        let name: String
        let featureCode: String
        let country: String
        let admin1: String
        let latitude: Double
        let longitude: Double
        let isCountry: Bool

        init(id: Int, name: String, featureCode: String, country: String, admin1: String, latitude: Double, longitude: Double) {
            (self.id, self.name, self.featureCode, self.country, self.admin1) = (id, name, featureCode, country, admin1)
            (self.latitude, self.longitude) = (latitude, longitude)
            isCountry = featureCode == "PCLI"
        }
    }

    /// The GeoNames id (the country's own id for a country).
    public var id: Int {
        get { fields.id }
        set { fields = Fields(id: newValue, name: name, featureCode: featureCode, country: country, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    public var name: String {
        get { fields.name }
        set { fields = Fields(id: id, name: newValue, featureCode: featureCode, country: country, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    /// GeoNames feature code: PPLC (capital), PPLA (seat of a division), PPL, ADM1, ADM2, PCLI (country).
    public var featureCode: String {
        get { fields.featureCode }
        set { fields = Fields(id: id, name: name, featureCode: newValue, country: country, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    /// ISO 3166-1 alpha-3.
    public var country: String {
        get { fields.country }
        set { fields = Fields(id: id, name: name, featureCode: featureCode, country: newValue, admin1: admin1, latitude: latitude, longitude: longitude) }
    }
    /// The first-level division's name, "" for a country or where GeoNames has none.
    public var admin1: String {
        get { fields.admin1 }
        set { fields = Fields(id: id, name: name, featureCode: featureCode, country: country, admin1: newValue, latitude: latitude, longitude: longitude) }
    }
    public var latitude: Double {
        get { fields.latitude }
        set { fields = Fields(id: id, name: name, featureCode: featureCode, country: country, admin1: admin1, latitude: newValue, longitude: longitude) }
    }
    public var longitude: Double {
        get { fields.longitude }
        set { fields = Fields(id: id, name: name, featureCode: featureCode, country: country, admin1: admin1, latitude: latitude, longitude: newValue) }
    }

    public init(id: Int, name: String, featureCode: String, country: String, admin1: String, latitude: Double, longitude: Double) {
        fields = Fields(id: id, name: name, featureCode: featureCode, country: country, admin1: admin1, latitude: latitude, longitude: longitude)
    }

    public static func == (lhs: GeoPlace, rhs: GeoPlace) -> Bool {
        if lhs.fields === rhs.fields { return true }
        return lhs.id == rhs.id && lhs.name == rhs.name && lhs.featureCode == rhs.featureCode && lhs.country == rhs.country
            && lhs.admin1 == rhs.admin1 && lhs.latitude == rhs.latitude && lhs.longitude == rhs.longitude
    }

    /// A country's own geo (its capital's point), not a place inside one.
    public var isCountry: Bool { fields.isCountry }

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

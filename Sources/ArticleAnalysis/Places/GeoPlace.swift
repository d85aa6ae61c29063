import Foundation

/// Where a location entity is, as GDELT's GKG location block gives it: the GeoNames feature, its country and
/// first-level division, and a point. `admin1` is the division's English name from GeoNames'
/// admin1CodesASCII ("Texas", "Ontario"), not its code: codes differ per country and mean nothing unjoined.
public struct GeoPlace: Sendable, Equatable, JSONWritable {
    /// The fields, in one shared object: a place rides along with every mention of it (copied with each
    /// `EntityMention` and `ArticleEntity`), and one reference copies for one retain where four strings, two
    /// doubles and an id cost four string retains and 80 bytes per copy.
    private var fields: Fields

    /// The plain values the shared object holds.
    private struct Values: Sendable, Equatable {
        var id: Int
        var name: String
        var featureCode: String
        var country: String
        var admin1: String
        var latitude: Double
        var longitude: Double
    }

    private final class Fields: Sendable {
        let values: Values
        let isCountry: Bool

        init(_ values: Values) {
            self.values = values
            isCountry = values.featureCode == "PCLI"
        }
    }

    /// A setter's copy-on-write: the changed values in a new shared object (places are rarely changed once made).
    private mutating func update(_ change: (inout Values) -> Void) {
        var values = fields.values
        change(&values)
        fields = Fields(values)
    }

    /// The GeoNames id (the country's own id for a country).
    public var id: Int {
        get { fields.values.id }
        set { update { $0.id = newValue } }
    }
    public var name: String {
        get { fields.values.name }
        set { update { $0.name = newValue } }
    }
    /// GeoNames feature code: PPLC (capital), PPLA (seat of a division), PPL, ADM1, ADM2, PCLI (country).
    public var featureCode: String {
        get { fields.values.featureCode }
        set { update { $0.featureCode = newValue } }
    }
    /// ISO 3166-1 alpha-3.
    public var country: String {
        get { fields.values.country }
        set { update { $0.country = newValue } }
    }
    /// The first-level division's name, "" for a country or where GeoNames has none.
    public var admin1: String {
        get { fields.values.admin1 }
        set { update { $0.admin1 = newValue } }
    }
    public var latitude: Double {
        get { fields.values.latitude }
        set { update { $0.latitude = newValue } }
    }
    public var longitude: Double {
        get { fields.values.longitude }
        set { update { $0.longitude = newValue } }
    }

    public init(id: Int, name: String, featureCode: String, country: String, admin1: String, latitude: Double, longitude: Double) {
        fields = Fields(Values(
            id: id, name: name, featureCode: featureCode, country: country, admin1: admin1, latitude: latitude,
            longitude: longitude))
    }

    public static func == (lhs: GeoPlace, rhs: GeoPlace) -> Bool {
        lhs.fields === rhs.fields || lhs.fields.values == rhs.fields.values
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

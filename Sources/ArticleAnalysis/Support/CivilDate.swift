/// A proleptic Gregorian calendar date with the arithmetic the date scanner needs: validity, a day count
/// for distances, and the ISO weekday. Pure integer arithmetic (no Foundation calendar, no time zone).
struct CivilDate: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int

    static func daysInMonth(_ month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    var isValid: Bool { (1...12).contains(month) && day >= 1 && day <= Self.daysInMonth(month, year: year) }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday.
    var weekday: Int {
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }
}

extension DocumentMetadata {
    /// The day that decides which instruments a document can be asked to follow: its enactment date,
    /// else 1 January of the first year of its period, else nil (unknown: every instrument applies).
    public var referenceDate: CalendarDate? {
        if let enactmentDate { return enactmentDate }
        guard let year = referenceYear else { return nil }
        return CalendarDate(year: year, month: 1, day: 1)
    }
}

extension CalendarDate {
    /// The date in words: "2 Oktober 2019" in Indonesian, "2 October 2019" in English.
    public func spelled(in language: Language) -> String {
        let id = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                  "Oktober", "November", "Desember"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        return "\(day) \((language == .en ? en : id)[month - 1]) \(year)"
    }
}

/// Whether a document can be asked to cite or follow an instrument, judged by the document's date.
///
/// A stated enactment date decides. A draft (`status: rancangan`) without one will be enacted under
/// the law in force today, so every instrument applies. Without either, the period is all that is
/// known: the plan may have been adopted years into it (a 2016-2020 plan adopted in 2019), so an
/// instrument that came into force before the period's last year is *uncertain*, one of its last year
/// or later does not apply, and one before its first year applies.
public enum InstrumentApplicability: Sendable, Equatable {
    /// Every required instrument was in force at the document's date (or the date is unknown).
    case applies
    /// The document is dated before this instrument came into force.
    case notInForce(Instrument)
    /// The document states no enactment date and this instrument came into force during its period.
    case uncertain(Instrument)

    /// The applicability of `instruments` to a document with this metadata; the first that does not
    /// apply wins over the first that is uncertain.
    public static func of(_ instruments: [Instrument], for metadata: DocumentMetadata) -> InstrumentApplicability {
        var uncertain: Instrument?
        for instrument in instruments {
            switch of(instrument, for: metadata) {
            case .notInForce(let instrument): return .notInForce(instrument)
            case .uncertain(let instrument): uncertain = uncertain ?? instrument
            case .applies: continue
            }
        }
        return uncertain.map { .uncertain($0) } ?? .applies
    }

    /// The applicability of one instrument.
    public static func of(_ instrument: Instrument, for metadata: DocumentMetadata) -> InstrumentApplicability {
        if let enacted = metadata.enactmentDate {
            return instrument.postdates(enacted) ? .notInForce(instrument) : .applies
        }
        if metadata.status == "rancangan" { return .applies }
        guard let period = metadata.period, let start = CalendarDate(year: period.start, month: 1, day: 1) else {
            return .applies
        }
        if !instrument.postdates(start) { return .applies }
        // A plan is adopted before its last year: an instrument of that year or later came too late.
        if instrument.inForce.year >= period.end { return .notInForce(instrument) }
        return .uncertain(instrument)
    }

    /// Why a rule does not apply, or applies only on a condition, in words; nil when it simply applies.
    public func reason(for metadata: DocumentMetadata) -> LocalizedText? {
        switch self {
        case .applies:
            return nil
        case .notInForce(let instrument):
            let inForce = (id: instrument.inForce.spelled(in: .id), en: instrument.inForce.spelled(in: .en))
            if let enacted = metadata.enactmentDate {
                return LocalizedText(
                    id: "Dokumen ditetapkan \(enacted.spelled(in: .id)), sebelum \(instrument.name) berlaku (\(inForce.id)).",
                    en: "The document was enacted on \(enacted.spelled(in: .en)), before \(instrument.name) came into force (\(inForce.en)).")
            }
            let period = metadata.period.map { "\($0.start)-\($0.end)" } ?? ""
            return LocalizedText(
                id: "Tanggal penetapan tidak tertulis dan periode dokumen \(period) hampir atau sudah berakhir saat "
                    + "\(instrument.name) berlaku (\(inForce.id)).",
                en: "No enactment date is stated and the document's period \(period) was ending or over when "
                    + "\(instrument.name) came into force (\(inForce.en)).")
        case .uncertain(let instrument):
            let period = metadata.period.map { "\($0.start)-\($0.end)" } ?? ""
            return LocalizedText(
                id: "Tanggal penetapan tidak tertulis dan \(instrument.name) mulai berlaku "
                    + "\(instrument.inForce.spelled(in: .id)), di tengah periode \(period): berlaku bila dokumen "
                    + "ditetapkan atau ditinjau sesudahnya.",
                en: "No enactment date is stated and \(instrument.name) came into force on "
                    + "\(instrument.inForce.spelled(in: .en)), within the period \(period): this applies if the document "
                    + "was enacted or reviewed after that.")
        }
    }
}

import Testing
@testable import SPBELintCore

/// Which instruments a document can be asked to follow, from its enactment date, status or period.
@Suite("Instrument applicability")
struct InstrumentApplicabilityTests {
    let perpres95 = Instrument(id: "perpres-95-2018", name: "Perpres 95/2018", title: "Peraturan Presiden Nomor 95 Tahun 2018",
                               inForce: CalendarDate(year: 2018, month: 10, day: 2)!)

    func metadata(_ fields: [String: String]) -> DocumentMetadata {
        DocumentMetadata(fields: fields.map { MetadataField(key: $0.key, value: $0.value, position: .start) })
    }

    @Test("a stated enactment date decides, before or after the instrument")
    func enacted() {
        #expect(InstrumentApplicability.of(perpres95, for: metadata(["tanggal-penetapan": "2014-09-22"])) == .notInForce(perpres95))
        #expect(InstrumentApplicability.of(perpres95, for: metadata(["tanggal-penetapan": "2019-10-09", "periode": "2016-2020"])) == .applies)
    }

    @Test("without an enactment date, the period decides: before, during (before its last year) or after it")
    func byPeriod() {
        #expect(InstrumentApplicability.of(perpres95, for: metadata(["periode": "2016-2020"])) == .uncertain(perpres95))
        #expect(InstrumentApplicability.of(perpres95, for: metadata(["periode": "2011-2015"])) == .notInForce(perpres95))
        // An instrument of the period's last year came too late for the plan.
        #expect(InstrumentApplicability.of(perpres95, for: metadata(["periode": "2014-2018"])) == .notInForce(perpres95))
        #expect(InstrumentApplicability.of(perpres95, for: metadata(["periode": "2019-2023"])) == .applies)
        #expect(InstrumentApplicability.of(perpres95, for: metadata([:])) == .applies)
    }

    @Test("a draft is enacted under the law in force today")
    func draft() {
        #expect(InstrumentApplicability.of(perpres95, for: metadata(["periode": "2016-2020", "status": "rancangan"])) == .applies)
    }

    @Test("a levelled rule asks an undated plan of its period for the local facility only, at info")
    func levelled() throws {
        let rules = try RulePack.loadAll(from: Repository.rules).flatMap(\.rules)
        let intranet = try #require(rules.first { $0.id == "infrastruktur-jaringan-intra" })
        func findings(_ body: String, period: String) throws -> [Finding] {
            let text = """
                ---
                judul: Rencana Induk E-Government Kota Contoh \(period)
                jenis: rencana-induk
                tingkat: kota
                periode: \(period)
                ---

                # BAB V INFRASTRUKTUR

                \(body)
                """
            return Linter(rules: [intranet]).lint(try MarkedDocument(text).parse(as: "rencana.md"))
                .filter { $0.ruleId == intranet.id }
        }
        let local = "Pemanfaatan jaringan intra (kabel dan wifi) untuk komunikasi antar perangkat daerah."
        // Undated, Perpres 95/2018 within the period: the local intranet is enough.
        #expect(try findings(local, period: "2016-2020").isEmpty)
        // Dated after it by its period: the connection to the Jaringan Intra Pemerintah is asked.
        let later = try findings(local, period: "2021-2025")
        #expect(later.count == 1 && later[0].severity == .warning && later[0].message.id.contains("Jaringan Intra Pemerintah"))
        // Nothing at all, undated: one conditional info finding for the local intranet, not two.
        let none = try findings("Pengadaan perangkat komputer untuk seluruh perangkat daerah.", period: "2016-2020")
        #expect(none.count == 1 && none[0].severity == .info)
        #expect(none[0].message.id.contains("Jaringan Intra") && !none[0].message.id.contains("Pemerintah (JIP)"))
        #expect(none[0].message.en.contains("this applies if the document was enacted or reviewed after that"))
    }
}

/// Coverage says why a rule of another kind or profile does not apply.
@Suite("Applicability reasons")
struct ApplicabilityReasonTests {
    @Test("a rule for another kind or profile is not applicable with a reason in words")
    func reasons() throws {
        let rules = try RulePack.loadAll(from: Repository.rules).flatMap(\.rules)
        let text = """
            ---
            judul: Rencana Induk SPBE Kota Contoh 2025-2029
            jenis: rencana-induk
            tingkat: kota
            periode: 2025-2029
            ---

            # BAB I PENDAHULUAN

            Rencana induk ini menjadi pedoman perangkat daerah.
            """
        let coverage = Linter(rules: rules).evaluate(try MarkedDocument(text).parse(as: "rencana.md")).coverage
        let national = try #require(coverage.requirements.first { $0.ruleId == "dokumen-periode-nasional" })
        #expect(national.status == .notApplicable)
        #expect(national.reason?.id == "Berlaku untuk profil nasional; profil dokumen ini pemda.")
        let perkada = try #require(coverage.requirements.first { $0.ruleId == "perkada-penomoran-pasal" })
        #expect(perkada.reason?.en.hasPrefix("Applies to ") == true)
        #expect(perkada.reason?.en.hasSuffix("this document is SPBE master plan.") == true)
    }
}

/// A variant's obligation exists only once its instrument is in force.
@Suite("Variant dating")
struct VariantDatingTests {
    @Test("an Arsitektur of 2021 missing a domain gets the evaluation criterion, one of 2023 the obligation")
    func architectureDomains() throws {
        let rules = try RulePack.loadAll(from: Repository.rules).flatMap(\.rules).filter { $0.id == "arsitektur-domain-keamanan" }
        func severity(enacted: String) throws -> Severity? {
            let text = """
                ---
                judul: Arsitektur SPBE Kota Contoh
                jenis: arsitektur
                tingkat: kota
                periode: 2021-2025
                tanggal-penetapan: \(enacted)
                ---

                # BAB I ARSITEKTUR SPBE

                ## 1.1 Domain Arsitektur Proses Bisnis

                Peta proses bisnis perangkat daerah.

                ## 1.2 Domain Arsitektur Layanan

                Layanan administrasi dan layanan publik.
                """
            return Linter(rules: rules).lint(try MarkedDocument(text).parse(as: "arsitektur.md")).first?.severity
        }
        #expect(try severity(enacted: "2021-06-01") == .warning)
        #expect(try severity(enacted: "2023-06-01") == .error)
    }
}

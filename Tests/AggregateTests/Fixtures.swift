import BriefingCore
import Foundation
@testable import Aggregate

/// Builders of DocumentFacts fixtures: what the extract stage would produce for a release.
enum Fixture {
    static let official = "National Immigration Administration"
    static let machine = "Zhitong Finance"

    /// The project's catalog: the sums and bounds under test are the real ones.
    static let catalog: Catalog = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Pipeline/metrics.json").standardizedFileURL
        return try! Catalog.load(from: url)
    }()

    /// One fact as a test writes it; the period defaults to the release's.
    struct F {
        var metric: String?
        var value: Decimal
        var yoy: Decimal? = nil
        var qualifier: Qualifier = .exact
        var period: Period? = nil
        var status: FactStatus = .reported
        var written: String? = nil
        var note: String? = nil
    }

    static func f(_ metric: String?, _ value: Decimal, yoy: Decimal? = nil, _ q: Qualifier = .exact,
                  period: Period? = nil, flagged written: String? = nil) -> F {
        F(metric: metric, value: value, yoy: yoy, qualifier: q, period: period,
          status: written == nil ? .reported : .flagged, written: written,
          note: written == nil ? nil : "malformed number")
    }

    static func release(_ id: String, _ period: Period, publisher: String? = official, language: Language = .en,
                        _ facts: [F]) -> DocumentFacts {
        let meta = DocumentMetadata(title: "Release \(period)", publisher: publisher, language: language,
                                    period: period, released: "\(period.year + 1)-01-15")
        let built = facts.enumerated().map { k, f in
            let written = f.written ?? Format.figure(f.value)
            return Fact(metric: f.metric, period: f.period ?? period, value: f.value, unit: "", qualifier: f.qualifier,
                        yoyPct: f.yoy, status: f.status, note: f.note, written: written, subject: f.metric ?? "thing",
                        source: id, range: TextRange(k * 100, k * 100 + 20),
                        quote: "quote \(k): \(written) \(f.metric ?? "")", language: language)
        }
        return DocumentFacts(document: id, contentHash: "0000000000000000", metadata: meta, facts: built)
    }

    static func release(_ id: String, _ year: Int, publisher: String? = official, language: Language = .en,
                        _ facts: [F]) -> DocumentFacts {
        release(id, Period(year: year), publisher: publisher, language: language, facts)
    }

    static func aggregate(_ docs: [DocumentFacts], year: Int) throws -> AggregateResult {
        try Aggregator.aggregate(docs, catalog: catalog, year: year)
    }

    // MARK: The seeds, as the extract stage is expected to read them (seed-expectations.tsv)

    static let seed2024ID = "000_ebb5ee576dff67ce.txt"
    static let seed2022ID = "002_b4b605b664683cb2.txt"
    static let winter = Period.window("2024-11-30", "2025-02-28")

    /// The 2024 conference, machine-translated by Zhitong Finance.
    static let seed2024 = release(seed2024ID, 2024, publisher: machine, [
        f("people.total", 610_000_000, yoy: 43.9),
        f("people.mainland", 291_000_000, yoy: 41.3),
        f("people.hkmt", 254_000_000, yoy: 38.8),
        f("people.foreigners", 64_882_000, yoy: 82.9),
        f("people.visa_free_foreigners", 1_150_000, yoy: 112.3),
        f("vehicles.total", 32_566_000, yoy: 38.8),
        f("vehicles.aircraft", 879_000, yoy: 62.6),
        f("vehicles.trains", 101_000, yoy: 11),
        f("vehicles.ships", 437_000, yoy: 8.2),
        f("vehicles.motor", 31_490, yoy: 38.9, flagged: "31.49,000"),
        f("documents.passports", 233_190_000, yoy: 26.5),
        f("documents.mainland_hkmt_combined", 94_514_000, yoy: 9.8),
        f("documents.hkmt_resident_permits", 2_578_000),
        F(metric: "documents.visas", value: 2_597_000_000, yoy: 52.3, written: "2,597 million"),
        f("documents.port_visas", 1_476_000, yoy: 87.3, flagged: "1.476,000"),
        f("services.platform_requests", 130_000_000),
        f("services.hotline_calls", 7_084_100),
        f("services.hotline_satisfaction", 99.36),
        f("services.identity_verifications", 32_560_000, yoy: 5.4),
        f("enforcement.criminal_cases", 35_000, .atLeast),
        f("enforcement.suspects", 79_000, .atLeast),
        f("enforcement.gangs", 906),
        f("enforcement.major_cases", 328),
        f("enforcement.fugitives", 518),
        f("enforcement.drug_cases", 494),
        f("enforcement.drugs_tonnes", 7.8),
        f("enforcement.guns", 2000, .atLeast),
        f("enforcement.bullets", 100_000, .atLeast),
        f("personnel.deaths", 15),
        f("personnel.injured", 66),
        f("enforcement.criminal_cases", 2811, period: winter),
        f("enforcement.suspects", 9985, period: winter),
        f("enforcement.gangs", 62, period: winter),
        f("enforcement.guns", 60, period: winter),
        f("enforcement.bullets", 2055, period: winter),
        f("enforcement.drug_cases", 55, period: winter),
        f(nil, 12_367),  // a figure that matched no metric
    ])

    /// The 2022 conference, the NIA's official English transcript.
    static let seed2022 = release(seed2022ID, 2022, [
        f("people.total", 115_700_000),
        f("people.mainland", 64_635_000),
        f("people.hkmt", 46_591_000),
        f("people.foreigners", 4_473_000),
        f("vehicles.total", 9_638_000),
        f("enforcement.criminal_cases", 32_300),
        f("enforcement.suspects", 117_800),
        f("enforcement.fugitives", 397, yoy: 228),
        f("enforcement.fugitives", 158),  // a sub-count of the same metric, later in the text
        f("enforcement.gangs", 1544),
        f("enforcement.transit_dens", 964),
        f("enforcement.illegal_foreigners", 67_000),
        f("enforcement.deported", 43_000),
        f("enforcement.drugs_tonnes", 8.85),
        f("enforcement.precursors_tonnes", 712.52),
        f("enforcement.guns", 3278),
        f("enforcement.smuggling_value_cny", 220_000_000),
        f("documents.passports", 1_068_000),
        f("documents.mainland_hkmt_permits", 1_748_000),
        f("documents.mainland_hkmt_endorsements", 4_323_000),
        f("services.identity_verifications", 45_130_000),
        f("services.hotline_calls", 3_000_000, .atLeast),
        f("services.hotline_satisfaction", 97.3),
        f("services.platform_requests", 47_500_000),
        f("personnel.deaths", 6),
        f("personnel.injured", 40),
        // "Over 32,000 criminal cases ... increasing by 64 percent": the same figure, with its YoY.
        f("enforcement.criminal_cases", 32_000, yoy: 64, .atLeast),
    ])
}

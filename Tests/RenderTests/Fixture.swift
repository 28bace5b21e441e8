import BriefingCore
import Foundation

/// A briefing input built in code, following the Core model: 2022 reported (official transcript),
/// 2023 derived from 2024's stated changes, 2024 reported (machine translation) with one reconciled
/// value (motor vehicles), two flagged ones (visas, port visas), and a note quoting Chinese.
enum Fixture {
    static let release2024 = SourceInfo(id: "000_ebb5ee576dff67ce.txt", contentHash: "a1b2c3d4e5f60718", metadata: DocumentMetadata(
        title: "National Immigration Administration press conference on the main data of immigration management in 2024",
        url: "https://www.zhitongcaijing.com/content/detail/1237483.html",
        publisher: "Zhitong Finance (machine translation of the NIA press conference)",
        language: .en, period: Period(year: 2024), released: "2025-01-14"))
    static let release2022 = SourceInfo(id: "002_b4b605b664683cb2.txt", contentHash: "0f1e2d3c4b5a6978", metadata: DocumentMetadata(
        title: "Press Conference of the National Immigration Administration: Report on Main Immigration Management Data in 2022",
        url: "https://en.nia.gov.cn/n147418/n147463/c156096/content.html",
        publisher: "National Immigration Administration",
        language: .en, period: Period(year: 2022), released: "2023-01-17"))

    static let r24 = release2024.id, r22 = release2022.id

    /// (metric, label, section, unit)
    static let catalog: [(String, String, String, String)] = [
        ("people.total", "People inspected", "inspections", "person-trips"),
        ("people.mainland", "Mainland residents", "inspections", "person-trips"),
        ("people.hkmt", "Hong Kong, Macao and Taiwan residents", "inspections", "person-trips"),
        ("people.foreigners", "Foreign nationals", "inspections", "person-trips"),
        ("people.visa_free_foreigners", "Visa-free foreign entries", "inspections", "person-trips"),
        ("vehicles.total", "Conveyances inspected", "inspections", "conveyance-trips"),
        ("vehicles.aircraft", "Aircraft", "inspections", "conveyance-trips"),
        ("vehicles.trains", "Trains", "inspections", "conveyance-trips"),
        ("vehicles.ships", "Ships", "inspections", "conveyance-trips"),
        ("vehicles.motor", "Motor vehicles", "inspections", "conveyance-trips"),
        ("documents.passports", "Ordinary passports issued", "documents", "documents"),
        ("documents.mainland_hkmt_permits", "Mainland permits to HK/Macao/Taiwan", "documents", "documents"),
        ("documents.mainland_hkmt_endorsements", "Endorsements to HK/Macao/Taiwan", "documents", "documents"),
        ("documents.mainland_hkmt_combined", "Mainland permits and endorsements (combined)", "documents", "documents"),
        ("documents.hkmt_resident_permits", "Permits for HK/Macao/Taiwan residents", "documents", "documents"),
        ("documents.visas", "Visas and documents for foreigners", "documents", "documents"),
        ("documents.port_visas", "Port visas", "documents", "documents"),
        ("services.platform_requests", "Government service platform", "services", "requests"),
        ("services.identity_verifications", "Identity / document verifications", "services", "verifications"),
        ("services.hotline_calls", "12367 hotline calls", "services", "calls"),
        ("services.hotline_satisfaction", "12367 satisfaction rate", "services", "percent"),
        ("enforcement.criminal_cases", "Border-management criminal cases", "enforcement", "cases"),
        ("enforcement.suspects", "Suspects arrested", "enforcement", "persons"),
        ("enforcement.gangs", "Criminal gangs dismantled", "enforcement", "gangs"),
        ("enforcement.major_cases", "Major cases supervised", "enforcement", "cases"),
        ("enforcement.fugitives", "Snakehead fugitives captured", "enforcement", "persons"),
        ("enforcement.transit_dens", "Transit dens destroyed", "enforcement", "dens"),
        ("enforcement.illegal_foreigners", "Foreigners illegally entering/residing/working", "enforcement", "persons"),
        ("enforcement.deported", "Deported / repatriated", "enforcement", "persons"),
        ("enforcement.drug_cases", "Drug cases", "enforcement", "cases"),
        ("enforcement.drugs_tonnes", "Drugs seized", "enforcement", "tonnes"),
        ("enforcement.precursors_tonnes", "Drug precursors seized", "enforcement", "tonnes"),
        ("enforcement.guns", "Guns seized", "enforcement", "guns"),
        ("enforcement.bullets", "Bullets seized", "enforcement", "rounds"),
        ("enforcement.smuggling_value_cny", "Smuggled goods value", "enforcement", "CNY"),
        ("personnel.deaths", "Died in the line of duty", "personnel", "persons"),
        ("personnel.injured", "Injured in the line of duty", "personnel", "persons"),
    ]

    static func d(_ s: String) -> Decimal { Decimal(string: s)! }

    static func rep(_ year: Int, _ v: String, yoy: String? = nil, q: Qualifier = .exact) -> SeriesPoint {
        SeriesPoint(year: year, value: d(v), qualifier: q, yoyPct: yoy.map(d), status: .reported,
                    source: year == 2024 ? r24 : r22, quote: "stated figure \(v)")
    }
    static func derived(_ year: Int, _ v: String) -> SeriesPoint {
        SeriesPoint(year: year, value: d(v), status: .derived, source: year == 2023 ? r24 : r22,
                    quote: "up … year on year", note: "derived from the stated year-on-year change")
    }

    static var points: [String: [SeriesPoint]] {
        [
            "people.total": [rep(2022, "115700000"), derived(2023, "423905490"), rep(2024, "610000000", yoy: "43.9")],
            "people.mainland": [rep(2022, "64635000"), derived(2023, "205944798"), rep(2024, "291000000", yoy: "41.3")],
            "people.hkmt": [rep(2022, "46591000"), derived(2023, "182997118"), rep(2024, "254000000", yoy: "38.8")],
            "people.foreigners": [rep(2022, "4473000"), derived(2023, "35474026"), rep(2024, "64882000", yoy: "82.9")],
            "people.visa_free_foreigners": [rep(2024, "1150000", yoy: "112.3")],
            "vehicles.total": [rep(2022, "9638000"), derived(2023, "23462536"), rep(2024, "32566000", yoy: "38.8")],
            "vehicles.aircraft": [rep(2024, "879000", yoy: "62.6")],
            "vehicles.trains": [rep(2024, "101000", yoy: "11")],
            "vehicles.ships": [rep(2024, "437000", yoy: "8.2")],
            "vehicles.motor": [SeriesPoint(year: 2024, value: d("31149000"), yoyPct: d("38.9"), status: .reconciled, source: r24,
                                           quote: "31.49,000 motor vehicles", written: "31.49,000",
                                           note: "malformed number; the four modes must add up to the total")],
            "documents.passports": [rep(2022, "1068000"), rep(2024, "233190000", yoy: "26.5")],
            "documents.mainland_hkmt_permits": [rep(2022, "1748000")],
            "documents.mainland_hkmt_endorsements": [rep(2022, "4323000")],
            "documents.mainland_hkmt_combined": [rep(2024, "94514000", yoy: "9.8")],
            "documents.hkmt_resident_permits": [rep(2024, "2578000")],
            "documents.visas": [SeriesPoint(year: 2024, value: d("2597000000"), yoyPct: d("52.3"), status: .flagged, source: r24,
                                            quote: "2,597 million visas and documents", written: "2,597 million",
                                            note: "forty times the foreigners who crossed")],
            "documents.port_visas": [SeriesPoint(year: 2024, value: d("1476000"), yoyPct: d("87.3"), status: .flagged, source: r24,
                                                 quote: "1.476,000 port visas", written: "1.476,000", note: "malformed number")],
            "services.platform_requests": [rep(2022, "47500000"), rep(2024, "130000000")],
            "services.identity_verifications": [rep(2022, "45130000"), derived(2023, "30891841"), rep(2024, "32560000", yoy: "5.4")],
            "services.hotline_calls": [rep(2022, "3000000", q: .atLeast), rep(2024, "7084100")],
            "services.hotline_satisfaction": [rep(2022, "97.3"), rep(2024, "99.36")],
            "enforcement.criminal_cases": [derived(2021, "19695"), rep(2022, "32300", yoy: "64"), rep(2024, "35000", q: .atLeast)],
            "enforcement.suspects": [rep(2022, "117800"), rep(2024, "79000", q: .atLeast)],
            "enforcement.gangs": [rep(2022, "1544"), rep(2024, "906")],
            "enforcement.major_cases": [rep(2024, "328")],
            "enforcement.fugitives": [derived(2021, "121"), rep(2022, "397", yoy: "228"), rep(2024, "518")],
            "enforcement.transit_dens": [rep(2022, "964")],
            "enforcement.illegal_foreigners": [rep(2022, "67000")],
            "enforcement.deported": [rep(2022, "43000")],
            "enforcement.drug_cases": [rep(2024, "494")],
            "enforcement.drugs_tonnes": [rep(2022, "8.85"), rep(2024, "7.8")],
            "enforcement.precursors_tonnes": [rep(2022, "712.52")],
            "enforcement.guns": [rep(2022, "3278"), rep(2024, "2000", q: .atLeast)],
            "enforcement.bullets": [rep(2024, "100000", q: .atLeast)],
            "enforcement.smuggling_value_cny": [rep(2022, "220000000")],
            "personnel.deaths": [rep(2022, "6"), rep(2024, "15")],
            "personnel.injured": [rep(2022, "40"), rep(2024, "66")],
        ]
    }

    static var notes: [QualityNote] {
        [
            QualityNote(metric: "vehicles.motor", year: 2024, status: .reconciled, value: d("31149000"), written: "31.49,000",
                        quote: "of these, 879,000 aircraft, 101,000 trains, 437,000 ships, and 31.49,000 motor vehicles",
                        source: r24, language: .en,
                        reason: "The written figure is malformed; the four modes must add up to the 32.566 million conveyances, which gives 31,149,000."),
            QualityNote(metric: "documents.visas", year: 2024, status: .flagged, value: nil, written: "2,597 million",
                        quote: "issued 2,597 million visas and documents to foreigners", source: r24, language: .en,
                        reason: "Forty times the foreign nationals who crossed the border: impossible."),
            QualityNote(metric: "documents.port_visas", year: 2024, status: .flagged, value: nil, written: "1.476,000",
                        quote: "issued 1.476,000 port visas", source: r24, language: .en,
                        reason: "Malformed number."),
            QualityNote(metric: "people.total", year: 2023, status: .derived, value: d("423905490"), written: "同比上升43.9%",
                        quote: "全国移民管理机构共查验出入境人员6.1亿人次，同比上升43.9%", source: r24, language: .zh,
                        reason: "Computed from the 2024 figure and its stated year-on-year change."),
            QualityNote(metric: "enforcement.criminal_cases", year: 2021, status: .derived, value: d("19695"), written: "increasing by 64 percent",
                        quote: "Over 32,000 criminal cases were cracked, increasing by 64 percent compared with 2021", source: r22, language: .en,
                        reason: "Computed from the 2022 figure and its stated change."),
        ]
    }

    static func data(dropping: Set<String> = []) -> BriefingData {
        let pts = points
        let series = catalog.filter { !dropping.contains($0.0) }.compactMap { m -> MetricSeries? in
            guard let p = pts[m.0] else { return nil }
            return MetricSeries(metric: m.0, label: m.1, section: m.2, unit: m.3, points: p.sorted { $0.year < $1.year })
        }
        return BriefingData(year: 2024, release: release2024, sources: [release2024, release2022], series: series, notes: notes)
    }

    /// The repository's Templates directory.
    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates")
    }

    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("render-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes the fixture as series.json in `dir`.
    static func writeSeries(_ data: BriefingData = Fixture.data(), in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent("series.json")
        try JSONFiles.write(data, to: url)
        return url
    }
}

/// Runs a poppler/qpdf tool and returns its standard output.
func tool(_ name: String, _ args: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/\(name)")
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

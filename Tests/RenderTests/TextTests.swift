import BriefingCore
import Foundation
import Testing
@testable import Render

@Suite("Numbers and narrative")
struct TextTests {
    @Test(arguments: [
        ("610000000", "person-trips", "610 million", "610,000,000"),
        ("64882000", "person-trips", "64.9 million", "64,882,000"),
        ("32566000", "conveyance-trips", "32.6 million", "32,566,000"),
        ("879000", "conveyance-trips", "879,000", "879,000"),
        ("2597000000", "documents", "2.6 billion", "2,597,000,000"),
        ("7.8", "tonnes", "7.8", "7.8"),
        ("712.52", "tonnes", "712.52", "712.52"),
        ("99.36", "percent", "99.36%", "99.36%"),
        ("220000000", "CNY", "CNY 220 million", "CNY 220,000,000"),
        ("15", "persons", "15", "15"),
    ])
    func proseAndExact(_ value: String, _ unit: String, _ prose: String, _ exact: String) {
        let d = Decimal(string: value)!
        #expect(NumberText.prose(d, unit: unit) == prose)
        #expect(NumberText.exact(d, unit: unit) == exact)
    }

    @Test func qualifiersAndChanges() {
        #expect(NumberText.qualified("35,000", .atLeast) == "more than 35,000")
        #expect(NumberText.qualified("35,000", .approx) == "about 35,000")
        #expect(NumberText.change(Decimal(string: "43.9")!) == "up 43.9%")
        #expect(NumberText.change(Decimal(string: "-12.5")!) == "down 12.5%")
        #expect(NumberText.change(0) == "unchanged")
        #expect(NumberText.changeVerb(Decimal(string: "38.8")!) == "rose 38.8%")
        #expect(NumberText.signedChange(Decimal(string: "-4")!) == "−4%")
        #expect(NumberText.longDate("2025-01-14") == "14 January 2025")
    }

    let f = Figures(data: Fixture.data())

    @Test(arguments: [
        ("Inspected {people.total} in {year}, {people.total.yoy}.", "Inspected 610 million in 2024, up 43.9%."),
        ("Conveyances {vehicles.total.change} to {vehicles.total}.", "Conveyances rose 38.8% to 32.6 million."),
        ("Previously {people.total.prev}.", "Previously 424 million‡."),
        ("Motor vehicles: {vehicles.motor.exact}.", "Motor vehicles: 31,149,000†."),
        ("Cases: {enforcement.criminal_cases}.", "Cases: more than 35,000."),
        ("Satisfaction {services.hotline_satisfaction} against {services.hotline_satisfaction.prev}? no, {prev_year} missing.", nil),
        ("Visas: {documents.visas}.", nil),
        ("Port visas {documents.port_visas.yoy}.", nil),
        ("Unknown {people.martians}.", nil),
        ("Transit dens {enforcement.transit_dens}.", nil),
        ("Released {release.date}.", "Released 14 January 2025."),
    ] as [(String, String?)])
    func placeholders(_ template: String, _ expected: String?) {
        #expect(Placeholders.fill(template, f) == expected)
    }

    @Test(arguments: [
        ("Visas {documents.visas}. || Inspected {people.total}.", "Inspected 610 million."),
        ("Inspected {people.total}, {people.total.yoy}. || Inspected {people.total}.", "Inspected 610 million, up 43.9%."),
        ("Visas {documents.visas}. || Port visas {documents.port_visas}.", nil),
    ] as [(String, String?)])
    func fallbacks(_ template: String, _ expected: String?) {
        #expect(Content.fillFirst(template, f) == expected)
    }

    @Test func computedChangeNeedsTheYearBefore() {
        // Identity verifications: 2024 states 5.4%; guns have no 2023 value and no stated change.
        #expect(f.yoy("services.identity_verifications", 2024) == Decimal(string: "5.4"))
        #expect(f.yoy("enforcement.guns", 2024) == nil)
        // People 2023 (derived) against 2022 (reported): computed, rounded to one decimal.
        #expect(f.yoy("people.total", 2023) == Decimal(string: "266.4"))
    }

    @Test func noChangeIsComputedFromQualifiedFigures() {
        var data = Fixture.data()
        data.series.removeAll { ["enforcement.criminal_cases", "enforcement.gangs", "enforcement.guns"].contains($0.metric) }
        data.series.append(MetricSeries(metric: "enforcement.criminal_cases", label: "Criminal cases", section: "enforcement", unit: "cases",
                                        points: [Fixture.rep(2023, "36000", q: .atLeast), Fixture.rep(2024, "35000", q: .atLeast)]))
        data.series.append(MetricSeries(metric: "enforcement.gangs", label: "Gangs", section: "enforcement", unit: "gangs",
                                        points: [Fixture.rep(2023, "800"), Fixture.rep(2024, "900", q: .approx)]))
        data.series.append(MetricSeries(metric: "enforcement.guns", label: "Guns", section: "enforcement", unit: "guns",
                                        points: [Fixture.rep(2023, "1000"), Fixture.rep(2024, "1100")]))
        let g = Figures(data: data)
        #expect(g.yoy("enforcement.criminal_cases", 2024) == nil)
        #expect(g.yoy("enforcement.gangs", 2024) == nil)
        #expect(g.yoy("enforcement.guns", 2024) == 10)
    }

    @Test func badPlaceholderSyntaxIsRejected() throws {
        #expect(throws: RenderError.self) { try Placeholders.parse("open {people.total") }
        #expect(throws: RenderError.self) { try Placeholders.parse("bad {people total}") }
        #expect(throws: RenderError.self) { try Placeholders.parse("stray } brace") }
        #expect(try Placeholders.parse("a {year} b") == [.text("a "), .field("year"), .text(" b")])
    }

    @Test func templateInRepositoryLoads() throws {
        let t = try BriefingTemplate.load(from: Fixture.templates)
        #expect(t.sections.map(\.id) == ["inspections", "documents", "enforcement", "services"])
        #expect((4...6).contains(t.cover.headlines.count))
        // Conveyances by mode: motor vehicles outnumber trains 300:1, so that chart must be on a log scale.
        let modes = t.sections.flatMap(\.charts).first { $0.metrics.contains("vehicles.trains") && $0.metrics.contains("vehicles.motor") }
        #expect(modes?.scale == .log)
    }

    @Test func badTemplateNamesTheFile() throws {
        let dir = try Fixture.tempDir()
        try Data(#"{"format": "nia-briefing-template/1", "title": "x"}"#.utf8).write(to: dir.appendingPathComponent("briefing.json"))
        #expect { try BriefingTemplate.load(from: dir) } throws: { e in
            (e as? PipelineError)?.file.hasSuffix("briefing.json") ?? false
        }
    }
}

@Suite("Chart data")
struct ChartDataTests {
    let f = Figures(data: Fixture.data())

    @Test func flaggedValuesAreNotPlotted() throws {
        let spec = ChartSpec(kind: .bar, metrics: ["documents.passports", "documents.visas", "documents.port_visas"], title: "Docs")
        let c = try #require(ChartBuilder.build(spec, f))
        #expect(c.categories.count == 3)
        #expect(c.series[0].values[0]?.value == 233_190_000)
        #expect(c.series[0].values[1] == nil && c.series[0].values[2] == nil)
        #expect(c.series[0].flagged == [1, 2])
        #expect(c.gaps.count == 2 && c.gaps.allSatisfy { $0.contains("flagged") })
        #expect(!c.alt.contains("2.6B"))
    }

    @Test func missingMetricsAreDroppedAndEmptyChartsAreNil() {
        let spec = ChartSpec(kind: .bar, metrics: ["enforcement.gangs", "enforcement.transit_dens"], title: "x")
        #expect(ChartBuilder.build(spec, f)?.categories == ["Criminal gangs dismantled"])
        #expect(ChartBuilder.build(ChartSpec(kind: .bar, metrics: ["nothing.here"], title: "x"), f) == nil)
        #expect(ChartBuilder.build(ChartSpec(kind: .line, metrics: ["documents.visas"], title: "x"), f) == nil)
        #expect(ChartBuilder.build(ChartSpec(kind: .bar, metrics: ["documents.port_visas"], title: "x"), f) == nil)
        // One year is a bar, not a line: a line chart needs two years with figures.
        #expect(ChartBuilder.build(ChartSpec(kind: .line, metrics: ["enforcement.transit_dens"], title: "x"), f) == nil)
        #expect(ChartBuilder.build(ChartSpec(kind: .line, metrics: ["enforcement.gangs"], title: "x"), f)?.categories == ["2022", "2023", "2024"])
    }

    @Test func lineCoversEveryYearAndKeepsStatus() throws {
        let c = try #require(ChartBuilder.build(ChartSpec(kind: .line, metrics: ["people.total", "people.foreigners"], title: "x"), f))
        #expect(c.categories == ["2022", "2023", "2024"])
        #expect(c.series.map { $0.values.map { $0?.status } } == [[.reported, .derived, .reported], [.reported, .derived, .reported]])
        #expect(c.hasDerived && !c.hasReconciled)
        #expect(c.source.contains("2023-01-17") && c.source.contains("2025-01-14"))
    }

    /// A line whose template says `fromZero: false` gets an axis around its values; bars keep zero.
    @Test func lineAxisMayLeaveOutZero() throws {
        let surface = try PDFSurface(path: "/dev/null", width: 100, height: 100)
        let canvas = try Canvas(surface: surface)
        var spec = ChartSpec(kind: .line, metrics: ["services.hotline_satisfaction"], title: "x")
        let fromZero = ChartRenderer(chart: try #require(ChartBuilder.build(spec, f)), canvas: canvas).ticks()
        #expect(fromZero.lower == 0)
        spec.fromZero = false
        let zoomed = ChartRenderer(chart: try #require(ChartBuilder.build(spec, f)), canvas: canvas).ticks()
        #expect(zoomed.lower > 90 && zoomed.lower <= 97.3 && zoomed.upper >= 99.36 && zoomed.upper <= 100)
        let bar = ChartSpec(kind: .bar, metrics: ["services.hotline_satisfaction"], title: "x", scale: nil)
        var barSpec = bar; barSpec.fromZero = false
        #expect(ChartRenderer(chart: try #require(ChartBuilder.build(barSpec, f)), canvas: canvas).ticks().lower == 0)
    }

    @Test func reconciledIsMarkedInLabels() throws {
        let c = try #require(ChartBuilder.build(ChartSpec(kind: .bar, metrics: ["vehicles.motor", "vehicles.trains"], title: "x", scale: .log), f))
        #expect(c.hasReconciled)
        #expect(c.axis.hasSuffix("(log scale)"))
        let surface = try PDFSurface(path: "/dev/null", width: 100, height: 100)
        let r = ChartRenderer(chart: c, canvas: try Canvas(surface: surface))
        #expect(r.valueLabel(c.series[0].values[0]!) == "31.1M†")
        #expect(r.valueLabel(c.series[0].values[1]!) == "101K")
    }

    /// Six years of a metric: grouped bars keep the latest four (as many as the year palette
    /// tells apart), or fewer when the template asks, and say which years they leave out.
    @Test func groupedBarsDrawTheLatestYears() throws {
        var data = Fixture.data()
        let points = (2019...2024).map { Fixture.rep($0, String(10 + $0 - 2019)) }
        data.series.removeAll { $0.metric == "personnel.deaths" }
        data.series.append(MetricSeries(metric: "personnel.deaths", label: "Died in the line of duty", section: "personnel", unit: "persons", points: points))
        let f = Figures(data: data)
        let c = try #require(ChartBuilder.build(ChartSpec(kind: .groupedBar, metrics: ["personnel.deaths"], title: "x"), f))
        #expect(c.series.map(\.name) == ["2021", "2022", "2023", "2024"])
        #expect(c.series.last?.values.first??.value == 15)
        #expect(c.gaps.contains("Years before 2021 are left out of this chart."))
        var two = ChartSpec(kind: .groupedBar, metrics: ["personnel.deaths"], title: "x")
        two.recentYears = 2
        #expect(ChartBuilder.build(two, f)?.series.map(\.name) == ["2023", "2024"])
    }
}

import Foundation

/// The fixed `facts.csv` format (RFC 4180):
/// `year,period,metric,value,unit,qualifier,yoy_pct,status,source,quote`.
public enum FactsCSV {
    public static let header = ["year", "period", "metric", "value", "unit", "qualifier", "yoy_pct", "status", "source", "quote"]

    public struct Row: Sendable, Hashable {
        public var year: Int, period: Period, metric: String, value: Decimal, unit: String
        public var qualifier: Qualifier, yoyPct: Decimal?, status: FactStatus, source: String, quote: String
        public init(year: Int, period: Period, metric: String, value: Decimal, unit: String, qualifier: Qualifier,
                    yoyPct: Decimal?, status: FactStatus, source: String, quote: String) {
            self.year = year; self.period = period; self.metric = metric; self.value = value; self.unit = unit
            self.qualifier = qualifier; self.yoyPct = yoyPct; self.status = status; self.source = source; self.quote = quote
        }
        /// A row for a fact; nil when the fact matched no catalog metric.
        public init?(_ f: Fact) {
            guard let m = f.metric else { return nil }
            self.init(year: f.year, period: f.period, metric: m, value: f.value, unit: f.unit, qualifier: f.qualifier,
                      yoyPct: f.yoyPct, status: f.status, source: f.source, quote: f.quote)
        }
    }

    public static func render(_ rows: [Row]) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        for r in rows {
            let fields = [String(r.year), r.period.description, r.metric, plain(r.value), r.unit, r.qualifier.rawValue,
                          r.yoyPct.map(plain) ?? "", r.status.rawValue, r.source, r.quote]
            out += fields.map(escape).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A plain decimal: no exponent, no grouping, no trailing zeros ("610000000", "7.8", "-12.5").
    public static func plain(_ d: Decimal) -> String {
        var v = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 6, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

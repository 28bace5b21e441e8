import BriefingCore
import CCairo
import Foundation

/// A4 portrait in points, with margins.
enum Page {
    static let width = 595.276
    static let height = 841.89
    static let left = 56.0
    static let right = 56.0
    static let top = 54.0
    /// Content stops here; the footer sits below.
    static let bottom = 841.89 - 62.0
    static let contentWidth = width - left - right
}

/// Something placed on a page. `render(draw: false)` measures; `render(draw: true)` draws the same.
protocol Block {
    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double
    /// Structure tag ("H1", "P", "Figure", "Table") and its attributes.
    var tag: (name: String, attributes: String)? { get }
    var spaceAfter: Double { get }
    /// Never end a page with this block (headings).
    var keepWithNext: Bool { get }
    /// Bookmark title, when this block starts an outline entry.
    var outline: String? { get }
}

extension Block {
    var tag: (name: String, attributes: String)? { nil }
    var spaceAfter: Double { 8 }
    var keepWithNext: Bool { false }
    var outline: String? { nil }
}

struct PageBreak: Block {
    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double { 0 }
    var spaceAfter: Double { 0 }
}

struct Spacer: Block {
    var height: Double
    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double { height }
    var spaceAfter: Double { 0 }
}

struct Heading: Block {
    var text: String
    var level: Int
    var outline: String?
    var keepWithNext: Bool { true }
    var spaceAfter: Double { level == 1 ? 8 : 5 }
    var tag: (name: String, attributes: String)? { ("H\(level)", "") }

    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        let style = level == 1 ? TextStyle(size: 17, bold: true, color: RGB(hex: 0x08306B)) : TextStyle(size: 11.5, bold: true)
        let l = try c.layout(text, style, width: width)
        if draw {
            c.draw(l, x: x, y: y)
            if level == 1 { c.line(x, y + l.height + 3, x + width, y + l.height + 3, RGB(hex: 0x08306B), width: 1) }
        }
        return l.height + (level == 1 ? 4 : 0)
    }
}

struct Paragraph: Block {
    var text: String
    var style = TextStyle(size: 10, spacing: 2.5)
    var spaceAfter: Double = 8
    var keepWithNext: Bool = false
    var tag: (name: String, attributes: String)? { ("P", "") }

    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        let l = try c.layout(text, style, width: width)
        if draw { c.draw(l, x: x, y: y) }
        return l.height
    }
}

struct ChartBlock: Block {
    var chart: ChartData
    var spaceAfter: Double { 16 }
    var tag: (name: String, attributes: String)? { ("Figure", "alt=\(cairoAttributeString(chart.alt))") }

    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        try ChartRenderer(chart: chart, canvas: c).render(x: x, y: y, width: width, draw: draw)
    }
}

/// A table that may be split across pages between rows (the header repeats).
struct TableBlock: Block {
    enum Row { case group(String), cells([String]) }
    struct Column { var title: String; var width: Double; var align: TextStyle.Align }
    var columns: [Column]
    var rows: [Row]
    var spaceAfter: Double { 12 }
    var tag: (name: String, attributes: String)? { ("Table", "") }

    static let cellStyle = TextStyle(size: 8)
    static let headStyle = TextStyle(size: 8, bold: true)
    static let groupStyle = TextStyle(size: 8.5, bold: true, color: RGB(hex: 0x08306B))

    func widths(_ total: Double) -> [Double] {
        let sum = columns.map(\.width).reduce(0, +)
        return columns.map { $0.width / sum * total }
    }

    func header(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        try line(c, columns.map(\.title), style: Self.headStyle, x: x, y: y, width: width, draw: draw, rule: true)
    }

    func line(_ c: Canvas, _ cells: [String], style: TextStyle, x: Double, y: Double, width: Double, draw: Bool, rule: Bool) throws -> Double {
        let ws = widths(width)
        var cx = x, h = 0.0
        var layouts: [(TextLayout, Double)] = []
        for (i, text) in cells.enumerated() where i < columns.count {
            let l = try c.layout(text, style.with { $0.align = columns[i].align }, width: ws[i] - 6)
            layouts.append((l, cx + 3))
            h = max(h, l.height)
            cx += ws[i]
        }
        if draw {
            for (l, lx) in layouts { c.draw(l, x: lx, y: y + 2.5) }
            c.line(x, y + h + 5, x + width, y + h + 5, rule ? .grey : .lightGrey, width: rule ? 0.8 : 0.4)
        }
        return h + 5.5
    }

    func rowHeight(_ c: Canvas, _ row: Row, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        switch row {
        case .group(let title):
            let l = try c.layout(title, Self.groupStyle, width: width)
            if draw { c.draw(l, x: x + 3, y: y + 6) }
            return l.height + 9
        case .cells(let cells):
            return try line(c, cells, style: Self.cellStyle, x: x, y: y, width: width, draw: draw, rule: false)
        }
    }

    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        var cy = y + (try header(c, x: x, y: y, width: width, draw: draw))
        for r in rows { cy += try rowHeight(c, r, x: x, y: cy, width: width, draw: draw) }
        return cy - y
    }

    /// Splits into a first part that fits `available` points and the rest (nil if nothing fits).
    func split(_ c: Canvas, available: Double, width: Double) throws -> (TableBlock, TableBlock?)? {
        var used = try header(c, x: 0, y: 0, width: width, draw: false)
        var n = 0
        for r in rows {
            let h = try rowHeight(c, r, x: 0, y: 0, width: width, draw: false)
            if used + h > available { break }
            used += h; n += 1
        }
        // Never leave a group title alone at the bottom.
        if n > 0, n < rows.count, case .group = rows[n - 1] { n -= 1 }
        if n == 0 { return nil }
        if n == rows.count { return (self, nil) }
        var first = self, rest = self
        first.rows = Array(rows[..<n]); rest.rows = Array(rows[n...])
        return (first, rest)
    }
}

/// Label–value lines (data-quality notes, sources): a bold title, then rows of a grey key and
/// a wrapped value; a value may be a link.
struct RecordBlock: Block {
    struct Field { var key: String; var value: String; var link: String? = nil }
    var title: String
    var fields: [Field]
    var spaceAfter: Double { 10 }
    var tag: (name: String, attributes: String)? { ("P", "") }

    static let titleStyle = TextStyle(size: 9, bold: true)
    static let keyStyle = TextStyle(size: 8, color: .grey)
    static let valueStyle = TextStyle(size: 8.5, spacing: 1)

    func render(_ c: Canvas, x: Double, y: Double, width: Double, draw: Bool) throws -> Double {
        let t = try c.layout(title, Self.titleStyle, width: width)
        if draw { c.draw(t, x: x, y: y) }
        var cy = y + t.height + 2
        let keyW = 74.0
        for f in fields {
            let k = try c.layout(f.key, Self.keyStyle, width: keyW - 4)
            let v = try c.layout(f.value, Self.valueStyle.with { if f.link != nil { $0.color = .link } }, width: width - keyW - 6)
            if draw {
                c.draw(k, x: x + 6, y: cy + 0.5)
                if let link = f.link {
                    c.tagBegin("Link", "uri=\(cairoAttributeString(link))")
                    c.draw(v, x: x + keyW + 6, y: cy)
                    c.tagEnd("Link")
                } else {
                    c.draw(v, x: x + keyW + 6, y: cy)
                }
            }
            cy += max(k.height, v.height) + 1.5
        }
        if draw { c.line(x, cy + 3, x + width, cy + 3, .lightGrey, width: 0.4) }
        return cy + 3 - y
    }
}

/// Lays blocks out on pages, then draws them with footers, tags and bookmarks.
struct Paginator {
    struct Placed { var block: any Block; var y: Double }
    let canvas: Canvas

    func paginate(_ blocks: [any Block]) throws -> [[Placed]] {
        var pages: [[Placed]] = [[]]
        var y = Page.top
        let w = Page.contentWidth
        func newPage() { pages.append([]); y = Page.top }
        var queue = blocks[...]
        while let block = queue.popFirst() {
            if block is PageBreak {
                if !(pages.last!.isEmpty) { newPage() }
                continue
            }
            if var table = block as? TableBlock {
                while true {
                    let available = Page.bottom - y
                    if let (first, rest) = try table.split(canvas, available: available, width: w) {
                        let h = try first.render(canvas, x: Page.left, y: y, width: w, draw: false)
                        pages[pages.count - 1].append(Placed(block: first, y: y))
                        y += h + first.spaceAfter
                        guard let rest else { break }
                        table = rest
                        newPage()
                    } else if pages.last!.isEmpty {
                        throw RenderError("a table row is taller than a page")
                    } else {
                        newPage()
                    }
                }
                continue
            }
            let h = try block.render(canvas, x: Page.left, y: y, width: w, draw: false)
            var need = h
            if block.keepWithNext, let next = queue.first {
                if let t = next as? TableBlock {
                    need += block.spaceAfter + (try t.header(canvas, x: 0, y: 0, width: w, draw: false)) + 40
                } else if !(next is PageBreak) {
                    let nh = try next.render(canvas, x: Page.left, y: y, width: w, draw: false)
                    need += block.spaceAfter + min(nh, 260)
                }
            }
            if y + need > Page.bottom && !pages.last!.isEmpty { newPage() }
            pages[pages.count - 1].append(Placed(block: block, y: y))
            y += h + block.spaceAfter
        }
        if pages.last!.isEmpty && pages.count > 1 { pages.removeLast() }
        return pages
    }

    /// Draws every page; returns the bookmarks (title, page, y) met on the way.
    func draw(_ pages: [[Placed]], footer: String) throws -> [(title: String, page: Int, y: Double)] {
        var marks: [(String, Int, Double)] = []
        let footerStyle = TextStyle(size: 7.5, color: .grey)
        for (i, page) in pages.enumerated() {
            for p in page {
                if let o = p.block.outline { marks.append((o, i + 1, p.y)) }
                if let t = p.block.tag { canvas.tagBegin(t.name, t.attributes) }
                _ = try p.block.render(canvas, x: Page.left, y: p.y, width: Page.contentWidth, draw: true)
                if let t = p.block.tag { canvas.tagEnd(t.name) }
            }
            let fy = Page.height - 46
            canvas.line(Page.left, fy - 5, Page.width - Page.right, fy - 5, .rule, width: 0.5)
            let num = try canvas.layout("Page \(i + 1) of \(pages.count)", footerStyle.with { $0.align = .right })
            canvas.draw(num, x: Page.width - Page.right - num.width, y: fy)
            let text = try canvas.layout(footer, footerStyle, width: Page.contentWidth - num.width - 20, ellipsize: true, maxLines: 2)
            canvas.draw(text, x: Page.left, y: fy)
            try canvas.check()
            canvas.showPage()
        }
        return marks
    }
}

import CCairo
import Foundation

/// A drawing or font problem found while rendering (wrapped into a `PipelineError` at the top).
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// An RGB colour, components 0…1.
struct RGB: Hashable, Sendable {
    var r: Double, g: Double, b: Double
    init(_ r: Double, _ g: Double, _ b: Double) { self.r = r; self.g = g; self.b = b }
    init(hex: UInt32) {
        r = Double((hex >> 16) & 0xFF) / 255; g = Double((hex >> 8) & 0xFF) / 255; b = Double(hex & 0xFF) / 255
    }
    static let black = RGB(0, 0, 0)
    static let text = RGB(hex: 0x1A1A1A)
    static let grey = RGB(hex: 0x595959)
    static let lightGrey = RGB(hex: 0xE3E3E3)
    static let rule = RGB(hex: 0xBFBFBF)
    static let white = RGB(1, 1, 1)
    static let link = RGB(hex: 0x0B5394)
    static let accent = RGB(hex: 0x0072B2)
}

/// A PDF file being written. Owns the `cairo_surface_t`; `finish()` flushes and checks it.
final class PDFSurface {
    let raw: OpaquePointer
    private var finished = false

    init(path: String, width: Double, height: Double) throws {
        raw = cairo_pdf_surface_create(path, width, height)
        let status = cairo_surface_status(raw)
        if status != CAIRO_STATUS_SUCCESS {
            let message = String(cString: cairo_status_to_string(status))
            cairo_surface_destroy(raw)
            throw RenderError("cannot create PDF: \(message)")
        }
    }

    func setMetadata(_ key: cairo_pdf_metadata_t, _ value: String) {
        cairo_pdf_surface_set_metadata(raw, key, value)
    }

    /// Adds a bookmark pointing at (page, y); returns its id (usable as a parent).
    @discardableResult
    func addOutline(parent: Int32 = 0, title: String, page: Int, y: Double, open: Bool = false) -> Int32 {
        let link = "page=\(page) pos=[0 \(formatCoordinate(y))]"
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        return cairo_pdf_surface_add_outline(raw, parent, title, link, flags)
    }

    /// Writes the trailer and closes the file; throws if anything failed while writing.
    func finish() throws {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(raw)
        let status = cairo_surface_status(raw)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError("cannot write PDF: \(String(cString: cairo_status_to_string(status)))")
        }
    }

    deinit {
        if !finished { cairo_surface_finish(raw) }
        cairo_surface_destroy(raw)
    }
}

func formatCoordinate(_ v: Double) -> String {
    String(format: "%.2f", v)
}

/// Text appearance. Sizes below 7 pt are raised to 7 pt: nothing in the briefing is smaller.
struct TextStyle: Sendable {
    enum Align: Sendable { case left, center, right }
    var size: Double
    var bold = false
    var italic = false
    var color: RGB = .text
    var align: Align = .left
    var family = "DejaVu Sans"
    /// Extra space between lines, in points.
    var spacing: Double = 0

    init(size: Double, bold: Bool = false, italic: Bool = false, color: RGB = .text, align: Align = .left, spacing: Double = 0) {
        self.size = Swift.max(size, 7); self.bold = bold; self.italic = italic; self.color = color
        self.align = align; self.spacing = spacing
    }

    var fontDescription: String {
        "\(family)\(bold ? " Bold" : "")\(italic ? " Italic" : "") \(formatCoordinate(size))"
    }

    func with(_ change: (inout TextStyle) -> Void) -> TextStyle { var s = self; change(&s); return s }
}

/// A shaped, measured piece of text (a `PangoLayout`).
final class TextLayout {
    let raw: OpaquePointer
    let text: String
    let style: TextStyle

    fileprivate init(context: OpaquePointer, text: String, style: TextStyle, width: Double?, ellipsize: Bool, maxLines: Int = 1) throws {
        raw = pango_layout_new(context)
        self.text = text
        self.style = style
        let desc = pango_font_description_from_string(style.fontDescription)
        pango_layout_set_font_description(raw, desc)
        pango_font_description_free(desc)
        if let width {
            pango_layout_set_width(raw, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
            if ellipsize {
                pango_layout_set_ellipsize(raw, PANGO_ELLIPSIZE_END)
                if maxLines > 1 {
                    pango_layout_set_wrap(raw, PANGO_WRAP_WORD_CHAR)
                    pango_layout_set_height(raw, Int32(-maxLines))
                }
            } else {
                pango_layout_set_wrap(raw, PANGO_WRAP_WORD_CHAR)
            }
        }
        switch style.align {
        case .left: pango_layout_set_alignment(raw, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(raw, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(raw, PANGO_ALIGN_RIGHT)
        }
        if style.spacing > 0 { pango_layout_set_spacing(raw, Int32(style.spacing * Double(PANGO_SCALE))) }
        pango_layout_set_text(raw, text, -1)
        let unknown = pango_layout_get_unknown_glyphs_count(raw)
        if unknown > 0 {
            throw RenderError("no installed font can draw \(unknown) character(s) of the text “\(text)”")
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(raw)) }

    /// Logical extents in points.
    var logical: (x: Double, width: Double, height: Double) {
        var ink = PangoRectangle(), log = PangoRectangle()
        pango_layout_get_extents(raw, &ink, &log)
        let s = Double(PANGO_SCALE)
        return (Double(log.x) / s, Double(log.width) / s, Double(log.height) / s)
    }
    var width: Double { logical.width }
    var height: Double { logical.height }
    /// Distance from the top to the first line's baseline.
    var baseline: Double { Double(pango_layout_get_baseline(raw)) / Double(PANGO_SCALE) }
    var lineCount: Int { Int(pango_layout_get_line_count(raw)) }
}

/// A cairo context on a surface, with one shared Pango context at 72 dpi.
final class Canvas {
    let cr: OpaquePointer
    let pango: OpaquePointer

    init(surface: PDFSurface) throws {
        cr = cairo_create(surface.raw)
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS {
            cairo_destroy(cr)
            throw RenderError("cannot draw: \(String(cString: cairo_status_to_string(status)))")
        }
        pango = pango_cairo_create_context(cr)
        pango_cairo_context_set_resolution(pango, 72)
        // Unhinted metrics: measuring and drawing agree whatever the transform.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pango, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cr)
    }

    func check() throws {
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError("drawing failed: \(String(cString: cairo_status_to_string(status)))")
        }
    }

    // MARK: text

    func layout(_ text: String, _ style: TextStyle, width: Double? = nil, ellipsize: Bool = false, maxLines: Int = 1) throws -> TextLayout {
        try TextLayout(context: pango, text: text, style: style, width: width, ellipsize: ellipsize, maxLines: maxLines)
    }

    /// Draws a layout with its top-left corner at (x, y).
    func draw(_ layout: TextLayout, x: Double, y: Double) {
        setColor(layout.style.color)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout.raw)
        cairo_new_path(cr)
    }

    /// Lays out and draws text; returns its height.
    @discardableResult
    func text(_ text: String, _ style: TextStyle, x: Double, y: Double, width: Double? = nil, ellipsize: Bool = false) throws -> Double {
        let l = try layout(text, style, width: width, ellipsize: ellipsize)
        draw(l, x: x, y: y)
        return l.height
    }

    // MARK: shapes

    func setColor(_ c: RGB) { cairo_set_source_rgb(cr, c.r, c.g, c.b) }

    func fillRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ c: RGB) {
        setColor(c)
        cairo_rectangle(cr, x, y, w, h)
        cairo_fill(cr)
    }

    func strokeRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ c: RGB, width: Double = 1) {
        setColor(c)
        cairo_set_line_width(cr, width)
        cairo_rectangle(cr, x, y, w, h)
        cairo_stroke(cr)
    }

    func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ c: RGB, width: Double = 0.5, dash: [Double] = []) {
        setColor(c)
        cairo_set_line_width(cr, width)
        setDash(dash)
        cairo_move_to(cr, x1, y1)
        cairo_line_to(cr, x2, y2)
        cairo_stroke(cr)
        setDash([])
    }

    func setDash(_ dash: [Double]) {
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32(dash.count), 0) }
    }

    /// Diagonal hatching inside a rectangle (derived bars).
    func hatch(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ c: RGB, spacing: Double = 3.5) {
        guard w > 0, h > 0 else { return }
        cairo_save(cr)
        cairo_rectangle(cr, x, y, w, h)
        cairo_clip(cr)
        setColor(c)
        cairo_set_line_width(cr, 0.8)
        var d = -h
        while d < w {
            cairo_move_to(cr, x + d, y + h)
            cairo_line_to(cr, x + d + h, y)
            d += spacing
        }
        cairo_stroke(cr)
        cairo_restore(cr)
    }

    enum Marker: Int { case circle, square, triangle, diamond }

    func marker(_ kind: Marker, x: Double, y: Double, r: Double, _ c: RGB, hollow: Bool) {
        cairo_new_path(cr)
        switch kind {
        case .circle:
            cairo_arc(cr, x, y, r, 0, 2 * .pi)
            cairo_close_path(cr)
        case .square:
            cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8)
        case .triangle:
            cairo_move_to(cr, x, y - r * 1.15)
            cairo_line_to(cr, x + r * 1.1, y + r * 0.8)
            cairo_line_to(cr, x - r * 1.1, y + r * 0.8)
            cairo_close_path(cr)
        case .diamond:
            cairo_move_to(cr, x, y - r * 1.25)
            cairo_line_to(cr, x + r * 1.1, y)
            cairo_line_to(cr, x, y + r * 1.25)
            cairo_line_to(cr, x - r * 1.1, y)
            cairo_close_path(cr)
        }
        if hollow {
            setColor(.white)
            cairo_fill_preserve(cr)
            setColor(c)
            cairo_set_line_width(cr, 1.2)
            cairo_stroke(cr)
        } else {
            setColor(c)
            cairo_fill(cr)
        }
    }

    /// A polyline through points.
    func polyline(_ pts: [(Double, Double)], _ c: RGB, width: Double, dash: [Double] = []) {
        guard pts.count > 1 else { return }
        setColor(c)
        cairo_set_line_width(cr, width)
        setDash(dash)
        cairo_move_to(cr, pts[0].0, pts[0].1)
        for p in pts.dropFirst() { cairo_line_to(cr, p.0, p.1) }
        cairo_stroke(cr)
        setDash([])
    }

    // MARK: structure

    func tagBegin(_ name: String, _ attributes: String = "") { cairo_tag_begin(cr, name, attributes) }
    func tagEnd(_ name: String) { cairo_tag_end(cr, name) }

    func showPage() { cairo_show_page(cr) }
}

/// Quotes a string for a cairo tag attribute (`uri='…'`).
func cairoAttributeString(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
}

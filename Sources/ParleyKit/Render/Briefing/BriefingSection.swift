/// One section of a briefing as plain content (paragraphs, tables, lists), which the HTML and
/// Markdown renderers both lay out, so a model's or an analysis's section is written once.
///
///     BriefingSection(heading: "Deal spaces", blocks: [
///         .paragraph("Where both sides would sign."),
///         .table([.text("issue"), .number("Nash point")], [.init(["ceasefire", "55.6"])]),
///     ])
///
/// Text is plain: the renderers escape it. Add a section with a `Briefing` extension of its own
/// that builds it from the ``BriefingInput`` and one line in ``Briefing/sectionBuilders``.
public struct BriefingSection: Sendable {
    /// Where a column or block shows: a drawing has no Markdown form, and a figure the HTML
    /// draws may need its number spelled out in Markdown instead.
    public enum Medium: Sendable { case html, markdown }

    public struct Column: Sendable {
        public var title: String
        /// Right-aligned figures.
        public var isNumber: Bool
        /// Cells are markup (an inline drawing, already escaped), shown in HTML only.
        public var isDrawing: Bool = false
        /// Nil for both media.
        public var onlyIn: Medium?

        public static func text(_ title: String) -> Column { Column(title: title, isNumber: false) }
        public static func number(_ title: String, in medium: Medium? = nil) -> Column {
            Column(title: title, isNumber: true, onlyIn: medium)
        }
        /// A column of drawings (SVG or styled markup, escaped by whoever drew it).
        public static func drawing(_ title: String) -> Column { Column(title: title, isNumber: false, isDrawing: true, onlyIn: .html) }
    }

    public struct Row: Sendable {
        public var cells: [String]
        /// Shown highlighted: a row that changed, or where futures part.
        public var isMarked: Bool
        public init(_ cells: [String], marked: Bool = false) {
            self.cells = cells
            isMarked = marked
        }
    }

    /// How prominent a paragraph or list is: small print is set smaller in HTML and as is in Markdown.
    public enum Print: Sendable { case regular, small }

    public indirect enum Block: Sendable {
        case paragraph(String, Print = .regular)
        /// A legend under the paragraph or table before it: small in HTML, italic in Markdown.
        case aside(String)
        case subheading(BriefingPhrase)
        case list([String], Print = .regular)
        case table([Column], [Row])
        /// A drawn figure (SVG markup, already escaped) with its caption; Markdown gives the caption only.
        case figure(svg: String, caption: String)
        /// Lines to type at the prompt, under a caption, set as code.
        case commands(caption: String, lines: [String])
        /// Blocks a printed page keeps together.
        case together([Block])
        /// Blocks for one medium only: words about a drawing the other cannot show.
        case only(Medium, [Block])
    }

    public var heading: String
    /// The blocks a printed page keeps with the heading (an introduction, a first chart).
    public var lead: [Block]
    public var blocks: [Block]

    public init(heading: String, lead: [Block] = [], blocks: [Block]) {
        self.heading = heading
        self.lead = lead
        self.blocks = blocks
    }
}

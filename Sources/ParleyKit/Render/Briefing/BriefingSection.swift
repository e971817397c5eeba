/// One section of a briefing as plain content (paragraphs, tables, lists), which the HTML and
/// Markdown renderers both lay out, so a new model's section is written once.
///
///     BriefingSection(heading: "Deal spaces", blocks: [
///         .paragraph("Where both sides would sign."),
///         .table([.text("issue"), .number("Nash point")], [.init(["ceasefire", "55.6"])]),
///     ])
///
/// Text is plain: the renderers escape it. Add a section with a `Briefing` extension of its own
/// that builds it from the ``BriefingInput`` and one line in ``Briefing/sectionBuilders``.
public struct BriefingSection: Sendable {
    public struct Column: Sendable {
        public var title: String
        /// Right-aligned figures.
        public var isNumber: Bool
        public static func text(_ title: String) -> Column { Column(title: title, isNumber: false) }
        public static func number(_ title: String) -> Column { Column(title: title, isNumber: true) }
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

    public enum Block: Sendable {
        case paragraph(String)
        /// A smaller line under the paragraph before it: a legend, how a figure was made.
        case aside(String)
        case subheading(String)
        case list([String])
        case table([Column], [Row])
        /// A drawn figure (SVG markup, already escaped) with its caption; Markdown gives the caption only.
        case figure(svg: String, caption: String)
    }

    public var heading: String
    public var blocks: [Block]

    public init(heading: String, blocks: [Block]) {
        self.heading = heading
        self.blocks = blocks
    }
}

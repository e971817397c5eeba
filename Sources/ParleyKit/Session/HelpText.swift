import Foundation

/// The text `help` prints: the command list, or one command's usage, discussion and examples.
///
///     HelpText.detail(CommandCatalog.standard.command(named: "apply")!)
enum HelpText {
    static func overview(_ catalog: CommandCatalog) -> String {
        // Summaries start in one column; a usage too long for it gets its summary below, so
        // the list stays inside 80 columns.
        let width = 22
        var text = "Commands:\n"
        for spec in catalog.commands {
            if spec.usage.count > width {
                text += "  " + spec.usage + "\n" + String(repeating: " ", count: width + 4) + spec.summary + "\n"
            } else {
                text += "  " + spec.usage.padding(toLength: width, withPad: " ", startingAt: 0)
                text += "  " + spec.summary + "\n"
            }
        }
        text += "\nType 'help CMD' for details and examples. Lines starting with # are comments.\n"
        return text
    }

    static func detail(_ spec: CommandSpec) -> String {
        var text = "usage: \(spec.usage)\n\n\(spec.summary.prefix(1).uppercased() + spec.summary.dropFirst()).\n"
        if !spec.discussion.isEmpty {
            text += "\n" + wrap(spec.discussion, width: 76) + "\n"
        }
        if !spec.aliases.isEmpty {
            text += "\nAlso: " + spec.aliases.joined(separator: ", ") + "\n"
        }
        text += "\nExample" + (spec.examples.count == 1 ? "" : "s") + ":\n"
        for example in spec.examples {
            text += "  \(example)\n"
        }
        return text
    }

    /// Wraps prose at word boundaries; paragraphs are kept apart.
    static func wrap(_ text: String, width: Int) -> String {
        text.components(separatedBy: "\n").map { paragraph in
            var lines: [String] = []
            var current = ""
            for word in paragraph.split(separator: " ") {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

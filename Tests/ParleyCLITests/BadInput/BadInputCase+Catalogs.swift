/// Broken event catalogs: the bundled seeds with `events.yaml` changed.
extension BadInputCase {
    static let catalog = "s/events.yaml"

    static let catalogs: [BadInputCase] = [
        // Empty, missing, folder-shaped and unreadable files
        seedCase("catalog: missing", change: { try $0.delete(catalog) }, stderr: #"""
            error: missing event catalog 's/events.yaml'
            """#),
        seedCase("catalog: empty", change: { try $0.write(catalog, "") }, stderr: #"""
            s/events.yaml:1:1: error: the file is empty

            ^
            """#),
        seedCase("catalog: a folder in its place", change: { try $0.replaceWithFolder(catalog) }, stderr: #"""
            error: 's/events.yaml' is a directory, not a file
            """#),
        seedCase("catalog: unreadable", change: { try $0.unreadable(catalog) }, stderr: #"""
            error: cannot read 's/events.yaml': input/output error
            """#),

        // Bytes and quotes
        seedCase("catalog: invalid UTF-8", change: {
            try $0.write(catalog, bytes: bytes("types:\n  - id: caf") + [0xE9] + bytes("\n"))
        }, stderr: #"""
            s/events.yaml:2:12: error: invalid UTF-8 byte 0xE9
              - id: caf�
                       ^
            """#),
        seedCase("catalog: an unknown actor in a role rule", change: {
            try $0.edit(catalog, "only: [RU, UA], of: between, why: a truce", "only: [RU, UX], of: between, why: a truce")
        }, stderr: #"""
            s/events.yaml:467:21: error: unknown actor 'UX' in 'only'; did you mean 'UA'?
                  - {only: [RU, UX], of: between, why: a truce pauses fighting between the sides that fight}
                                ^~
            """#),
        seedCase("catalog: an unknown issue a parameter may name", change: {
            try $0.edit(catalog, "among: [ceasefire, humanitarian]", "among: [ceasefire, humanitarain]")
        }, stderr: #"""
            s/events.yaml:462:75: error: unknown issue 'humanitarain'; did you mean 'humanitarian'?
            … {name: issue, type: issue, default: ceasefire, among: [ceasefire, humanitarain], summary: the issue the truce bears on}
                                                                                ^~~~~~~~~~~~
            """#),
        seedCase("catalog: a NUL byte", change: {
            try $0.edit(catalog, "description: New economic", "description: New\0economic")
        }, stderr: #"""
            s/events.yaml:53:21: error: invalid YAML: control characters are not allowed
                description: New␀economic sanctions imposed on a target by one or more actors.
                                ^
            """#),
        seedCase("catalog: an unterminated quote", change: {
            try $0.edit(catalog, "cameo: \"163\"", "cameo: \"163")
        }, stderr: #"""
            s/events.yaml:59:79: error: invalid YAML: did not find expected key
            …   - {name: severity, type: number, default: 0.5, range: [0, 1], summary: "0 symbolic, 1 sweeping (energy and banking)"}
                                                                                        ^
            """#),
        seedCase("catalog: a 1 MB formula", change: {
            try $0.edit(catalog, "scale: \"1 - 0.06 * severity\"",
                        "scale: \"1" + String(repeating: " + 0", count: megabyte / 4) + "\"")
        }, stderr: #"""
            s/events.yaml:66:17: error: formula is 1048577 characters long; the limit is 1000
                    scale: "1 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + …
                            ^
            """#),
        seedCase("catalog: a formula nested 40 deep", change: {
            try $0.edit(catalog, "scale: \"1 - 0.06 * severity\"",
                        "scale: \"" + String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40) + "\"")
        }, stderr: #"""
            s/events.yaml:66:49: error: formula nests more than 32 deep
                    scale: "((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))"
                                                            ^
            """#),

        // Duplicate ids, unknown names
        seedCase("catalog: an event type id twice", change: {
            try $0.edit(catalog, "  - id: ease-sanctions", "  - id: sanctions")
        }, stderr: #"""
            s/events.yaml:119:5: error: duplicate event type name 'sanctions' (first at s/events.yaml:51:5)
              - id: sanctions
                ^
            """#),
        seedCase("catalog: an unknown actor as a default", change: {
            try $0.edit(catalog, "type: actor, default: RU, summary: who is sanctioned", "type: actor, default: XX, summary: who is sanctioned")
        }, stderr: #"""
            s/events.yaml:58:46: error: unknown actor 'XX'
                  - {name: target, type: actor, default: XX, summary: who is sanctioned}
                                                         ^~
            """#),
        seedCase("catalog: an unknown parameter type", change: {
            try $0.edit(catalog, "{name: severity, type: number", "{name: severity, type: colour")
        }, stderr: #"""
            s/events.yaml:59:32: error: unknown parameter type 'colour' (one of actor, actors, issue, issues, number, event, days)
                  - {name: severity, type: colour, default: 0.5, range: [0, 1], summary: "0 symbolic, 1 sweeping (energy and banking…
                                           ^~~~~~
            """#),
        seedCase("catalog: an unknown name in a formula", change: {
            try $0.edit(catalog, "scale: \"1 - 0.06 * severity\"", "scale: \"1 - 0.06 * sevrity\"")
        }, stderr: #"""
            s/events.yaml:66:28: error: unknown name 'sevrity' in formula; did you mean 'severity'?
                    scale: "1 - 0.06 * sevrity"
                                       ^~~~~~~
            """#),
        seedCase("catalog: an unclosed bracket in a formula", change: {
            try $0.edit(catalog, "scale: \"1 - 0.06 * severity\"", "scale: \"1 - (0.06 * severity\"")
        }, stderr: #"""
            s/events.yaml:66:37: error: missing ')'
                    scale: "1 - (0.06 * severity"
                                                ^
            """#),
        seedCase("catalog: an unknown key", change: {
            try $0.edit(catalog, "    goldstein: -8.0\n", "    goldstein: -8.0\n    colour: red\n")
        }, stderr: #"""
            s/events.yaml:56:5: error: unknown key 'colour' in an event type
                colour: red
                ^~~~~~
            """#),
        seedCase("catalog: a schedule of an unknown event type", change: {
            try $0.edit(catalog, "event: halt-talks", "event: halt-talk")
        }, stderr: #"""
            s/events.yaml:484:16: error: 'truce' schedules an unknown event type 'halt-talk'; did you mean 'halt-talks'?
                    event: halt-talk
                           ^~~~~~~~~
            """#),

        // Out-of-range values and wrong types
        seedCase("catalog: a Goldstein value of -80", change: {
            try $0.edit(catalog, "goldstein: -8.0", "goldstein: -80")
        }, stderr: #"""
            s/events.yaml:55:16: error: Goldstein value -80 is outside -10…10
                goldstein: -80
                           ^~~
            """#),
        seedCase("catalog: a word for a Goldstein value", change: {
            try $0.edit(catalog, "goldstein: -8.0", "goldstein: lots")
        }, stderr: #"""
            s/events.yaml:55:16: error: expected a number for 'Goldstein value', found 'lots'
                goldstein: lots
                           ^~~~
            """#),
        seedCase("catalog: a CAMEO code with a letter", change: {
            try $0.edit(catalog, "cameo: \"163\"", "cameo: \"16a\"")
        }, stderr: #"""
            s/events.yaml:54:12: error: CAMEO code must be 2 to 4 digits, written in quotes (e.g. "0841")
                cameo: "16a"
                       ^~~~~
            """#),
        seedCase("catalog: a word for a range", change: {
            try $0.edit(catalog, "default: 0.5, range: [0, 1]", "default: 0.5, range: wide")
        }, stderr: #"""
            s/events.yaml:59:61: error: a range is written [LOW, HIGH]
                  - {name: severity, type: number, default: 0.5, range: wide, summary: "0 symbolic, 1 sweeping (energy and banking)"…
                                                                        ^~~~
            """#),
        seedCase("catalog: at the prompt, a Goldstein value of -80", [], stdin: bytes("load s\n"), change: {
            try $0.edit(catalog, "goldstein: -8.0", "goldstein: -80")
        }, stderr: #"""
            s/events.yaml:55:16: error: Goldstein value -80 is outside -10…10
                goldstein: -80
                           ^~~
            """#),
    ]
}

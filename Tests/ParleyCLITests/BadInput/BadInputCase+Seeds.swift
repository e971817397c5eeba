/// Broken seed folders: a copy of the bundled `seeds/` with one thing wrong, loaded at start-up
/// with `--seeds s` (or with `load s` at the prompt).
extension BadInputCase {
    static let atStart = ["--seeds", "s", "-c", "show"]
    static let snapshot = "s/snapshots/2025-03-19.yaml"

    /// A case on a copy of the seeds at `s`, changed by `change`.
    static func seedCase(_ name: String, _ arguments: [String] = atStart, stdin: [UInt8] = [],
                         change: @escaping @Sendable (Scratch) throws -> Void, stderr: String) -> BadInputCase {
        BadInputCase(name, arguments, stdin: stdin, prepare: { scratch in
            try scratch.seeds()
            try change(scratch)
        }, stderr: stderr)
    }

    static let seeds: [BadInputCase] = [
        // Duplicate ids and names
        seedCase("seeds: an actor id twice", change: {
            try $0.appendCopy("s/actors.yaml", from: "  - id: TR\n", to: "  - id: E3\n")
        }, stderr: #"""
            s/actors.yaml:42:9: error: duplicate actor id 'TR' (first defined at s/actors.yaml:32:9)
              - id: TR
                    ^~
            """#),
        seedCase("seeds: an alias already used by another actor", change: {
            try $0.edit("s/actors.yaml", "aliases: [ukraine, kyiv, kiev]", "aliases: [ukraine, kyiv, moscow]")
        }, stderr: #"""
            s/actors.yaml:19:30: error: name 'moscow' is already used by actor RU at s/actors.yaml:14:23
                aliases: [ukraine, kyiv, moscow]
                                         ^~~~~~
            """#),
        seedCase("seeds: a timeline event id twice", change: {
            try $0.edit("s/timeline.yaml", "id: us-russia-istanbul", "id: us-russia-riyadh")
        }, stderr: #"""
            s/timeline.yaml:26:9: error: duplicate event id 'us-russia-riyadh' (first defined at s/timeline.yaml:13:9)
              - id: us-russia-riyadh
                    ^~~~~~~~~~~~~~~~
            """#),
        seedCase("seeds: at the prompt, an actor id twice", [], stdin: bytes("load s\n"), change: {
            try $0.appendCopy("s/actors.yaml", from: "  - id: TR\n", to: "  - id: E3\n")
        }, stderr: #"""
            s/actors.yaml:42:9: error: duplicate actor id 'TR' (first defined at s/actors.yaml:32:9)
              - id: TR
                    ^~
            """#),

        // Dates that do not exist
        seedCase("seeds: a snapshot dated 30 February", change: {
            try $0.edit(snapshot, "date: 2025-03-19", "date: 2025-02-30")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:6:7: error: no such date '2025-02-30' for 'date'
            date: 2025-02-30
                  ^~~~~~~~~~
            """#),
        seedCase("seeds: a timeline event on 29 February 2025", change: {
            try $0.edit("s/timeline.yaml", "date: 2025-02-27", "date: 2025-02-29")
        }, stderr: #"""
            s/timeline.yaml:27:11: error: no such date '2025-02-29' for 'date'
                date: 2025-02-29
                      ^~~~~~~~~~
            """#),

        // Unknown names
        seedCase("seeds: an unknown actor in a snapshot", change: {
            try $0.edit(snapshot, "\n  RU:\n", "\n  XX:\n")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:9:3: error: unknown actor 'XX'
              XX:
              ^~
            s/snapshots/2025-03-19.yaml:9:3: error: snapshot 2025-03-19 has no capability for RU
              XX:
              ^
            """#),
        seedCase("seeds: an unknown issue in a snapshot", change: {
            try $0.edit(snapshot, "\n    territory:\n", "\n    teritory:\n")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:75:5: error: unknown issue 'teritory'; did you mean 'territory'?
                teritory:
                ^~~~~~~~
            s/snapshots/2025-03-19.yaml:52:3: error: snapshot 2025-03-19 has no stance for RU on territory
              RU:
              ^~
            """#),
        seedCase("seeds: an unknown actor in the timeline", change: {
            try $0.edit("s/timeline.yaml", "actors: [US, RU]", "actors: [US, XX]")
        }, stderr: #"""
            s/timeline.yaml:16:18: error: unknown actor 'XX'
                actors: [US, XX]
                             ^~
            """#),
        seedCase("seeds: a citation of an unlisted document", change: {
            try $0.edit("s/snapshots/2025-03-19.yaml", "doc: 004_67b6710205e13c3d.txt", "doc: 999_unlisted.txt")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:12:12: error: unknown document '999_unlisted.txt' (not listed in sources.yaml)
                  doc: 999_unlisted.txt
                       ^~~~~~~~~~~~~~~~
            """#),
        seedCase("seeds: an unknown key", change: {
            try $0.edit("s/actors.yaml", "    role: belligerent", "    roll: belligerent")
        }, stderr: #"""
            s/actors.yaml:15:5: error: unknown key 'roll' in actor; did you mean 'role'?
                roll: belligerent; negotiates in Istanbul through Medinsky's delegation
                ^~~~
            s/actors.yaml:12:5: error: missing required key 'role' in actor
              - id: RU
                ^
            """#),

        // Out-of-range values and wrong types
        seedCase("seeds: a salience of 1.7", change: {
            try $0.edit(snapshot, "value: 0.12", "value: 1.7")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:376:16: error: salience 1.7 is outside 0–1
                    value: 1.7
                           ^~~
            """#),
        seedCase("seeds: a position of 188", change: {
            try $0.edit(snapshot, "value: 85", "value: 188")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:10:12: error: capability 188 is outside 0–100
                value: 188
                       ^~~
            """#),
        seedCase("seeds: a quote of more than 30 words", change: {
            try $0.edit("s/snapshots/2025-03-19.yaml", "quote: \"Unlike Ukraine,", "quote: \"" + String(repeating: "and so on ", count: 11) + "Unlike Ukraine,")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:13:14: error: quote has 52 words; at most 30 are allowed
                  quote: "and so on and so on and so on and so on and so on and so on and so on and so on and so on and so on and so…
                         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            """#),
        seedCase("seeds: a word for a salience", change: {
            try $0.edit(snapshot, "value: 0.12", "value: high")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:376:16: error: expected a number for 'value', found 'high'
                    value: high
                           ^~~~
            """#),
        seedCase("seeds: a mapping for aliases", change: {
            try $0.edit("s/actors.yaml", "aliases: [russia, moscow, kremlin]", "aliases: {russia: moscow}")
        }, stderr: #"""
            s/actors.yaml:14:14: error: expected a list for 'aliases', found a mapping
                aliases: {russia: moscow}
                         ^
            """#),
        seedCase("seeds: a list for a date", change: {
            try $0.edit(snapshot, "date: 2025-03-19", "date: [2025, 3, 19]")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:6:7: error: expected a date YYYY-MM-DD for 'date', found a list
            date: [2025, 3, 19]
                  ^
            """#),
        seedCase("seeds: a missing required key", change: {
            try $0.edit("s/actors.yaml", "    name: Russia\n", "")
        }, stderr: #"""
            s/actors.yaml:12:5: error: missing required key 'name' in actor
              - id: RU
                ^
            """#),

        // Quotes, long lines, NUL bytes, invalid UTF-8
        seedCase("seeds: an unterminated quote", change: {
            try $0.edit("s/snapshots/2025-03-19.yaml", "its own interests.\"", "its own interests.")
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:14:17: error: invalid YAML: did not find expected key
                  speaker: "the author"
                            ^
            """#),
        seedCase("seeds: a 1 MB number", change: {
            try $0.edit(snapshot, "value: 0.12", "value: " + String(repeating: "1", count: megabyte))
        }, stderr: #"""
            s/snapshots/2025-03-19.yaml:376:16: error: expected a number for 'value', found '111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111…11111111111111111111111111111111111111111111111111111111111'
                    value: 111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111…
                           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            """#),
        seedCase("seeds: a NUL byte", change: {
            try $0.edit("s/sources.yaml", "title: New turning point", "title: New\0turning point")
        }, stderr: #"""
            s/sources.yaml:14:11: error: invalid YAML: control characters are not allowed
                title: New␀turning point for the Russia-Ukraine conflict
                      ^
            """#),
        seedCase("seeds: invalid UTF-8", change: {
            try $0.insert([0xFF], after: "author: Hung ", in: "s/sources.yaml")
        }, stderr: #"""
            s/sources.yaml:15:18: error: invalid UTF-8 byte 0xFF
                author: Hung �Anh
                             ^
            """#),

        // Empty, missing, folder-shaped and unreadable files
        seedCase("seeds: a missing file", change: { try $0.delete("s/issues.yaml") }, stderr: #"""
            error: missing seed file 's/issues.yaml'
            """#),
        seedCase("seeds: an empty file", change: { try $0.write("s/issues.yaml", "") }, stderr: #"""
            s/issues.yaml:1:1: error: the file is empty

            ^
            """#),
        seedCase("seeds: a folder in place of actors.yaml", change: { try $0.replaceWithFolder("s/actors.yaml") }, stderr: #"""
            error: 's/actors.yaml' is a directory, not a file
            """#),
        seedCase("seeds: an unreadable file", change: { try $0.unreadable("s/timeline.yaml") }, stderr: #"""
            error: cannot read 's/timeline.yaml': input/output error
            """#),
        BadInputCase(
            "seeds: no such folder", ["--seeds", "nowhere", "-c", "show"],
            stderr: #"""
                error: seed folder 'nowhere' not found
                """#),
        BadInputCase(
            "seeds: a file given as the folder", ["--seeds", "notes.txt", "-c", "show"],
            prepare: { try $0.write("notes.txt", "not seeds\n") },
            stderr: #"""
                error: 'notes.txt' is not a folder
                """#),
    ]
}

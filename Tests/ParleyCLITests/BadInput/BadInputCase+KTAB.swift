/// Broken KTAB CSV scenarios for `parley ktab FILE.csv`.
extension BadInputCase {
    /// A valid three-actor, two-dimension scenario; each case changes one thing in it.
    static let ktabLines = [
        "Demo,a small scenario,3,2",
        "Actor,Description,Power,D0 Position,D0 Salience,D1 Position,D1 Salience",
        "a,first,10,50,40,20,40",
        "b,second,20,20,40,70,40",
        "c,third,30,80,40,50,40",
    ]

    /// A case running `parley ktab k.csv` on the lines, with `line` (1-based) replaced by `text`.
    static func ktabCase(_ name: String, line: Int? = nil, _ text: String = "", stderr: String) -> BadInputCase {
        var lines = ktabLines
        if let line { lines[line - 1] = text }
        let csv = lines.joined(separator: "\n") + "\n"
        return BadInputCase(name, ["ktab", "k.csv"], prepare: { try $0.write("k.csv", csv) }, stderr: stderr)
    }

    static let ktab: [BadInputCase] = [
        // Empty, missing, folder-shaped and unreadable files
        BadInputCase("ktab: an empty file", ["ktab", "k.csv"], prepare: { try $0.write("k.csv", "") }, stderr: #"""
            k.csv:1:1: error: empty file: expected a KTAB scenario line 'name, description, actors, dimensions'

            ^
            """#),
        BadInputCase("ktab: no such file", ["ktab", "nowhere.csv"], stderr: #"""
            error: no such file 'nowhere.csv'
            """#),
        BadInputCase("ktab: a folder", ["ktab", "folder"], prepare: { try $0.folder("folder") }, stderr: #"""
            error: 'folder' is a directory, not a file
            """#),
        BadInputCase("ktab: an unreadable file", ["ktab", "k.csv"], prepare: { try $0.unreadable("k.csv") }, stderr: #"""
            error: cannot read 'k.csv': input/output error
            """#),
        BadInputCase("ktab: no file named", ["ktab"], stderr: #"""
            Error: Missing expected argument '<file>'

            OVERVIEW: Run a KTAB CSV scenario to convergence and print
            turn,actor,dim,position.

            Positions are on the 0–100 scale with 4 decimals, one row per actor and
            dimension for every turn from 0, so the output can be compared line by line
            with KTAB's smpc.

            USAGE: ktab <file>

            ARGUMENTS:
              <file>                  A scenario in KTAB's CSV format.

            OPTIONS:
              -h, --help              Show help information.

            """#, status: 64),

        // Bytes, quotes and long lines
        BadInputCase("ktab: invalid UTF-8", ["ktab", "k.csv"], prepare: {
            try $0.write("k.csv", bytes: bytes(ktabLines[0...1].joined(separator: "\n") + "\na") + [0xE9] + bytes(",first,10,50,40,20,40\n"))
        }, stderr: #"""
            k.csv:3:2: error: invalid UTF-8 byte 0xE9
            a�,first,10,50,40,20,40
             ^
            """#),
        ktabCase("ktab: a NUL byte in a name", line: 4, "b\0,second,20,20,40,70,40", stderr: #"""
            k.csv:4:2: error: unexpected control character U+0000
            b␀,second,20,20,40,70,40
             ^
            """#),
        ktabCase("ktab: an unterminated quote", line: 3, "\"a,first,10,50,40,20,40", stderr: #"""
            k.csv:3:1: error: unterminated quoted field
            "a,first,10,50,40,20,40
            ^~~~~~~~~~~~~~~~~~~~~~~
            """#),
        ktabCase("ktab: a 1 MB number", line: 3, "a,first," + String(repeating: "1", count: megabyte) + ",50,40,20,40", stderr: #"""
            k.csv:3:9: error: capability must be a number, found '11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111…11111111111111111111111111111111111111111111111111111111111'
            a,first,1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111…
                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            """#),

        // Wrong types and out-of-range values
        ktabCase("ktab: a word for a capability", line: 4, "b,second,twenty,20,40,70,40", stderr: #"""
            k.csv:4:10: error: capability must be a number, found 'twenty'
            b,second,twenty,20,40,70,40
                     ^~~~~~
            """#),
        ktabCase("ktab: a position of 180", line: 5, "c,third,30,180,40,50,40", stderr: #"""
            k.csv:5:12: error: position 180 is outside 0–100
            c,third,30,180,40,50,40
                       ^~~
            """#),
        ktabCase("ktab: saliences summing past 100", line: 3, "a,first,10,50,60,20,60", stderr: #"""
            k.csv:3:15: error: saliences sum to 120, more than 100
            a,first,10,50,60,20,60
                          ^~~~~~~~
            """#),
        ktabCase("ktab: a capability of 0", line: 3, "a,first,0,50,40,20,40", stderr: #"""
            k.csv:3:9: error: capability must be greater than 0 and at most 1e12, found '0'
            a,first,0,50,40,20,40
                    ^
            """#),
        ktabCase("ktab: two actors", line: 1, "Demo,a small scenario,2,2", stderr: #"""
            k.csv:1:23: error: number of actors must be a whole number from 3 to 250, found '2'
            Demo,a small scenario,2,2
                                  ^
            """#),
        ktabCase("ktab: a dimension count that overflows", line: 1, "Demo,a small scenario,3,9223372036854775807", stderr: #"""
            k.csv:1:25: error: number of dimensions must be a whole number from 1 to 1000, found '9223372036854775807'
            Demo,a small scenario,3,9223372036854775807
                                    ^~~~~~~~~~~~~~~~~~~
            """#),
        ktabCase("ktab: a word for the dimension count", line: 1, "Demo,a small scenario,3,two", stderr: #"""
            k.csv:1:25: error: number of dimensions must be a whole number from 1 to 1000, found 'two'
            Demo,a small scenario,3,two
                                    ^~~
            """#),

        // Shape: fields, rows, names
        ktabCase("ktab: too few fields", line: 4, "b,second,20,20,40,70", stderr: #"""
            k.csv:4:21: error: expected 3 + 2×2 = 7 fields (name, description, capability, then position and salience for each dimension), found 6
            b,second,20,20,40,70
                                ^
            """#),
        ktabCase("ktab: an actor name twice", line: 4, "a,second,20,20,40,70,40", stderr: #"""
            k.csv:4:1: error: duplicate actor name 'a' (first on line 3)
            a,second,20,20,40,70,40
            ^
            """#),
        ktabCase("ktab: fewer rows than declared", line: 1, "Demo,a small scenario,4,2", stderr: #"""
            k.csv:1:23: error: line 1 declares 4 actors but the file has 3 actor rows
            Demo,a small scenario,4,2
                                  ^
            """#),
        BadInputCase("ktab: more rows than declared", ["ktab", "k.csv"], prepare: {
            try $0.write("k.csv", (ktabLines + ["d,fourth,40,10,40,10,40"]).joined(separator: "\n") + "\n")
        }, stderr: #"""
            k.csv:6:1: error: more actor rows than the 3 declared on line 1
            d,fourth,40,10,40,10,40
            ^
            """#),
        BadInputCase("ktab: no header row", ["ktab", "k.csv"], prepare: { try $0.write("k.csv", ktabLines[0] + "\n") }, stderr: #"""
            k.csv:2:1: error: missing header row after line 1

            ^
            """#),
    ]
}

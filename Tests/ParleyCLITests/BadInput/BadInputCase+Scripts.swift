/// Bad scripts, piped lines and `-c` commands.
extension BadInputCase {
    static let megabyte = 1 << 20

    static var scripts: [BadInputCase] { scriptNames + scriptTypes + scriptRanges + scriptBytes + scriptFiles + scriptRuns + scriptDuplicatesAndDates }

    // MARK: Unknown names

    static let scriptNames: [BadInputCase] = [
        BadInputCase(
            "script: unknown command, on line 2 of a file", ["bad.parley"],
            prepare: { try $0.write("bad.parley", "help quit\nhlep\n") },
            stderr: #"""
                bad.parley:2:1: error: unknown command 'hlep'; did you mean 'help'?
                hlep
                ^~~~
                """#),
        BadInputCase(
            "stdin: unknown actor", [], stdin: bytes("apply sanctions target=russa\n"),
            stderr: #"""
                <stdin>:1:17: error: unknown actor 'russa'; did you mean 'russia'?
                apply sanctions target=russa
                                ^~~~~~~~~~~~
                """#),
        BadInputCase(
            "-c: unknown issue", ["-c", "explain RU peace"],
            stderr: #"""
                <command-line>:1:12: error: unknown issue 'peace'
                explain RU peace
                           ^~~~~
                """#),
        BadInputCase(
            "stdin: unknown event type", [], stdin: bytes("apply sanctoins\n"),
            stderr: #"""
                <stdin>:1:7: error: unknown event type 'sanctoins'; did you mean 'sanctions'?
                apply sanctoins
                      ^~~~~~~~~
                """#),
        BadInputCase(
            "script: unknown event parameter", ["bad.parley"],
            prepare: { try $0.write("bad.parley", "apply sanctions severty=0.5\n") },
            stderr: #"""
                bad.parley:1:17: error: 'sanctions' has no parameter 'severty'; did you mean 'severity'?
                apply sanctions severty=0.5
                                ^~~~~~~~~~~
                """#),
        BadInputCase(
            "-c: unknown branch", ["-c", "switch nowhere"],
            stderr: #"""
                <command-line>:1:8: error: no branch named 'nowhere'
                switch nowhere
                       ^~~~~~~
                """#),
        BadInputCase(
            "stdin: unknown option", [], stdin: bytes("set sede 42\n"),
            stderr: #"""
                <stdin>:1:5: error: unknown option 'sede'; did you mean 'seed'?
                set sede 42
                    ^~~~
                """#),
        BadInputCase(
            "-c: unknown flag", ["-c", "show RU --bogus"],
            stderr: #"""
                <command-line>:1:9: error: unknown flag '--bogus' for 'show'
                show RU --bogus
                        ^~~~~~~
                """#),
        BadInputCase(
            "stdin: unknown actor inside expect", [], stdin: bytes("expect XX.territory > 3\n"),
            stderr: #"""
                <stdin>:1:8: error: unknown actor 'XX'
                expect XX.territory > 3
                       ^~
                """#),
        BadInputCase(
            "stdin: unknown issue inside expect gap()", [], stdin: bytes("expect gap(RU, UA).peace < 30\n"),
            stderr: #"""
                <stdin>:1:20: error: unknown issue 'peace'
                expect gap(RU, UA).peace < 30
                                   ^~~~~
                """#),
        BadInputCase(
            "stdin: not a command name", [], stdin: bytes("1abc\n"),
            stderr: #"""
                <stdin>:1:1: error: expected a command name, found '1abc'
                1abc
                ^~~~
                """#),
    ]

    // MARK: Wrong types

    static let scriptTypes: [BadInputCase] = [
        BadInputCase(
            "stdin: a word for a number", [], stdin: bytes("apply sanctions severity=abc\n"),
            stderr: #"""
                <stdin>:1:26: error: severity must be a number, not a word
                apply sanctions severity=abc
                                         ^~~
                """#),
        BadInputCase(
            "stdin: a list for one actor", [], stdin: bytes("apply sanctions target=RU,UA\n"),
            stderr: #"""
                <stdin>:1:24: error: target takes one actor, not a list
                apply sanctions target=RU,UA
                                       ^~~~~
                """#),
        BadInputCase(
            "-c: a word for a date", ["-c", "load at=yesterday"],
            stderr: #"""
                <command-line>:1:6: error: at= takes a date such as 2025-06-03, not a word
                load at=yesterday
                     ^~~~~~~~~~~~
                """#),
        BadInputCase(
            "stdin: a word for a duration", [], stdin: bytes("apply ultimatum days=tomorrow\n"),
            stderr: #"""
                <stdin>:1:22: error: days must be a number of days (e.g. 50d or 7w), not a word
                apply ultimatum days=tomorrow
                                     ^~~~~~~~
                """#),
        BadInputCase(
            "-c: a fraction for a count", ["-c", "turns 2.5"],
            stderr: #"""
                <command-line>:1:7: error: N must be a whole number from 1 to 100
                turns 2.5
                      ^~~
                """#),
        BadInputCase(
            "stdin: a list for a seed", [], stdin: bytes("set seed 1,2\n"),
            stderr: #"""
                <stdin>:1:10: error: seed must be a whole number from 0 to 18446744073709551615
                set seed 1,2
                         ^~~
                """#),
        BadInputCase(
            "stdin: an empty list item", [], stdin: bytes("apply sanctions by=RU,,US\n"),
            stderr: #"""
                <stdin>:1:23: error: empty item in list 'RU,,US'
                apply sanctions by=RU,,US
                                      ^
                """#),
    ]

    // MARK: Out-of-range values

    static let scriptRanges: [BadInputCase] = [
        BadInputCase(
            "stdin: severity above 1", [], stdin: bytes("apply sanctions severity=1.5\n"),
            stderr: #"""
                <stdin>:1:26: error: severity must be between 0 and 1
                apply sanctions severity=1.5
                                         ^~~
                """#),
        BadInputCase(
            "-c: simulate too many runs", ["-c", "simulate 100001"],
            stderr: #"""
                <command-line>:1:10: error: N must be a whole number from 1 to 100000
                simulate 100001
                         ^~~~~~
                """#),
        BadInputCase(
            "-c: zero turns", ["-c", "turns 0"],
            stderr: #"""
                <command-line>:1:7: error: N must be a whole number from 1 to 100
                turns 0
                      ^
                """#),
        BadInputCase(
            "stdin: an ultimatum of 0 days", [], stdin: bytes("apply ultimatum days=0d\n"),
            stderr: #"""
                <stdin>:1:22: error: days must be between 1 and 365
                apply ultimatum days=0d
                                     ^~
                """#),
        BadInputCase(
            "-c: a table narrower than 40 columns", ["-c", "set width 39"],
            stderr: #"""
                <command-line>:1:11: error: width must be auto or a number from 40 to 400
                set width 39
                          ^~
                """#),
        BadInputCase(
            "-c: advancing past the year 9999", ["-c", "advance 999999w"],
            stderr: #"""
                <command-line>:1:9: error: 999999w after 2025-07-23 is past 9999-12-31, the last date parley handles
                advance 999999w
                        ^~~~~~~
                """#),
        BadInputCase(
            "-c: a duration of 7 digits", ["-c", "advance 9999999w"],
            stderr: #"""
                <command-line>:1:9: error: duration '9999999w' is too long; a duration has at most 6 digits
                advance 9999999w
                        ^~~~~~~~
                """#),
        BadInputCase(
            "-c: a date before every snapshot", ["-c", "load at=1999-01-01"],
            stderr: #"""
                <command-line>:1:6: error: no snapshot on or before 1999-01-01; the earliest is 2025-03-19
                load at=1999-01-01
                     ^~~~~~~~~~~~~
                """#),
    ]

    // MARK: Quotes, long lines, NUL bytes, invalid UTF-8

    static let scriptBytes: [BadInputCase] = [
        BadInputCase(
            "script: unterminated quote", ["bad.parley"],
            prepare: { try $0.write("bad.parley", "# saves\nsave \"unfinished.parley\n") },
            stderr: #"""
                bad.parley:2:6: error: unterminated string; add a closing '"'
                save "unfinished.parley
                     ^
                """#),
        BadInputCase(
            "-c: unterminated quote", ["-c", "brief \"handout.html"],
            stderr: #"""
                <command-line>:1:7: error: unterminated string; add a closing '"'
                brief "handout.html
                      ^
                """#),
        BadInputCase(
            "stdin: unterminated quote in a list", [], stdin: bytes("apply summit between=\"US,RU\n"),
            stderr: #"""
                <stdin>:1:22: error: unterminated string; add a closing '"'
                apply summit between="US,RU
                                     ^
                """#),
        BadInputCase(
            "stdin: unknown escape in a string", [], stdin: bytes("brief \"a\\qb.md\"\n"),
            stderr: #"""
                <stdin>:1:9: error: unknown escape '\q' in string; write '\\' for a backslash
                brief "a\qb.md"
                        ^~
                """#),
        BadInputCase(
            "script: a 1 MB line", ["big.parley"],
            prepare: { try $0.write("big.parley", "note " + String(repeating: "a", count: megabyte) + "\n") },
            stderr: #"""
                big.parley:1:1: error: line is 1048581 characters long; the limit is 65536
                note aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…
                ^
                """#),
        BadInputCase(
            "stdin: a 1 MB line", [], stdin: bytes("help quit\napply sanctions target=" + String(repeating: "x", count: megabyte) + "\n"),
            stderr: #"""
                <stdin>:2:1: error: line is 1048599 characters long; the limit is 65536
                apply sanctions target=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…
                ^
                """#),
        // The kernel caps one argument at 128 KiB, so this is as long as -c can get.
        BadInputCase(
            "-c: a 120 KB argument", ["-c", "show " + String(repeating: "RU", count: 60_000)],
            stderr: #"""
                <command-line>:1:1: error: line is 120005 characters long; the limit is 65536
                show RURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURURUR…
                ^
                """#),
        BadInputCase(
            "script: a NUL byte", ["nul.parley"],
            prepare: { try $0.write("nul.parley", "help quit\nshow RU\0x\n") },
            stderr: #"""
                nul.parley:2:8: error: unexpected control character U+0000
                show RU␀x
                       ^
                """#),
        BadInputCase(
            "stdin: a NUL byte", [], stdin: bytes("\0\n"),
            stderr: #"""
                <stdin>:1:1: error: unexpected control character U+0000
                ␀
                ^
                """#),
        BadInputCase(
            "script: invalid UTF-8", ["bad.parley"],
            prepare: { try $0.write("bad.parley", bytes: bytes("help quit\nnote caf") + [0xE9] + bytes(" au lait\n")) },
            stderr: #"""
                bad.parley:2:9: error: invalid UTF-8 byte 0xE9
                note caf� au lait
                        ^
                """#),
        BadInputCase(
            "stdin: invalid UTF-8", [], stdin: bytes("note caf") + [0xE9, 0x0A],
            stderr: #"""
                <stdin>:1:9: error: invalid UTF-8 in script
                note caf�
                        ^
                """#),
        BadInputCase(
            "script: invalid UTF-8 in a script it runs", ["main.parley"],
            prepare: { scratch in
                try scratch.write("main.parley", "run inner.parley\n")
                try scratch.write("inner.parley", bytes: [0xC3, 0x28, 0x0A])
            },
            stderr: #"""
                inner.parley:1:1: error: invalid UTF-8 byte 0xC3
                �(
                ^
                """#),
    ]

    // MARK: Empty, missing, folder-shaped and unreadable files

    static let scriptFiles: [BadInputCase] = [
        BadInputCase(
            "script: a folder given as the script", ["folder"],
            prepare: { try $0.folder("folder") },
            stderr: #"""
                error: 'folder' is a directory, not a file
                """#),
        BadInputCase(
            "-c: run a folder", ["-c", "run folder"],
            prepare: { try $0.folder("folder") },
            stderr: #"""
                <command-line>:1:5: error: 'folder' is a directory, not a file
                run folder
                    ^~~~~~
                """#),
        BadInputCase(
            "script: no such script", ["nowhere.parley"],
            stderr: #"""
                error: no such file 'nowhere.parley'
                """#),
        BadInputCase(
            "script: runs a script that is not there", ["main.parley"],
            prepare: { try $0.write("main.parley", "help quit\nrun nowhere.parley\n") },
            stderr: #"""
                main.parley:2:5: error: no such file 'nowhere.parley'
                run nowhere.parley
                    ^~~~~~~~~~~~~~
                """#),
        BadInputCase(
            "script: an unreadable script", ["mem.parley"],
            prepare: { try $0.unreadable("mem.parley") },
            stderr: #"""
                error: cannot read 'mem.parley': input/output error
                """#),
        BadInputCase(
            "-c: run an unreadable script", ["-c", "run mem.parley"],
            prepare: { try $0.unreadable("mem.parley") },
            stderr: #"""
                <command-line>:1:5: error: cannot read 'mem.parley': input/output error
                run mem.parley
                    ^~~~~~~~~~
                """#),
        BadInputCase(
            "-c: load a folder that is not there", ["-c", "load nowhere"],
            stderr: #"""
                <command-line>:1:6: error: no seed folder 'nowhere'
                load nowhere
                     ^~~~~~~
                """#),
        BadInputCase(
            "-c: load a file", ["-c", "load notes.txt"],
            prepare: { try $0.write("notes.txt", "not seeds\n") },
            stderr: #"""
                <command-line>:1:6: error: 'notes.txt' is a file; load takes a seed folder holding sources.yaml
                load notes.txt
                     ^~~~~~~~~
                """#),
        BadInputCase(
            "-c: save into a folder that is not there", ["-c", "save nowhere/out.parley"],
            stderr: #"""
                <command-line>:1:6: error: cannot write 'nowhere/out.parley': no such folder 'nowhere'
                save nowhere/out.parley
                     ^~~~~~~~~~~~~~~~~~
                """#),
        BadInputCase(
            "usage: an unknown flag", ["--bogus"],
            stderr: #"""
                Error: unknown option '--bogus'
                Usage: parley [OPTIONS]                 open the REPL
                       parley [OPTIONS] SCRIPT...       replay scripts (also: parley run SCRIPT...)
                       parley [OPTIONS] COMMAND [ARGS]  run one command, e.g. parley help run
                       parley ktab FILE.csv             run a KTAB scenario and print its trajectory
                       parley gmcr FILE.gmcr [--json]   stability analysis of a GMCR+ save file
                  See 'parley --help' for more information.
                """#,
            status: 64),
    ]

    // MARK: Deep `run` recursion

    static let scriptRuns: [BadInputCase] = [
        BadInputCase(
            "script: runs itself", ["self.parley"],
            prepare: { try $0.write("self.parley", "# forever\nrun self.parley\n") },
            stderr: #"""
                self.parley:2:5: error: 'run' is nested more than 16 deep; does a script run itself?
                run self.parley
                    ^~~~~~~~~~~
                """#),
        BadInputCase(
            "script: two scripts run each other", ["a.parley"],
            prepare: { scratch in
                try scratch.write("a.parley", "run b.parley\n")
                try scratch.write("b.parley", "help quit\nrun a.parley\n")
            },
            stderr: #"""
                b.parley:2:5: error: 'run' is nested more than 16 deep; does a script run itself?
                run a.parley
                    ^~~~~~~~
                """#),
        BadInputCase(
            "-c: run a script that runs itself from a subfolder", ["-c", "run sub/self.parley"],
            prepare: { try $0.write("sub/self.parley", "run self.parley\n") },
            stderr: #"""
                sub/self.parley:1:5: error: 'run' is nested more than 16 deep; does a script run itself?
                run self.parley
                    ^~~~~~~~~~~
                """#),
    ]

    // MARK: Duplicate ids, dates that do not exist

    static let scriptDuplicatesAndDates: [BadInputCase] = [
        BadInputCase(
            "stdin: a branch made twice", [], stdin: bytes("branch alt\nbranch alt\n"),
            stderr: #"""
                <stdin>:2:8: error: there is already a branch 'alt'; use 'switch alt'
                branch alt
                       ^~~
                """#),
        BadInputCase(
            "-c: a branch called main", ["-c", "branch main"],
            stderr: #"""
                <command-line>:1:8: error: there is already a branch 'main'; use 'switch main'
                branch main
                       ^~~~
                """#),
        BadInputCase(
            "stdin: 29 February 2025", [], stdin: bytes("advance 2025-02-29\n"),
            stderr: #"""
                <stdin>:1:9: error: no such date '2025-02-29'
                advance 2025-02-29
                        ^~~~~~~~~~
                """#),
        BadInputCase(
            "-c: 30 February", ["-c", "load at=2025-02-30"],
            stderr: #"""
                <command-line>:1:9: error: no such date '2025-02-30'
                load at=2025-02-30
                        ^~~~~~~~~~
                """#),
        BadInputCase(
            "script: 31 April", ["bad.parley"],
            prepare: { try $0.write("bad.parley", "advance 2025-04-31\n") },
            stderr: #"""
                bad.parley:1:9: error: no such date '2025-04-31'
                advance 2025-04-31
                        ^~~~~~~~~~
                """#),
        BadInputCase(
            "-c: month 13", ["-c", "load at=2025-13-01"],
            stderr: #"""
                <command-line>:1:9: error: no such date '2025-13-01'
                load at=2025-13-01
                        ^~~~~~~~~~
                """#),
    ]
}

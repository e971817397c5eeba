import ParleyKit

/// `--resume` and `--sessions`: find a session that was cut off, rebuild it from its journal,
/// and journal the rebuilt session in turn.
final class Resume {
    let store: JournalStore
    let streams: StandardStreams
    /// The journal being resumed, locked so no other parley resumes it at the same time.
    private var claimed: SessionJournal?
    private var claimedRecord: JournalRecord?
    private var skipped = 0

    init(store: JournalStore, streams: StandardStreams) {
        self.store = store
        self.streams = streams
    }

    /// `--sessions`: every journal, newest first, with its state and what it holds.
    static func list(_ store: JournalStore, streams: StandardStreams) {
        let sessions = store.sessions()
        guard !sessions.isEmpty else {
            streams.write("No session journals in \(TerminalText.visible(store.description)).\n")
            return
        }
        streams.write("Sessions in \(TerminalText.visible(store.description)), newest first:\n")
        for session in sessions {
            streams.write("  \(describe(session))\n")
        }
        streams.write("Resume one with: parley --session NAME (parley --resume takes the newest resumable one)\n")
    }

    static func describe(_ session: JournalStore.Session) -> String {
        let state = switch session.state {
        case .running: "running (pid \(session.record.pid.map(String.init) ?? "?"))"
        case .ended(let how): "ended: \(TerminalText.visible(how))"
        case .resumable: "resumable"
        }
        return "\(TerminalText.visible(session.name))  started \(session.record.started ?? "?")  "
            + "\(state)  \(session.record.summary)"
    }

    /// Chooses and locks the journal to resume: `name`, or the newest resumable one. Returns
    /// nil after saying why there is none.
    func claim(named name: String?) -> JournalRecord? {
        let chosen: JournalStore.Session
        if let name {
            guard let found = store.session(named: name) else {
                streams.writeError("parley: no session '\(TerminalText.visible(name))' in "
                                   + "\(TerminalText.visible(store.description)); 'parley --sessions' lists them\n")
                return nil
            }
            chosen = found
        } else {
            guard let found = store.newestResumable() else {
                streams.writeError("parley: no session to resume in \(TerminalText.visible(store.description))"
                                   + Self.others(store.sessions()) + "\n")
                return nil
            }
            chosen = found
        }
        if chosen.state == .running {
            streams.writeError("parley: session \(TerminalText.visible(chosen.name)) is still running "
                               + "(pid \(chosen.record.pid.map(String.init) ?? "?")); parley never takes over a running session\n")
            return nil
        }
        do throws(JournalError) {
            claimed = try SessionJournal(claiming: chosen.record.path)
        } catch {
            streams.writeError("parley: \(TerminalText.visible(error.message))\n")
            return nil
        }
        claimedRecord = chosen.record
        return chosen.record
    }

    /// Why `--resume` found nothing: what the journals it did find are doing.
    private static func others(_ sessions: [JournalStore.Session]) -> String {
        guard !sessions.isEmpty else { return "" }
        let running = sessions.filter { $0.state == .running }.count
        let ended = sessions.count - running
        return " (\(running) running, \(ended) ended or empty; 'parley --sessions' lists them)"
    }

    /// Replays every command of the journal it can, quietly (moves as typed moves, see
    /// ``Interpreter/replay(journalLine:file:lineNumber:)``), and reports each one it cannot
    /// with its place and why. Nothing is thrown away: the journal stays as it was.
    func replay(_ record: JournalRecord, into interpreter: Interpreter) {
        for command in record.commands {
            if !interpreter.replay(journalLine: command.text, file: record.path, lineNumber: command.line) { skipped += 1 }
        }
        let count = record.commands.count - skipped
        // Status, not output: stdout holds only what the session's commands print, so
        // `parley --resume -c 'show --json' | jq .` reads JSON alone.
        streams.writeError("Resumed \(count) command\(count == 1 ? "" : "s") from \(TerminalText.visible(record.path)).\n")
        if skipped > 0 {
            streams.writeError("parley: \(skipped) journal line\(skipped == 1 ? "" : "s") could not be replayed "
                               + "(each is shown above); the journal is kept as it was\n")
        }
        let rest = store.sessions().filter { $0.state == .resumable && $0.record.path != record.path && !$0.record.commands.isEmpty }
        if !rest.isEmpty {
            streams.writeError("Other sessions that can be resumed, newest first:\n")
            for session in rest.prefix(5) { streams.writeError("  \(Self.describe(session))\n") }
            streams.writeError("Resume one of them with: parley --session NAME\n")
        }
        streams.flush()
    }

    /// Starts this session's journal with what the session already holds, and marks the
    /// resumed journal (if any) as resumed into it, so `--resume` alone does not offer it again.
    func startJournal(seeds: String?, for interpreter: Interpreter) {
        // At a fixed path the new journal takes the old one's place: the old one is marked,
        // released and moved aside to PATH.previous first.
        if case .file(let path) = store, let claimed {
            claimed.end(.resumed(into: path, skipped: skipped))
            self.claimed = nil
        }
        do throws(JournalError) {
            let journal = try store.startJournal(header: JournalHeader(seeds: seeds))
            journal.report = { [streams] in streams.writeError(TerminalText.printable($0)) }
            for line in interpreter.journalScript { journal.append(line) }
            interpreter.journal = journal
            claimed?.end(.resumed(into: journal.path, skipped: skipped))
            claimed = nil
        } catch {
            streams.writeError("parley: warning: no session journal (\(TerminalText.visible(error.message))); "
                               + "--resume will not work for this session\n")
        }
    }
}

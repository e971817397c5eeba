/// The questions a session has asked, numbered in order, with what `undo` and `redo` may take
/// back: asking one and resolving one are changes like a step or a note.
///
///     var book = QuestionBook()
///     book.ask(question, at: stamp)
///     try book.resolve(1, outcome: true, at: stamp)
///     book.meanBrier          // over the resolved questions
///
/// Each change is stamped with where it was made (branch, steps and notes then). `undo` on a
/// branch takes a question change back only while it is the last thing done there, that is
/// while the branch still has the stamp's steps and notes; otherwise the branch's own step or
/// note goes first, so undo runs back through everything in the order it was done.
public struct QuestionBook: Sendable {
    /// Where a change was made.
    public struct Stamp: Sendable, Hashable {
        public var branch: String
        public var steps: Int
        public var notes: Int

        public init(branch: String, steps: Int, notes: Int) {
            self.branch = branch
            self.steps = steps
            self.notes = notes
        }
    }

    /// A question asked, or an outcome recorded (with the one it replaced).
    public enum Change: Sendable, Hashable {
        case asked(Question)
        case resolved(number: Int, outcome: Bool, previous: Bool?)
    }

    /// Why a change was refused.
    public enum Refusal: Error, Sendable, Hashable {
        /// No question has this number; `count` questions exist.
        case noSuchQuestion(Int, count: Int)
    }

    public private(set) var questions: [Question] = []
    private var done: [(change: Change, stamp: Stamp)] = []
    private var undone: [(change: Change, stamp: Stamp)] = []

    public init() {}

    /// The number the next question gets.
    public var nextNumber: Int { questions.count + 1 }

    /// Adds a question (numbered ``nextNumber``); what was undone can no longer be redone.
    public mutating func ask(_ question: Question, at stamp: Stamp) {
        var question = question
        question.number = nextNumber
        questions.append(question)
        done.append((.asked(question), stamp))
        undone.removeAll()
    }

    /// Records question `number`'s outcome and returns the question as it now stands.
    public mutating func resolve(_ number: Int, outcome: Bool, at stamp: Stamp) throws(Refusal) -> Question {
        guard questions.indices.contains(number - 1) else { throw .noSuchQuestion(number, count: questions.count) }
        let previous = questions[number - 1].outcome
        questions[number - 1].outcome = outcome
        done.append((.resolved(number: number, outcome: outcome, previous: previous), stamp))
        undone.removeAll()
        return questions[number - 1]
    }

    /// The resolved questions' mean Brier score; nil when none is resolved.
    public var meanBrier: Double? {
        let scores = questions.compactMap(\.brier)
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    /// Takes back the last change if it was made at `stamp` (the branch as it stands).
    public mutating func undo(at stamp: Stamp) -> Change? {
        guard let last = done.last, last.stamp == stamp else { return nil }
        done.removeLast()
        revert(last.change)
        undone.append(last)
        return last.change
    }

    /// Puts back the last change `undo` took, if it was made at `stamp`.
    public mutating func redo(at stamp: Stamp) -> Change? {
        guard let last = undone.last, last.stamp == stamp else { return nil }
        undone.removeLast()
        switch last.change {
        case .asked(let question): questions.append(question)
        case .resolved(let number, let outcome, _): questions[number - 1].outcome = outcome
        }
        done.append(last)
        return last.change
    }

    private mutating func revert(_ change: Change) {
        switch change {
        case .asked: questions.removeLast()
        case .resolved(let number, _, let previous): questions[number - 1].outcome = previous
        }
    }

    /// A step or note on `branch` ends what `redo` could put back there.
    public mutating func forgetRedo(on branch: String) {
        undone.removeAll { $0.stamp.branch == branch }
    }

    /// Keeps the stamps and the questions' branch names right after a rename.
    public mutating func renameBranch(_ old: String, to new: String) {
        for index in questions.indices where questions[index].branch == old { questions[index].branch = new }
        for index in done.indices where done[index].stamp.branch == old { done[index].stamp.branch = new }
        for index in undone.indices where undone[index].stamp.branch == old { undone[index].stamp.branch = new }
        func renamed(_ change: Change) -> Change {
            guard case .asked(var question) = change, question.branch == old else { return change }
            question.branch = new
            return .asked(question)
        }
        done = done.map { (renamed($0.change), $0.stamp) }
        undone = undone.map { (renamed($0.change), $0.stamp) }
    }
}

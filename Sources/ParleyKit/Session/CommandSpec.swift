/// A command of the language: its name, its help, the arguments it accepts and what it does.
///
///     CommandSpec(name: "quit", usage: "quit", summary: "leave, saving history",
///                 examples: ["quit"], arguments: .none) { interpreter, _ in interpreter.requestQuit() }
public struct CommandSpec: Sendable {
    /// How a command's arguments are read before it runs.
    public enum Arguments: Sendable {
        /// The rest of the line is passed as text (`note`, `expect`).
        case raw
        /// Lexed, then checked against these rules before the command runs.
        case lexed(ArgumentRules)

        public static let none = Arguments.lexed(ArgumentRules())
    }

    public var name: String
    public var aliases: [String]
    public var usage: String
    public var summary: String
    public var discussion: String
    public var examples: [String]
    public var arguments: Arguments
    /// What TAB offers after the command name.
    public var completion: CompletionKind
    /// Whether a successful run changes the session, so `save` must replay it.
    public var recording: Recording
    public var perform: @Sendable (Interpreter, CommandCall) throws -> Void

    public init(
        name: String, aliases: [String] = [], usage: String, summary: String, discussion: String = "",
        examples: [String], arguments: Arguments, completion: CompletionKind = .none,
        recording: Recording = .never,
        perform: @escaping @Sendable (Interpreter, CommandCall) throws -> Void
    ) {
        self.name = name
        self.aliases = aliases
        self.usage = usage
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
        self.arguments = arguments
        self.completion = completion
        self.recording = recording
        self.perform = perform
    }
}

/// When a command belongs in the script that `save` writes.
public enum Recording: Sendable {
    /// It only shows something.
    case never
    /// It always changes the session.
    case always
    /// It changes the session only when given arguments (`set` alone just lists options).
    case withArguments
    /// It belongs in a saved script but not in the journal: it changes no stance and replaying
    /// it would only cost time (`simulate`, which a briefing reads from, may take minutes).
    case savedNotJournaled
}

/// Which arguments a lexed command accepts; anything else is refused with a suggestion.
public struct ArgumentRules: Sendable {
    /// Names of the positional arguments, for "missing FILE" messages.
    public var positional: [String]
    /// How many positional arguments are required; the rest of `positional` are optional.
    public var required: Int
    /// Whether the last positional may repeat.
    public var variadic: Bool
    /// Accepted `key=value` keys; nil lets the command check keys itself (e.g. `apply`).
    public var keys: [String]?
    public var flags: [String]

    public init(positional: [String] = [], required: Int = 0, variadic: Bool = false,
                keys: [String]? = [], flags: [String] = []) {
        self.positional = positional
        self.required = required
        self.variadic = variadic
        self.keys = keys
        self.flags = flags
    }
}

/// What TAB completion offers for a command's arguments.
public enum CompletionKind: Sendable {
    case none
    case files
    case commands
    case settings
    /// Computed from the session: actor, issue or event names, for example.
    case custom(@Sendable (Session, _ wordsBefore: [String], _ partial: String) -> [String])
}

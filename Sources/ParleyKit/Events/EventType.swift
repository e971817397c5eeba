/// A kind of hypothetical event an analyst can apply, read from the event catalog.
///
///     apply sanctions by=EU target=RU severity=0.7
///
/// The type says what the event is (its CAMEO code and Goldstein value place it on the
/// standard conflict–cooperation scale), which parameters it takes, and what it does to the
/// scenario, as a list of effects from a closed set.
public struct EventType: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var aliases: [String]
    public var description: String
    /// CAMEO event code, e.g. `163` for sanctions; kept as text since codes have leading zeros.
    public var cameo: String
    /// Goldstein conflict–cooperation weight, −10 to +10.
    public var goldstein: Double
    public var parameters: [Parameter]
    public var effects: [Effect]
    /// Who may fill the roles (checked by ``RoleCheck`` before anything changes).
    public var roles: [RoleRule]
    /// The issues the event bears on, for an event that names it (an ultimatum's threat).
    public var bearsOn: [String]

    public init(id: String, aliases: [String] = [], description: String, cameo: String, goldstein: Double,
                parameters: [Parameter], effects: [Effect], roles: [RoleRule] = [], bearsOn: [String] = []) {
        self.roles = roles
        self.bearsOn = bearsOn
        self.id = id
        self.aliases = aliases
        self.description = description
        self.cameo = cameo
        self.goldstein = goldstein
        self.parameters = parameters
        self.effects = effects
    }

    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name.lowercased() }
    }

    /// True when `name` is the id or an alias, ignoring case.
    public func isNamed(_ name: String) -> Bool {
        isNamed(lowered: name.lowercased())
    }

    /// The same for a name already lowercased (a look-up over many types lowers it once).
    func isNamed(lowered name: String) -> Bool {
        id == name || aliases.contains(name)
    }
}

/// The type of a documented event, matching an entry of the event catalog.
///
///     EventKind(rawValue: "prisoner-exchange")  // .prisonerExchange
///
/// A hindcast replays the timeline by applying each event as the catalog entry of this kind.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case sanctions
    case easeSanctions = "ease-sanctions"
    /// A leaders' meeting or call.
    case summit
    /// A round of delegation talks.
    case round
    case prisonerExchange = "prisoner-exchange"
    case ultimatum
    case militaryAid = "military-aid"
    case strike
    case truce
    case memorandum
    case haltTalks = "halt-talks"
}

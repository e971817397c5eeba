/// The sections that follow the forecast, in the order a briefing prints them. Each model or
/// analysis adds one line here and a `Briefing` extension of its own that builds its section
/// from the ``BriefingInput`` (nil leaves it out, e.g. when its results were not computed).
extension Briefing {
    static let sectionBuilders: [@Sendable (BriefingInput) -> BriefingSection?] = [
        Briefing.modelsSection,
        Briefing.alternativesSection,
    ]
}

/// The sections a briefing builds from its ``BriefingInput``, in the order it prints them. Each
/// model or analysis adds one line here and a `Briefing` extension of its own that builds its
/// section (nil leaves it out, e.g. when its results were not computed); both renderers lay
/// every section out the same way.
extension Briefing {
    /// After the forecast.
    static let sectionBuilders: [@Sendable (BriefingInput) -> BriefingSection?] = [
        Briefing.settlementSection,
        Briefing.sensitivitySection,
        Briefing.searchSection,
        Briefing.modelsSection,
        Briefing.alternativesSection,
    ]

    /// After the chains of the largest moves, before the discussion questions.
    static let closingSectionBuilders: [@Sendable (BriefingInput) -> BriefingSection?] = [
        Briefing.questionsSection,
    ]
}

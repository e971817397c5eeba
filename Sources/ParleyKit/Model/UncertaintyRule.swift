/// The rule that sets every position's ± from the evidence under it (docs/SEEDS.md).
///
///     UncertaintyRule.minimum(for: citation, reliability: .c, value: 65, issue: ceasefire)
///     // (10, "a C source at credibility 2 supports only the band 55–75: ±10 covers it")
///
/// A quote that states the value earns a floor set by the document's reliability and the
/// citation's credibility. A quote that supports only a band, or only a direction, must be
/// covered by the ±: the value ± uncertainty reaches both ends of the band (or of the range the
/// quote allows), and never less than the floor. An estimate is never tighter than the widest
/// floor a stated value can have (``estimateFloor``), and a carried estimate never tighter than
/// the value it carries.
public enum UncertaintyRule {
    /// The ± of a stated value by source reliability, in scale points.
    public static func reliabilityFloor(_ grade: SourceDocument.Reliability) -> Double {
        switch grade {
        case .a: return 2
        case .b: return 3
        case .c: return 4
        case .d: return 6
        case .e, .f: return 8
        }
    }

    /// What a weaker information grade adds: nothing for 1–2, 2 for 3, 4 for 4 and 6, 6 for 5.
    public static func credibilityWidening(_ credibility: Int) -> Double {
        switch credibility {
        case ...2: return 0
        case 3: return 2
        case 4, 6: return 4
        default: return 6
        }
    }

    /// The ± of an estimate: the widest floor a stated value can have (an F source at 5).
    public static let estimateFloor: Double = 14

    /// The narrowest ± a cited position may carry, with the reason in words.
    public static func minimum(for citation: Citation, reliability: SourceDocument.Reliability, value: Double,
                               issue: Issue) -> (Double, String) {
        let floor = reliabilityFloor(reliability) + credibilityWidening(citation.credibility)
        let graded = "a \(reliability.rawValue) source at credibility \(citation.credibility)"
        let range: ClosedRange<Double>?
        switch citation.supports ?? .direction {
        case .value:
            return (floor, "\(graded) stating the value: ±\(SeedNumberFormat.format(floor))")
        case .band:
            range = citation.allows ?? issue.band(for: value).map { $0.lower...$0.upper }
        case .direction:
            range = citation.allows
        }
        guard let range else { return (floor, "\(graded): ±\(SeedNumberFormat.format(floor))") }
        let cover = max(value - range.lowerBound, range.upperBound - value, 0)
        let needed = max(floor, cover)
        let what = citation.supports == .band ? "only the band" : "only a direction, the range"
        let span = SeedNumberFormat.format(range.lowerBound) + "–" + SeedNumberFormat.format(range.upperBound)
        return (needed, "\(graded) supports \(what) \(span): ±\(SeedNumberFormat.format(needed)) covers it")
    }
}

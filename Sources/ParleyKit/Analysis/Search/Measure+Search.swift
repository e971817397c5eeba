/// What a search needs from a measure beyond reading it.
extension Measure {
    /// The issue whose deal space the measure reads (`settle.ISSUE`, `settle.ISSUE.width`,
    /// `deal.ISSUE`), if any: a search ranks states by how far that deal space is from opening
    /// or closing.
    var settlementIssue: String? {
        switch self {
        case .nash(let issue), .dealWidth(let issue), .deal(let issue): issue
        default: nil
        }
    }
}

/// Reading measures: names to ids, then the number.
extension Measure {
    /// The measure with every actor and issue written as the world's id (aliases and case
    /// resolved), checked in the order they are read.
    public func resolved(in seeds: Seeds) throws(MeasureError) -> Measure {
        func actor(_ name: String) throws(MeasureError) -> String {
            guard let found = seeds.actor(named: name) else {
                throw .unknownActor(name, known: seeds.actors.flatMap { [$0.id] + $0.aliases })
            }
            return found.id
        }
        func issue(_ name: String) throws(MeasureError) -> String {
            guard let found = seeds.issue(named: name) else {
                throw .unknownIssue(name, known: seeds.issues.flatMap { [$0.id] + $0.aliases })
            }
            return found.id
        }
        switch self {
        case .position(let a, let i):
            let id = try actor(a)
            return .position(actor: id, issue: try issue(i))
        case .consensus(let i):
            return .consensus(issue: try issue(i))
        case .gap(let a, let b, let i):
            let issueID = try issue(i)
            let first = try actor(a)
            return .gap(first, try actor(b), issue: issueID)
        case .moved(let a, let i):
            let id = try actor(a)
            return .moved(id, issue: try i.map { name throws(MeasureError) in try issue(name) })
        case .drift(let date):
            guard let day = CalendarDate(parsing: date), seeds.snapshots.contains(where: { $0.date == day }) else {
                throw .noSnapshot(date)
            }
            return self
        case .nash(let i):
            return .nash(issue: try signed(i))
        case .dealWidth(let i):
            return .dealWidth(issue: try signed(i))
        case .deal(let i):
            return .deal(issue: try signed(i))
        case .packageMargin, .packageDeal:
            let settlement = seeds.settlement
            guard settlement?.package.contains(where: { settlement?.signatories[$0]?.isEmpty == false }) == true else {
                throw .noPackage
            }
            return self
        }
        /// An issue the settlement model covers: someone signs it.
        func signed(_ name: String) throws(MeasureError) -> String {
            let id = try issue(name)
            guard seeds.settlement?.signatories[id]?.isEmpty == false else { throw .noSignatories(id, written: name) }
            return id
        }
    }

    /// The number this measure reads in `scope`, or nil for none (no deal space: only
    /// `settle.ISSUE` and `settle.package`); names must be resolved ids.
    public func value(in scope: MeasureScope) throws(MeasureError) -> Double? {
        let scenario = scope.scenario
        func actor(_ id: String) throws(MeasureError) -> Int {
            guard let index = scenario.actorIndex(id) else { throw .unknownActor(id, known: scenario.actors) }
            return index
        }
        func issue(_ id: String) throws(MeasureError) -> Int {
            guard let index = scenario.issueIndex(id) else { throw .unknownIssue(id, known: scenario.issues) }
            return index
        }
        switch self {
        case .position(let a, let i):
            return scenario.positions[try actor(a), try issue(i)]
        case .consensus(let i):
            return scenario.consensusValue(issue: try issue(i))
        case .gap(let a, let b, let i):
            let column = try issue(i)
            return abs(scenario.positions[try actor(a), column] - scenario.positions[try actor(b), column])
        case .moved(let a, let i):
            let row = try actor(a)
            let chosen = try i.map { id throws(MeasureError) in [try issue(id)] } ?? Array(scenario.issues.indices)
            return chosen.reduce(0.0) { $0 + abs(scenario.positions[row, $1] - scope.baseline.positions[row, $1]) }
        case .drift(let date):
            guard let day = CalendarDate(parsing: date),
                  let snapshot = scope.world.seeds.snapshots.first(where: { $0.date == day }) else {
                throw .noSnapshot(date)
            }
            return scenario.positions.meanDistance(to: scope.world.scenario(at: snapshot).positions)
        case .nash(let i):
            return try settled(i).nash
        case .dealWidth(let i):
            return try settled(i).width
        case .deal(let i):
            return try settled(i).hasDeal ? 1 : 0
        case .packageMargin:
            guard let package = scenario.settlePackage() else { throw .noPackage }
            return package.hasDeal ? package.margin : nil
        case .packageDeal:
            guard let hasDeal = scenario.packageHasDeal() else { throw .noPackage }
            return hasDeal ? 1 : 0
        }
        func settled(_ id: String) throws(MeasureError) -> IssueSettlement {
            guard let settlement = scenario.settle(issue: try issue(id)) else { throw .noSignatories(id, written: id) }
            return settlement
        }
    }
}

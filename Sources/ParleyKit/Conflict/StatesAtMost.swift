/// For a score per state, the set of states scoring at most a threshold, built once.
///
///     let sets = StatesAtMost(scores: [3, 1, 2])
///     sets.states(atMost: 2)   // {1, 2}
struct StatesAtMost: Sendable {
    let thresholds: [Int]
    let sets: [StateSet]

    init(scores: [Int]) {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var thresholds: [Int] = []
        var sets: [StateSet] = []
        var running = StateSet(capacity: scores.count)
        for (position, state) in order.enumerated() {
            running.insert(state)
            if position == order.count - 1 || scores[order[position + 1]] != scores[state] {
                thresholds.append(scores[state])
                sets.append(running)
            }
        }
        self.thresholds = thresholds
        self.sets = sets
    }

    func states(atMost threshold: Int) -> StateSet {
        var low = 0, high = thresholds.count
        while low < high {
            let mid = (low + high) / 2
            if thresholds[mid] <= threshold { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? StateSet(capacity: sets.first?.capacity ?? 0) : sets[low - 1]
    }
}

import Synchronization

/// Teams kept between ``ParallelRuns`` calls, so that one command's phases (the cached world's
/// decode, the runs, the percentile table) share their helper threads.
///
///     let team = WorkerTeam.borrow(workerCount: 2)   // an idle team of two, or a new one
///     team.perform(task: 0, for: job)
///     team.giveBack()                                // kept for the next call, or stopped
///
/// Starting a thread cost about 0.3 ms here (a `clone` and its 8 MB stack), paid on the
/// caller's thread before it does any share; a kept helper also keeps its heap and its warm
/// stack. One idle team is kept per size, so at most a few threads wait, blocked on a
/// condition and using no CPU. A call made while the team of its size is out (a run that
/// itself shares work) starts one of its own, as before.
extension WorkerTeam {
    private static let idle = Mutex<[Int: WorkerTeam]>([:])

    /// An idle team of `workerCount` workers, or a new one.
    static func borrow(workerCount: Int) -> WorkerTeam {
        let count = max(1, workerCount)
        if let team = idle.withLock({ $0.removeValue(forKey: count) }) { return team }
        return WorkerTeam(workerCount: count)
    }

    /// Keeps the team for the next ``borrow(workerCount:)`` of its size, or stops it when one is
    /// kept already. Call it only when no ``perform(task:for:)`` is under way.
    func giveBack() {
        let kept = Self.idle.withLock { teams -> Bool in
            guard teams[workerCount] == nil else { return false }
            teams[workerCount] = self
            return true
        }
        if !kept { stop() }
    }
}

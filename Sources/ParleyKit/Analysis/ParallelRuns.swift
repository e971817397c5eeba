import Synchronization

/// Many independent runs (of `simulate`, and of the sensitivity and search analyses) spread
/// over the CPUs this process may use, each worker claiming the next runs as it finishes.
///
///     let runs = ParallelRuns()                       // one worker per usable CPU
///     let finished = try runs.perform(10_000) { run throws(MyError) in
///         results.store(run, compute(run))            // run r writes only its own slot
///     }
///
/// Runs are handed out in chunks of `chunk` from one shared atomic counter: no batches and no
/// barrier, so a worker slowed by another process on its core just does fewer runs. Which
/// worker does a run never matters as long as run `r` writes only what belongs to run `r` (or
/// adds to an order-free total), so results are the same on any number of cores.
///
/// The caller's thread is worker 0: before any run and between its runs it asks `isCancelled` and reports
/// `progress` (the number of runs completed), so neither closure need be `Sendable`. If a run
/// throws, no run after it is started, the runs before it finish, and the error of the
/// earliest failing run is thrown: the same error whatever the timing.
public struct ParallelRuns: Sendable {
    public var workers: Int
    /// Runs claimed at a time; 1 suits runs of a millisecond or more, larger chunks tiny runs.
    public var chunk: Int

    public init(workers: Int = CPUAffinity.usableCount, chunk: Int = 1) {
        self.workers = max(1, workers)
        self.chunk = max(1, chunk)
    }

    /// Calls `body(run)` once for every run in `0..<count`; false if cancelled first.
    public func perform<Failure: Error>(
        _ count: Int, isCancelled: () -> Bool = { false }, progress: (_ done: Int) -> Void = { _ in },
        _ body: @escaping @Sendable (_ run: Int) throws(Failure) -> Void
    ) throws(Failure) -> Bool {
        try perform(count, isCancelled: isCancelled, progress: progress, workspace: { _ in () }) {
            (_: inout Void, run: Int) throws(Failure) in try body(run)
        }
    }

    /// As ``perform(_:isCancelled:progress:_:)``, with a workspace per worker: each worker makes
    /// its own with `workspace(worker)`, on its own thread, before its first run, and hands it
    /// to every run it does.
    ///
    ///     try runs.perform(n, workspace: { _ in input.unshared() }) { input, run in … }
    ///
    /// What two workers both touch (even only to retain it) bounces between their cores'
    /// caches; a copy per worker, in memory that worker allocated, keeps each to its own. A run's
    /// result must not depend on which workspace it was given.
    public func perform<Failure: Error, Workspace>(
        _ count: Int, isCancelled: () -> Bool = { false }, progress: (_ done: Int) -> Void = { _ in },
        workspace: @escaping @Sendable (_ worker: Int) -> Workspace,
        _ body: @escaping @Sendable (_ workspace: inout Workspace, _ run: Int) throws(Failure) -> Void
    ) throws(Failure) -> Bool {
        guard count > 0 else { return true }
        // Asked before any run: otherwise a helper that is already awake (a kept team) may do
        // every run before worker 0 first asks, and a cancelled call would report finished.
        if isCancelled() { return false }
        let workerCount = min(workers, (count + chunk - 1) / chunk)
        let outcome = withoutActuallyEscaping(isCancelled) { isCancelled in
            withoutActuallyEscaping(progress) { progress in
                let job = Job(count: count, chunk: chunk, workers: workerCount, workspace: workspace, body: body,
                              isCancelled: isCancelled, progress: progress)
                if workerCount == 1 {
                    job.performShare(of: 0, worker: 0, workers: 1)
                } else {
                    let team = WorkerTeam.borrow(workerCount: workerCount)
                    team.perform(task: 0, for: job)
                    team.giveBack()
                }
                return job.outcome()
            }
        }
        switch outcome {
        case .failed(let error): throw error
        case .cancelled: return false
        case .finished:
            progress(count)
            return true
        }
    }

    enum Outcome<Failure: Error> {
        case finished, cancelled, failed(Failure)
    }

    /// One `perform` call's shared state. The closures that are not `Sendable` are called only
    /// on worker 0, the caller's thread.
    final class Job<Failure: Error, Workspace>: WorkerTeam.Client, @unchecked Sendable {
        let count: Int
        let chunk: Int
        let workspace: @Sendable (Int) -> Workspace
        let body: @Sendable (inout Workspace, Int) throws(Failure) -> Void
        let isCancelled: () -> Bool
        let progress: (Int) -> Void
        /// The first run not yet claimed.
        let next = Atomic<Int>(0)
        let completed = Atomic<Int>(0)
        /// No run at or after this one starts: the earliest failure so far, or `count`.
        let limit: Atomic<Int>
        let cancelled = Atomic<Bool>(false)
        /// Each worker's earliest failure; worker `w` writes only slot `w`.
        let failures: UnsafeMutableBufferPointer<(run: Int, error: Failure)?>

        init(count: Int, chunk: Int, workers: Int, workspace: @escaping @Sendable (Int) -> Workspace,
             body: @escaping @Sendable (inout Workspace, Int) throws(Failure) -> Void,
             isCancelled: @escaping () -> Bool, progress: @escaping (Int) -> Void) {
            self.count = count
            self.chunk = chunk
            self.workspace = workspace
            self.body = body
            self.isCancelled = isCancelled
            self.progress = progress
            limit = Atomic(count)
            failures = .allocate(capacity: workers)
            failures.initialize(repeating: nil)
        }

        deinit {
            _ = failures.deinitialize()
            failures.deallocate()
        }

        func performShare(of task: Int, worker: Int, workers: Int) {
            guard next.load(ordering: .relaxed) < limit.load(ordering: .relaxed) else { return }
            var local = workspace(worker)
            // Held in a local: a call through the shared job's property may retain its context,
            // and that count would bounce between the cores on every run.
            let body = self.body
            // Runs done in the current chunk, added to `completed` once per chunk: a shared
            // counter written every run would bounce between the cores when runs are short.
            var done = 0
            defer { completed.wrappingAdd(done, ordering: .relaxed) }
            while !cancelled.load(ordering: .relaxed) {
                let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                guard start < limit.load(ordering: .relaxed) else { return }
                for run in start..<min(start + chunk, count) {
                    guard run < limit.load(ordering: .relaxed), !cancelled.load(ordering: .relaxed) else { return }
                    do throws(Failure) {
                        try body(&local, run)
                    } catch {
                        if failures[worker] == nil { failures[worker] = (run, error) }
                        lowerLimit(to: run)
                        return
                    }
                    done += 1
                    if worker == 0 {
                        if isCancelled() {
                            cancelled.store(true, ordering: .relaxed)
                            return
                        }
                        progress(completed.load(ordering: .relaxed) + done)
                    }
                }
                completed.wrappingAdd(done, ordering: .relaxed)
                done = 0
            }
        }

        private func lowerLimit(to run: Int) {
            var current = limit.load(ordering: .relaxed)
            while run < current {
                let (exchanged, original) = limit.compareExchange(expected: current, desired: run, ordering: .relaxed)
                if exchanged { return }
                current = original
            }
        }

        /// Read after every worker has finished (the team's join orders the memory).
        func outcome() -> Outcome<Failure> {
            if let first = failures.compactMap({ $0 }).min(by: { $0.run < $1.run }) { return .failed(first.error) }
            return cancelled.load(ordering: .relaxed) ? .cancelled : .finished
        }
    }
}

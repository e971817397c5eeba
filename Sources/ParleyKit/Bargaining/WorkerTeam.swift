import Foundation

/// A fork-join team of threads kept for one run, so that splitting a turn step over threads
/// costs a wake-up rather than an allocation (Dispatch's `concurrentPerform` allocates on every
/// call, and the turn loop must not).
///
/// The caller's thread is worker 0 and started threads are workers 1...; each
/// ``perform(task:for:)`` has every worker run its share of a task and returns when all are
/// done. Work is named by a number and a client object rather than a closure, because storing a
/// closure for other threads to call allocates. Call ``stop()`` when finished, or
/// ``giveBack()`` to keep it for the next call: the helpers hold the team until they exit.
final class WorkerTeam: @unchecked Sendable {
    /// What the team works for.
    protocol Client: AnyObject {
        /// Does worker `worker`'s share (of `workers`) of task `task`.
        func performShare(of task: Int, worker: Int, workers: Int)
    }

    let workerCount: Int
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let wake: UnsafeMutablePointer<pthread_cond_t>
    private let finished: UnsafeMutablePointer<pthread_cond_t>
    // Guarded by `lock`.
    private var round = 0
    private var running = 0
    private var alive = 0
    private var stopping = false
    private var task = 0
    private var client: (any Client)?

    init(workerCount: Int) {
        self.workerCount = max(1, workerCount)
        lock = .allocate(capacity: 1)
        wake = .allocate(capacity: 1)
        finished = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        pthread_cond_init(wake, nil)
        pthread_cond_init(finished, nil)
        alive = self.workerCount - 1
        // Helpers take no signals: libedit's handlers must run on the thread reading the line.
        for worker in 1..<self.workerCount {
            HelperThread.start { [self] in self.serve(worker: worker) }
        }
    }

    deinit {
        pthread_cond_destroy(finished)
        pthread_cond_destroy(wake)
        pthread_mutex_destroy(lock)
        finished.deallocate()
        wake.deallocate()
        lock.deallocate()
    }

    /// Runs every worker's share of `task` for `client` concurrently and waits for all of them.
    func perform(task: Int, for client: any Client) {
        pthread_mutex_lock(lock)
        self.task = task
        self.client = client
        running = workerCount - 1
        round += 1
        pthread_cond_broadcast(wake)
        pthread_mutex_unlock(lock)
        client.performShare(of: task, worker: 0, workers: workerCount)
        pthread_mutex_lock(lock)
        while running > 0 { pthread_cond_wait(finished, lock) }
        self.client = nil  // the client owns the team; don't keep it alive
        pthread_mutex_unlock(lock)
    }

    /// Ends the helper threads and waits until they have left.
    func stop() {
        pthread_mutex_lock(lock)
        stopping = true
        pthread_cond_broadcast(wake)
        while alive > 0 { pthread_cond_wait(finished, lock) }
        pthread_mutex_unlock(lock)
    }

    private func serve(worker: Int) {
        var seen = 0
        pthread_mutex_lock(lock)
        while true {
            while round == seen && !stopping { pthread_cond_wait(wake, lock) }
            if stopping { break }
            seen = round
            let client = self.client
            let task = self.task
            pthread_mutex_unlock(lock)
            client?.performShare(of: task, worker: worker, workers: workerCount)
            pthread_mutex_lock(lock)
            running -= 1
            if running == 0 { pthread_cond_broadcast(finished) }
        }
        alive -= 1
        pthread_cond_broadcast(finished)
        pthread_mutex_unlock(lock)
    }
}

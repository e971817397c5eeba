import Dispatch

/// A fork-join over a fixed number of workers, for the few turn steps where threads pay off.
enum ParallelLoop {
    /// Calls `body(worker)` once for each `worker` in `0..<workers`, concurrently, and waits.
    static func run(workers: Int, _ body: (Int) -> Void) {
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in shared.value(worker) }
        }
    }

    /// The callers guarantee that concurrent calls touch disjoint memory.
    private struct UncheckedSendable<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}

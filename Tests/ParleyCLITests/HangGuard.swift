import Testing

extension Trait where Self == TimeLimitTrait {
    /// The time limit for suites that drive the built `parley` through tmux or signals.
    ///
    /// It only guards against a hang, so it is far above any test's own run. Swift Testing runs
    /// these async tests on the cooperative pool, whose width is the CPU count: on a two-CPU
    /// machine the CPU-bound suites can hold both threads for minutes, and a starved test's
    /// clock keeps running. A one-minute limit failed CI that way (all four tests of
    /// "Terminal (tmux)" at once, 141 s into the run) although every screen wait has its own
    /// deadline that starvation cannot trip.
    static var hangGuard: Self { .timeLimit(.minutes(10)) }
}

import Testing

extension Trait where Self == TimeLimitTrait {
    /// The time limit for suites that drive the built `parley` through tmux or signals.
    ///
    /// It only guards against a hang, so it is far above any test's own run: these async tests
    /// share the cooperative pool, as wide as the CPU count, and on two CPUs the CPU-bound suites
    /// can hold it for minutes while a waiting test's clock runs (a one-minute limit failed CI
    /// that way). Every screen wait has its own deadline, which starvation cannot trip.
    static var hangGuard: Self { .timeLimit(.minutes(10)) }
}

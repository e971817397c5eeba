#if canImport(Darwin)
import Darwin

/// Darwin keeps the handler in a union named `__sigaction_u`.
func makeSigaction(_ handler: @escaping @convention(c) (Int32) -> Void) -> sigaction {
    var action = sigaction()
    action.__sigaction_u.__sa_handler = handler
    return action
}
#endif

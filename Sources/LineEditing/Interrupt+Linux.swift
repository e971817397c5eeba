#if canImport(Glibc)
import Glibc

/// glibc keeps the handler in a union named `__sigaction_handler`.
func makeSigaction(_ handler: @escaping @convention(c) (Int32) -> Void) -> sigaction {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    return action
}
#endif

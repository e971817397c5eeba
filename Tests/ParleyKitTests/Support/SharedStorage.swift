@testable import ParleyKit

/// The heap storage a value holds, found by reflection: every non-empty array, dictionary and
/// set buffer, every string too long to be kept inline, and every class instance, down through
/// structs, enums' associated values, optionals and elements.
///
///     SharedStorage.shared(copy, original)   // [] when the copy is unshared; else paths such as ".settlement.noDeal"
///
/// A worker's copy that still holds one of the original's buffers retains it on every copy of
/// the value, and that reference count then bounces between the two cores.
enum SharedStorage {
    static func of(_ value: Any) -> Set<Int> {
        Set(paths(of: value).keys)
    }

    /// Each storage found, with the path to where it was first met (`.settlement.noDeal`).
    static func paths(of value: Any) -> [Int: String] {
        var found: [Int: String] = [:]
        visit(value, path: "", into: &found)
        return found
    }

    /// What `copy` still shares with `original`, as paths into `copy`.
    static func shared(_ copy: Any, _ original: Any) -> [String] {
        let theirs = of(original)
        return paths(of: copy).filter { theirs.contains($0.key) }.map(\.value).sorted()
    }

    private static func visit(_ value: Any, path: String, into found: inout [Int: String]) {
        if let storage = value as? any StorageIdentified, let identity = storage.storageIdentity {
            // Seen already: its contents were visited then.
            guard found[identity] == nil else { return }
            found[identity] = path
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class {
            let identity = unsafeBitCast(value as AnyObject, to: Int.self)
            guard found[identity] == nil else { return }
            found[identity] = path
        }
        for (index, child) in mirror.children.enumerated() {
            visit(child.value, path: path + "." + (child.label ?? String(index)), into: &found)
        }
    }
}

/// A value whose storage can be told apart from another's; nil when it has none of its own.
protocol StorageIdentified {
    var storageIdentity: Int? { get }
}

extension Array: StorageIdentified {
    var storageIdentity: Int? {
        isEmpty ? nil : withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }
}

extension Dictionary: StorageIdentified {
    // One reference wide: its bits are the storage's address.
    var storageIdentity: Int? { isEmpty ? nil : unsafeBitCast(self, to: Int.self) }
}

extension Set: StorageIdentified {
    var storageIdentity: Int? { isEmpty ? nil : unsafeBitCast(self, to: Int.self) }
}

extension String: StorageIdentified {
    var storageIdentity: Int? {
        utf8.count <= 15 ? nil : utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } ?? nil
    }
}

import Foundation
import Testing
@testable import LineEditing

@Suite struct HistoryLocationTests {
    @Test func parleyHistoryWins() {
        let url = HistoryLocation.resolve(environment: [
            "PARLEY_HISTORY": "/tmp/h/hist", "XDG_STATE_HOME": "/state", "HOME": "/home/a",
        ])
        #expect(url?.path == "/tmp/h/hist")
    }

    @Test func emptyParleyHistoryDisables() {
        let url = HistoryLocation.resolve(environment: [
            "PARLEY_HISTORY": "", "XDG_STATE_HOME": "/state", "HOME": "/home/a",
        ])
        #expect(url == nil)
    }

    @Test func tildeInParleyHistoryIsExpanded() {
        let url = HistoryLocation.resolve(environment: ["PARLEY_HISTORY": "~/h", "HOME": "/home/a"])
        #expect(url?.path == "/home/a/h")
    }

    @Test func xdgStateHome() {
        let url = HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/a"])
        #expect(url?.path == "/state/parley/history")
    }

    @Test func relativeXdgStateHomeIsIgnored() {
        let url = HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/a"])
        #expect(url?.path == "/home/a/.local/state/parley/history")
    }

    @Test func defaultsUnderHome() {
        let url = HistoryLocation.resolve(environment: ["HOME": "/home/a"])
        #expect(url?.path == "/home/a/.local/state/parley/history")
    }

    @Test func noHomeMeansNoHistory() {
        #expect(HistoryLocation.resolve(environment: [:]) == nil)
    }
}

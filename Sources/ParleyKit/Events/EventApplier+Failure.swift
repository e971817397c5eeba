extension EventApplier {
    /// Why an event could not be applied, with a code that tells an analysis whether the move is
    /// infeasible on this scenario or the catalog itself is broken.
    ///
    ///     catch let failure { if failure.isInfeasible { /* skip this candidate */ } }
    public struct Failure: Error, Sendable, Hashable {
        public enum Code: Sendable, Hashable {
            /// The catalog names an event type it does not define.
            case unknownEventType
            /// A parameter an effect reads has no value.
            case missingArgument
            /// An actor or issue named is not in this scenario.
            case notInScenario
            /// A magnitude's formula gave no number.
            case formula(Formula.EvaluationError.Code)
            /// A magnitude came out infinite or not a number.
            case notFinite
            /// A scheduled event would fall due past 9999-12-31, the last date parley knows.
            case pastLastDate
        }

        public var code: Code
        public var message: String

        public init(_ code: Code, _ message: String) {
            self.code = code
            self.message = message
        }

        /// True when this scenario cannot take the move (a name it lacks, values that leave a
        /// magnitude undefined); false when the catalog or the move is wrong whatever the values.
        public var isInfeasible: Bool {
            switch code {
            case .notInScenario, .notFinite, .pastLastDate, .formula(.divisionByZero), .formula(.notInScenario): true
            case .unknownEventType, .missingArgument, .formula: false
            }
        }
    }
}

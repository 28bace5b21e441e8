import Foundation

/// A problem a person can act on: which file, and what is wrong with it. Printed as one line.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var problem: String
    public init(_ file: String, _ problem: String) { self.file = file; self.problem = problem }
    public var description: String { "\(file): \(problem)" }
}

/// A request the data cannot serve, such as a year no release covers: a usage problem (exit 2),
/// not bad data.
public protocol UsageProblem: Error, CustomStringConvertible {}

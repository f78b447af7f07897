/// A value on the old side and on the new side of a comparison.
public struct Change<Value: Sendable & Equatable>: Sendable, Equatable {
    public let old: Value
    public let new: Value

    public init(old: Value, new: Value) {
        self.old = old
        self.new = new
    }

    public var changed: Bool { old != new }
}

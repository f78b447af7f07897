/// One way of printing a diff (`diff --format`): it lays out a `DiffView` and computes
/// nothing of its own.
public protocol DiffWriter: Sendable {
    func write(_ view: DiffView) -> String
}

/// One output format of a score result: a pure function from the view model to text.
public protocol ScoreWriter: Sendable {
    func write(_ view: ScoreView) -> String
}

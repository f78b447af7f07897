/// A writer of one ranking document (`rank --out DIR`): it formats a `RankingView`, a row at
/// a time, into a stream; it never computes a ranking fact.
public protocol RankingWriter: Sendable {
    func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out)
}

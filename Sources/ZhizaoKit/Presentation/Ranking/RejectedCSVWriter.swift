/// `rejected.csv`: every input that could not be ranked, with the reason and its position.
public struct RejectedCSVWriter: RankingWriter {
    public init() {}

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        out.write(CSVFormat.byteOrderMark + CSVFormat.row(["source", "reason"]))
        for reject in view.rejects { out.write(CSVFormat.row([CSVFormat.text(reject.source), CSVFormat.text(reject.reason)])) }
    }
}

/// `rejected.csv`: every input that could not be ranked, with the reason and its position,
/// and the applicant as far as the input could be read (empty where it could not).
public struct RejectedCSVWriter: RankingWriter {
    public init() {}

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        out.write(CSVFormat.byteOrderMark + CSVFormat.row(["source", "reason", "name", "credit_code", "city"]))
        for reject in view.rejects {
            out.write(CSVFormat.row([reject.source, reject.reason, reject.name ?? "", reject.creditCode ?? "", reject.city ?? ""].map(CSVFormat.text)))
        }
    }
}

/// Helpers every chart shares.
enum Chart {
    /// A coordinate with at most one decimal, so the SVG is the same on every machine.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

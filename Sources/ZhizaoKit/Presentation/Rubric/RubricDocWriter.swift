/// One way of printing a rubric handbook (`rubric-doc --format`): a built-in template
/// laid over the `RubricDocModel`.
public protocol RubricDocWriter: Sendable {
    func write(_ model: RubricDocModel) -> String
}

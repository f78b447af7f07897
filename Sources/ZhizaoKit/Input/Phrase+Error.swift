/// Lets a plain message be the failure of a `Result` (as in `CreditCode.parse`), for
/// checks whose caller supplies the position.
extension Phrase: Error {}

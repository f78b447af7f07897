import ArgumentParser
import ZhizaoKit

/// `--quota-by city|industry`: ArgumentParser refuses any other value and lists these.
extension Ranking.QuotaField: ExpressibleByArgument {}

extension Words {
    /// Loading a rubric: its files, fields, items, expressions and the smells it is warned about.
    public enum Loading {
        /// What a part of a rubric is called in a message (`评价细则缺少必填字段 'id'`).
        public enum Item {
            public static let rubric = Phrase(zh: "评价细则", en: "the rubric")
            public static let rubricPart = Phrase(zh: "细则组成部分", en: "the rubric part")
            public static let source = Phrase(zh: "来源", en: "a source")
            public static let profileFact = Phrase(zh: "企业信息项", en: "a profile fact")
            public static let choice = Phrase(zh: "选项", en: "a choice")
            public static let domain = Phrase(zh: "领域", en: "a domain")
            public static let indicator = Phrase(zh: "指标", en: "an indicator")
            public static let band = Phrase(zh: "分段", en: "a band")
            public static let linear = Phrase(zh: "线性计分", en: "'linear'")
            public static let tier = Phrase(zh: "等级", en: "a tier")
            public static let metric = Phrase(zh: "指标值（metric）", en: "a metric")
            public static let check = Phrase(zh: "一致性检查", en: "a check")
            public static let gate = Phrase(zh: "申报条件（gate）", en: "a gate")
            public static let rule = Phrase(zh: "规则", en: "a rule")
            public static let tierRule = Phrase(zh: "等级规则", en: "a tier rule")
            public static let tiebreak = Phrase(zh: "排序依据（tiebreak）", en: "a tie-break")
            public static let ranking = Phrase(zh: "排序设置（ranking）", en: "ranking")
            public static let enterpriseFields = Phrase(zh: "企业字段取值（enterprise_fields）", en: "enterprise_fields")
            public static func enterpriseField(_ field: String) -> Phrase {
                Phrase(zh: "企业字段 \(field) 的取值", en: "the values of enterprise field \(field)")
            }
            /// What a scalar field holds.
            public static let text = Phrase(zh: "文本", en: "text")
        }

        /// What an expression's `variable.field` names (`domain.prodution：没有这个领域`).
        public enum Field {
            public static let tier = Phrase(zh: "等级", en: "tier")
            public static let metric = Phrase(zh: "指标值", en: "metric")
            public static let domain = Phrase(zh: "领域", en: "domain")
            public static let indicator = Phrase(zh: "指标", en: "indicator")
            public static let profileFact = Phrase(zh: "企业信息项", en: "profile")
            public static let enterpriseField = Phrase(zh: "企业字段", en: "enterprise")
        }

        /// How ids must be written, with an example, for people who do not read regular expressions.
        public enum IdentifierRule {
            public static let snake = Phrase(
                zh: "以小写字母开头，只用小写字母、数字和下划线，如 rd_digital_design",
                en: "a lowercase letter, then lowercase letters, digits and _, e.g. rd_digital_design")
            public static let kebab = Phrase(
                zh: "以小写字母开头，只用小写字母、数字和连字符，如 shandong-smart-factory",
                en: "a lowercase letter, then lowercase letters, digits and -, e.g. shandong-smart-factory")
            public static let token = Phrase(
                zh: "以小写字母或数字开头，只用小写字母、数字和 _ . -，如 miit-2025-251",
                en: "a lowercase letter or digit, then lowercase letters, digits, _ . and -, e.g. miit-2025-251")
        }

        /// `（是否应为 'x'？）` / ` (did you mean 'x'?)`, or nothing when nothing is close.
        public static func didYouMean(_ suggestion: String?) -> Phrase {
            guard let suggestion else { return .same("") }
            return Phrase(zh: "（是否应为 '\(suggestion)'？）", en: " (did you mean '\(suggestion)'?)")
        }

        // MARK: Files

        public static func noBuiltInFile(_ path: String) -> Phrase {
            Phrase(zh: "内置文件中没有 \(path)", en: "no built-in file \(path)")
        }

        /// `reason` says why the part could not be read.
        public static func cannotInclude(_ name: String, reason: Phrase) -> Phrase {
            Phrase(zh: "无法包含 '\(name)'：\(reason.zh)", en: "cannot include '\(name)': \(reason.en)")
        }

        public static func wrongFormat(expected: String, found: String) -> Phrase {
            Phrase(zh: "format 应为 \(expected)，实际为 '\(found)'", en: "format must be \(expected), found '\(found)'")
        }

        /// `cycle`: the files, joined by arrows.
        public static func includeCycle(_ cycle: String) -> Phrase {
            Phrase(zh: "循环引用：\(cycle)", en: "include cycle: \(cycle)")
        }

        public static func alreadyIncluded(_ include: String) -> Phrase {
            Phrase(zh: "'\(include)' 已被包含过一次", en: "'\(include)' is already included")
        }

        public static let rubricPartNote = Phrase(
            zh: "这是细则的组成部分（rubric part），请校验包含它的细则文件", en: "this is a rubric part; validate the rubric that includes it")

        // MARK: Finding a rubric

        /// `known`: the shipped ids, listed.
        public static func noShippedRubric(_ id: String, hint: Phrase, known: String) -> Phrase {
            Phrase(zh: "没有内置的评价细则 '\(id)'\(hint.zh)；可用：\(known)（也可用 --rubric 指定文件）",
                   en: "no shipped rubric '\(id)'\(hint.en); shipped: \(known) (or give a file with --rubric)")
        }

        public static func versionMismatch(asked: String, used: String) -> Phrase {
            Phrase(zh: "评估文件要求细则版本 \(asked)，实际使用的是 \(used)",
                   en: "the assessment asks for version \(asked); scored with \(used)")
        }

        // MARK: Fields

        /// `what` is one of `Item`.
        public static func notMapping(_ what: Phrase) -> Phrase {
            Phrase(zh: "\(what.zh)应为映射（key: value）", en: "\(what.en) must be a mapping (key: value)")
        }

        /// Text where a mapping belongs, holding a full-width colon: `key：value` was meant.
        public static func notMappingFullWidthColon(_ what: Phrase, key: String) -> Phrase {
            Phrase(zh: "\(what.zh)应为映射（key: value）；“\(key)”后面是全角冒号“：”，请改成半角冒号加空格“: ”",
                   en: "\(what.en) must be a mapping (key: value); '\(key)' is followed by a full-width colon '：', use ': ' instead")
        }

        /// `allowed`: the keys, listed.
        public static func unknownKey(_ key: String, in what: Phrase, hint: Phrase, allowed: String) -> Phrase {
            Phrase(zh: "\(what.zh)中没有字段 '\(key)'\(hint.zh)；可用字段：\(allowed)",
                   en: "unknown key '\(key)' in \(what.en)\(hint.en); allowed: \(allowed)")
        }

        public static func missingKey(_ key: String, in what: Phrase) -> Phrase {
            Phrase(zh: "\(what.zh)缺少必填字段 '\(key)'", en: "\(what.en) is missing the required key '\(key)'")
        }

        /// `rule` is one of `IdentifierRule`.
        public static func invalidIdentifier(_ text: String, key: String, rule: Phrase) -> Phrase {
            Phrase(zh: "'\(key)' 的值 '\(text)' 不是有效的标识：\(rule.zh)", en: "'\(text)' is not a valid \(key): \(rule.en)")
        }

        /// `range` as `1…5`, or empty.
        public static func notInteger(_ key: String, range: String) -> Phrase {
            Phrase(zh: "'\(key)' 应为整数 \(range)", en: "'\(key)' must be an integer \(range)")
        }

        public static func notBool(_ key: String) -> Phrase {
            Phrase(zh: "'\(key)' 应为 true 或 false", en: "'\(key)' must be true or false")
        }

        public static func notList(_ key: String) -> Phrase {
            Phrase(zh: "'\(key)' 应为列表", en: "'\(key)' must be a list")
        }

        /// `expected` is what the field holds (`Item.text`, `Item.choice`), `found` one of `Words.Input.NodeKind`.
        public static func wrongKind(_ key: String, expected: Phrase, found: Phrase) -> Phrase {
            Phrase(zh: "'\(key)' 应为\(expected.zh)，实际是\(found.zh)", en: "'\(key)' must be \(expected.en), found \(found.en)")
        }

        /// `found` is one of `Words.Input.NodeKind`.
        public static func notNumber(_ key: String, found: Phrase) -> Phrase {
            Phrase(zh: "'\(key)' 应为数字，实际是\(found.zh)", en: "'\(key)' must be a number, found \(found.en)")
        }

        public static func notNumber(_ key: String, foundText text: String) -> Phrase {
            Phrase(zh: "'\(key)' 应为数字，实际是 '\(text)'", en: "'\(key)' must be a number, found '\(text)'")
        }

        public static func translationNotText(_ key: String) -> Phrase {
            Phrase(zh: "'\(key)' 的每种语言应是一段文本", en: "each language of '\(key)' must be text")
        }

        public static func notLocaleCode(_ locale: String) -> Phrase {
            Phrase(zh: "'\(locale)' 不是语言代码（如 zh、en）", en: "'\(locale)' is not a language code (such as zh, en)")
        }

        /// Usually an unquoted comma in `{zh: …, en: a, b}` split the text.
        public static func notLocaleCodeQuoteComma(_ locale: String) -> Phrase {
            Phrase(zh: "'\(locale)' 不是语言代码（如 zh、en）；文本中有逗号时请给整段文本加引号",
                   en: "'\(locale)' is not a language code (such as zh, en); quote text that contains a comma")
        }

        public static func notLocalizedText(_ key: String) -> Phrase {
            Phrase(zh: "'\(key)' 应为文本或 语言: 文本 的映射", en: "'\(key)' must be text or a map of language: text")
        }

        /// `allowed`: the values, listed.
        public static func invalidValue(_ text: String, key: String, hint: Phrase, allowed: String) -> Phrase {
            Phrase(zh: "'\(key)' 不能是 '\(text)'\(hint.zh)；可选：\(allowed)",
                   en: "'\(text)' is not a valid \(key)\(hint.en); one of: \(allowed)")
        }

        // MARK: Sections

        public static let sectionNotList = Phrase(zh: "这一部分应为列表", en: "this section must be a list")

        /// `first`: where it was first defined (`file:line:col`).
        public static func definedTwice(_ id: String, section: String, first: String) -> Phrase {
            Phrase(zh: "\(section) 中的 '\(id)' 重复定义（第一次在 \(first)）", en: "'\(id)' is defined twice in \(section) (first at \(first))")
        }

        public static let scalesShape = Phrase(zh: "scales 应为 量表名: 选项列表 的映射", en: "scales must map a scale id to its list of choices")

        /// `rule` is one of `IdentifierRule`.
        public static func invalidScaleID(_ name: String, rule: Phrase) -> Phrase {
            Phrase(zh: "量表名 '\(name)' 无效：\(rule.zh)", en: "invalid scale id '\(name)': \(rule.en)")
        }

        public static let noDomains = Phrase(zh: "细则没有任何领域（domains）", en: "the rubric has no domains")
        public static let noIndicators = Phrase(zh: "细则没有任何指标（indicators）", en: "the rubric has no indicators")
        public static let noTiers = Phrase(zh: "细则没有任何等级（tiers）", en: "the rubric has no tiers")

        public static func tierDefinedTwice(_ id: String) -> Phrase {
            Phrase(zh: "等级 '\(id)' 重复", en: "tier '\(id)' is defined twice")
        }

        public static func unknownTier(_ tier: String, hint: Phrase) -> Phrase {
            Phrase(zh: "未定义的等级 '\(tier)'\(hint.zh)", en: "unknown tier '\(tier)'\(hint.en)")
        }

        public static let tierRequiresItself = Phrase(zh: "等级不能要求自身", en: "a tier cannot require itself")

        public static func tierRequiresLater(_ required: String) -> Phrase {
            Phrase(zh: "等级只能要求排在它前面的等级，'\(required)' 在其后",
                   en: "a tier can only require tiers listed before it; '\(required)' comes later")
        }

        public static func ruleRepeats(_ id: String) -> Phrase {
            Phrase(zh: "规则 '\(id)' 在本等级内重复", en: "rule '\(id)' repeats in this tier")
        }

        public static func unknownSource(_ source: String, hint: Phrase) -> Phrase {
            Phrase(zh: "未定义的来源 '\(source)'\(hint.zh)", en: "unknown source '\(source)'\(hint.en)")
        }

        // MARK: Items

        public static let choicesEmpty = Phrase(zh: "选项列表不能为空", en: "choices must not be empty")
        public static let choicesOnlyForChoiceFacts = Phrase(zh: "只有 type: choice 的信息项才能有 choices", en: "only facts of type choice take choices")

        /// `rule` is one of `IdentifierRule`.
        public static func invalidChoiceID(_ text: String, rule: Phrase) -> Phrase {
            Phrase(zh: "选项 '\(text)' 不是有效的标识：\(rule.zh)", en: "choice '\(text)' is not a valid id: \(rule.en)")
        }

        public static func choiceScoreRange(_ score: String) -> Phrase {
            Phrase(zh: "选项得分应在 0 到 1 之间，实际为 \(score)", en: "a choice's score must be between 0 and 1, found \(score)")
        }

        /// The `step` of a choice or band is not a whole number in `lowest…highest`.
        public static func stepRange(_ found: String, lowest: Int, highest: Int) -> Phrase {
            Phrase(zh: "提升成本 'step' 应为 \(lowest) 到 \(highest) 之间的整数，实际为 \(found)",
                   en: "'step' (the cost of reaching a level) must be a whole number from \(lowest) to \(highest), found \(found)")
        }

        public static func choiceRepeats(_ id: String, firstLine: Int) -> Phrase {
            Phrase(zh: "选项 '\(id)' 重复（第一次在第 \(firstLine) 行）", en: "choice '\(id)' repeats (first at line \(firstLine))")
        }

        public static func scaleNotList(_ id: String) -> Phrase {
            Phrase(zh: "量表 '\(id)' 应为选项列表", en: "scale '\(id)' must be a list of choices")
        }

        public static func scaleEmpty(_ id: String) -> Phrase {
            Phrase(zh: "量表 '\(id)' 没有选项", en: "scale '\(id)' has no choices")
        }

        public static func unknownDomain(_ domain: String, hint: Phrase) -> Phrase {
            Phrase(zh: "未定义的领域 '\(domain)'\(hint.zh)", en: "unknown domain '\(domain)'\(hint.en)")
        }

        public static let scaleAndChoices = Phrase(zh: "'scale' 与 'choices' 只能写一个", en: "give either 'scale' or 'choices', not both")

        public static func unknownScale(_ name: String, hint: Phrase) -> Phrase {
            Phrase(zh: "未定义的量表 '\(name)'\(hint.zh)", en: "unknown scale '\(name)'\(hint.en)")
        }

        public static let choiceNeedsScale = Phrase(zh: "选择题需要 'scale' 或 'choices'", en: "a choice indicator needs 'scale' or 'choices'")

        public static func onlyForNumbers(_ key: String) -> Phrase {
            Phrase(zh: "'\(key)' 只用于 number 或 percent 指标", en: "'\(key)' applies to number and percent indicators only")
        }

        public static func onlyForChoices(_ key: String) -> Phrase {
            Phrase(zh: "'\(key)' 只用于选择题", en: "'\(key)' applies to choice and multi indicators only")
        }

        public static let percentBounds = Phrase(
            zh: "百分比指标的范围固定为 0–100，不能写 min/max", en: "percent indicators are always 0–100; min/max are not allowed")

        public static func boolTakesNo(_ key: String) -> Phrase {
            Phrase(zh: "是非题不能有 '\(key)'", en: "a bool indicator takes no '\(key)'")
        }

        public static let bandsAndLinear = Phrase(zh: "'bands' 与 'linear' 只能写一个", en: "give either 'bands' or 'linear', not both")

        public static func bandScoreRange(_ score: String) -> Phrase {
            Phrase(zh: "分段得分应在 0 到 1 之间，实际为 \(score)", en: "a band's score must be between 0 and 1, found \(score)")
        }

        public static func bandsIncrease(_ from: String, previous: String) -> Phrase {
            Phrase(zh: "分段的 from 必须严格递增（\(from) 不大于 \(previous)）",
                   en: "band 'from' values must strictly increase (\(from) is not above \(previous))")
        }

        public static let bandsEmpty = Phrase(zh: "'bands' 不能为空", en: "'bands' must not be empty")
        public static let linearOrder = Phrase(zh: "linear 的 from 必须小于 to", en: "linear 'from' must be below 'to'")
        public static let numberNeedsScoring = Phrase(
            zh: "数值指标需要 'bands' 或 'linear'", en: "a number or percent indicator needs 'bands' or 'linear'")

        public static func weightNotPositive(_ weight: String) -> Phrase {
            Phrase(zh: "权重必须大于 0，实际为 \(weight)", en: "weight must be greater than 0, found \(weight)")
        }

        public static func maxBelowMin(max: String, min: String) -> Phrase {
            Phrase(zh: "max（\(max)）小于 min（\(min)）", en: "max (\(max)) is below min (\(min))")
        }

        // MARK: Expressions

        public static let expressionNotText = Phrase(zh: "表达式应为一段文本", en: "an expression must be text")

        public static func tiebreakNotNumber(_ type: String) -> Phrase {
            Phrase(zh: "排序依据应得出数字，实际为 \(type)", en: "a tie-break must yield a number, found \(type)")
        }

        /// `role` is one of `Item` (a metric or a gate).
        public static func cannotReadTier(_ role: Phrase) -> Phrase {
            Phrase(zh: "\(role.zh)不能读取 tier：等级在它之后才判定", en: "\(role.en) cannot read tier: tiers are decided after it")
        }

        public static func ruleReadsHigherTier(_ tier: String) -> Phrase {
            Phrase(zh: "规则只能读取更低的等级，'\(tier)' 不在其下", en: "a rule can only read lower tiers; '\(tier)' is not below it")
        }

        public static func unknownMetricUnit(_ unit: String, known: [String]) -> Phrase {
            Phrase(zh: "未知的显示单位 '\(unit)'；可选：\(known.joined(separator: "、"))",
                   en: "unknown display unit '\(unit)'; known: \(known.joined(separator: ", "))")
        }

        public static func enterpriseValueRepeats(_ value: String) -> Phrase {
            Phrase(zh: "取值 '\(value)' 重复列出", en: "the value '\(value)' is listed twice")
        }

        public static func enterpriseSpellingClash(_ spelling: String, field: String) -> Phrase {
            Phrase(zh: "'\(spelling)' 同时对应 \(field) 的两个取值（比较前会去除空格并把全角字符转为半角）",
                   en: "'\(spelling)' stands for two values of \(field) (blanks are trimmed and full-width characters read as half-width before comparing)")
        }

        public static func metricReadsLater(_ metric: String) -> Phrase {
            Phrase(zh: "指标值只能读取排在它前面的指标值，'\(metric)' 在其后",
                   en: "a metric can only read earlier metrics; '\(metric)' comes later")
        }

        /// `variable.field` names nothing; `kind` is one of `Field`.
        public static func unknownField(_ variable: String, _ field: String, kind: Phrase, hint: Phrase) -> Phrase {
            Phrase(zh: "\(variable).\(field)：没有这个\(kind.zh)\(hint.zh)", en: "\(variable).\(field): no such \(kind.en)\(hint.en)")
        }

        // MARK: Warnings and notes

        public static func emptyDomain(_ id: String) -> Phrase {
            Phrase(zh: "领域 '\(id)' 没有任何指标，其权重永远不会计入总分", en: "domain '\(id)' has no indicators; its weight never counts")
        }

        public static func contradictoryTier(_ tier: String, reference: String) -> Phrase {
            Phrase(zh: "等级 '\(tier)' 的规则对 \(reference) 的要求互相矛盾，永远无法同时满足",
                   en: "the rules of tier '\(tier)' can never all hold: their bounds on \(reference) contradict each other")
        }

        public static func misorderedTiers(_ higher: String, _ lower: String, high: Double, low: Double) -> Phrase {
            Phrase(zh: "等级 '\(higher)' 排在 '\(lower)' 之上，但要求的总分更低（\(high) < \(low)）：顺序可能写反了",
                   en: "tier '\(higher)' is listed above '\(lower)' but asks for a lower total (\(high) < \(low)); check the order")
        }

        /// What a provisional threshold is, in a note.
        public enum Threshold {
            public static let gate = Phrase(zh: "条件", en: "gate")
            public static let rule = Phrase(zh: "阈值", en: "threshold")
        }

        public static let noPublicSource = Phrase(zh: "无公开依据，可替换为官方数值", en: "no public source fixes it")

        public static func inferredFrom(_ source: String) -> Phrase {
            Phrase(zh: "参照 \(source) 推定，可替换为官方数值", en: "inferred from \(source); replace with the official value")
        }

        /// `kind` is one of `Threshold`; `reason` is `noPublicSource` or `inferredFrom(_:)`.
        public static func provisional(_ kind: Phrase, _ id: String, expression: String, reason: Phrase) -> Phrase {
            Phrase(zh: "暂定\(kind.zh) \(id)：\(expression)（\(reason.zh)）", en: "provisional \(kind.en) \(id): \(expression) (\(reason.en))")
        }

        /// `kind` is one of `Threshold`.
        public static func secondarySource(_ kind: Phrase, _ id: String, source: String, expression: String) -> Phrase {
            Phrase(zh: "\(kind.zh) \(id) 依据二手来源 \(source)，请对照原文核实：\(expression)",
                   en: "\(kind.en) \(id) rests on the secondary source \(source); check it against the original: \(expression)")
        }

        // MARK: The list of shipped rubrics (`zhizao rubrics`)

        public enum RubricList {
            public static let id = Phrase(zh: "细则 id", en: "id")
            public static let version = Phrase(zh: "版本", en: "version")
            public static let title = Phrase(zh: "名称", en: "title")
            public static let tiers = Phrase(zh: "等级", en: "tiers")
            public static let indicators = Phrase(zh: "指标数", en: "indicators")
            /// After the default rubric's id.
            public static let defaultMark = Phrase(zh: "（默认）", en: " (default)")
            /// After the id: `版本 2026.1，51 个指标`.
            public static func summary(version: String, indicators: Int) -> Phrase {
                Phrase(zh: "版本 \(version)，\(indicators) 个指标", en: "version \(version), \(indicators) indicators")
            }
            /// Before the tiers, lowest first.
            public static let tiersLabel = Phrase(zh: "等级：", en: "tiers: ")
        }
    }
}

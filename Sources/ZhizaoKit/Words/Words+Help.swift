extension Words {
    /// The command line's help (`zhizao --help`, `zhizao score --help`): one namespace per
    /// command, plus what several commands share. ArgumentParser prints help while it parses,
    /// before `--lang` is known, so help shows both languages at once, Chinese first; the
    /// executable puts the two together (`HelpText`).
    public enum Help {
        // Shared by several commands.
        /// `退出码 Exit status: …`, before the list of `ExitStatus`es.
        public static let exitStatus = Phrase(zh: "退出码", en: "Exit status")
        /// `示例 Examples:`, before command lines.
        public static let examples = Phrase(zh: "示例", en: "Examples")
        /// `--format` of the commands that write a document: `listed` is the registry's ids.
        public static func outputFormat(_ listed: String) -> Phrase {
            Phrase(zh: "输出格式", en: "Output: \(listed).")
        }
        /// `-o` of the commands that print a document unless told otherwise.
        public static let outputFile = Phrase(zh: "写入文件（默认输出到屏幕）", en: "Write to this file (default: standard output).")
        public static let done = Phrase(zh: "完成", en: "done")
        public static let invalidInput = Phrase(zh: "输入无效", en: "invalid input")

        /// One exit status of a command and what it means: `2 输入无效 invalid input`.
        public struct ExitStatus: Sendable {
            public let code: Int
            public let meaning: Phrase

            public init(_ code: Int, _ meaning: Phrase) {
                self.code = code
                self.meaning = meaning
            }
        }

        /// `--lang`, on every command.
        public enum LanguageOption {
            public static let help = Phrase(zh: "语言（默认：细则的第一种语言）", en: "Language (default: the rubric's first): zh | en.")
        }

        /// `--rubric`, on every command that reads assessments.
        public enum RubricOption {
            public static let help = Phrase(zh: "评价细则：文件路径或内置细则 id（优先于评估文件中的 rubric 字段）",
                                            en: "Rubric file or shipped id (wins over the assessment's own).")
        }

        /// `--limit NAME=VALUE`, on the commands that read input files; `names`: the limits'
        /// names, space-separated (`InputLimit`).
        public enum LimitOption {
            public static func help(names: String) -> Phrase {
                Phrase(zh: "放宽或收紧一项输入上限（可重复），如 xlsx-part-mb=128；名称：\(names)",
                       en: "Raise or lower one input limit (repeatable), such as xlsx-part-mb=128; names: \(names).")
            }
        }

        /// `--margin P`, on the commands that write a plan.

        public enum MarginOption {
            public static let help = Phrase(
                zh: "达标余量：计划在各分数门槛上多留 P 分（0–20，默认 0）",
                en: "Margin: the plan clears every score threshold by at least P points (0 to 20, one decimal at most; default 0).")
            /// `rank`: only the applicants' reports have plans.
            public static let rankHelp = Phrase(
                zh: "--reports 中计划的达标余量（0–20，默认 0；不影响排序）",
                en: "Margin for the plans in --reports: clear every score threshold by at least P points (0 to 20, default 0; never changes the ranking; needs --reports).")
        }

        // Abstracts fit one line of the subcommand list in 80 columns (54 columns, Chinese
        // counted as two); the discussion says the rest.

        /// `zhizao` itself.
        public enum Zhizao {
            /// Said as `中文 — English`: the Chinese names the tool, the English says what it does.
            public static let abstract = Phrase(zh: "智造：智能工厂梯度评价工具",
                                                en: "scores smart-factory self-assessments against tier rubrics.")
        }

        /// `zhizao score`.
        public enum Score {
            public static let abstract = Phrase(zh: "评分并判定等级", en: "Score assessments and decide tiers.")
            public static let exitStatuses = [
                ExitStatus(0, done),
                ExitStatus(1, Phrase(zh: "未达到 --min-tier", en: "the --min-tier bar is not met")),
                ExitStatus(2, invalidInput),
            ]
            public static let files = Phrase(zh: "评估文件（YAML/JSON）", en: "Assessment files.")
            /// `listed` is the registry's ids.
            public static func format(_ listed: String) -> Phrase {
                Phrase(zh: "输出格式", en: "Output: \(listed) (JSON Lines).")
            }
            public static let explain = Phrase(zh: "列出每条申报条件和规则", en: "Show every gate and rule.")
            public static let minTier = Phrase(zh: "未达到此等级则退出码为 1", en: "Exit 1 unless this tier is achieved.")
            public static let noPlan = Phrase(zh: "不计算升级路径", en: "Skip the improvement plan.")
        }

        /// `zhizao report`.
        public enum Report {
            public static let abstract = Phrase(zh: "生成评价报告", en: "Write an assessment's full report.")
            public static let about = Phrase(
                zh: "报告日期取当天；设置 SOURCE_DATE_EPOCH 可固定日期，便于复现。",
                en: "The report date is today; set SOURCE_DATE_EPOCH to fix it, for reproducible output.")
            /// How the format is chosen, and where HTML and Word go.
            public static let formats = Phrase(
                zh: "格式取自 --format；未给出时取自 -o 的扩展名（.html .htm .md .markdown .json .docx）；两者都没有时为 html。两者矛盾时报错。HTML 和 Word（docx）报告不会输出到终端，请用 -o 写入文件。",
                en: "The format is --format's; without it, the one -o's ending names (.html .htm .md .markdown .json .docx); without either, html. The two must agree. HTML and Word (docx) reports are never printed to a terminal: write them to a file with -o.")
            public static let exampleCommands = [
                "zhizao report Examples/shandong/weifang-diesel-engine.yaml -o report.docx",
                "zhizao report Examples/shandong/weifang-diesel-engine.yaml -o report.html",
                "zhizao report Examples/shandong/weifang-diesel-engine.yaml --format markdown",
            ]
            /// `--format`: `listed` is the registry's ids.
            public static func format(_ listed: String) -> Phrase {
                Phrase(zh: "输出格式（默认：-o 的扩展名所示格式，否则 html）", en: "Output: \(listed) (default: the one -o's ending names, else html).")
            }
            public static let output = Phrase(zh: "写入文件（扩展名可决定格式；默认输出到屏幕）",
                                              en: "Write to this file (its ending can choose the format; default: standard output).")
            public static let exitStatuses = [ExitStatus(0, done), ExitStatus(2, invalidInput)]
            public static let file = Phrase(zh: "评估文件（YAML/JSON）", en: "The assessment file.")
            public static let template = Phrase(zh: "自定义模板（HTML/Markdown，Mustache）", en: "Use this template instead of the built-in one.")
        }

        /// `zhizao rank`.
        public enum Rank {
            public static let abstract = Phrase(zh: "批量评分并排序", en: "Score a batch and rank it per tier.")
            public static let about = Phrase(
                zh: "输入可以是文件、文件夹（递归查找 .yaml .yml .json .csv .xlsx）或表格（每行一家企业）。每个输入都会被评分或列入 rejected.csv。",
                en: "Inputs are files, folders (searched for .yaml .yml .json .csv .xlsx) and sheets (one enterprise per row). Every input is either ranked or listed in rejected.csv.")
            public static let exitStatuses = [
                ExitStatus(0, Phrase(zh: "完成排序（即使有被拒绝的输入）", en: "ranked, even with rejects")),
                ExitStatus(2, Phrase(zh: "用法错误", en: "usage error")),
            ]
            public static let inputs = Phrase(zh: "评估文件或文件夹", en: "Assessment files or folders.")
            public static let out = Phrase(zh: "输出文件夹", en: "Folder for ranking.csv, ranking.json, ranking.md, rejected.csv.")
            public static let tier = Phrase(zh: "所有企业按此等级排序", en: "Rank everyone against this tier (default: each one's applying_for).")
            public static let quota = Phrase(zh: "每个名单入选前 N 家达标企业", en: "Select the first N achievers of each list.")
            public static let allowIncomplete = Phrase(zh: "允许未完整作答的申报入选（默认排序但不入选）",
                                                      en: "Let incomplete assessments be selected (by default they are ranked, never selected).")
            public static let quotaBy = Phrase(zh: "按城市或行业分配名额", en: "Apply the quota per city or industry.")
            public static let jobs = Phrase(zh: "并行数（默认全部核心）", en: "Parallel jobs (default: every core).")
            public static let reports = Phrase(zh: "每家企业另写一份 HTML 报告到 DIR/reports/（含改进计划与百分位）",
                                               en: "Also write one HTML report per applicant into DIR/reports/ (with its plan and percentiles).")
        }

        /// `zhizao check`.
        public enum Check {
            public static let abstract = Phrase(zh: "在终端逐题自评", en: "Self-assess in the terminal.")
            public static let about = Phrase(
                zh: "先问企业信息和概况（它们决定申报资格），再按领域逐题提问。每题可输入：编号或选项、? 查看说明和佐证材料、b 上一题、s 跳过、n 不适用（需说明理由）、g 题号 跳到某题、q 保存退出；数字可用全角输入。每答一题即保存，可用 --resume 继续；同一答卷同时只能由一个会话填写。最后列出未答的题目供补答，再给出判定等级、各领域得分、改进建议，并写出 HTML 和 Markdown 报告。",
                en: "First the enterprise and its profile (they decide eligibility), then every indicator, domain by domain. At each question: a choice, ? for guidance and evidence, b back, s skip, n not applicable (with the reason), g N go to question N, q save and quit; full-width digits are read as digits. Saved after every answer; --resume goes on; one session per answers file. Unanswered questions are offered again before the result: the verdict, the domain scores, the plan, and an HTML and a Markdown report.")
            public static let exitStatuses = [
                ExitStatus(0, Phrase(zh: "完成或已保存退出", en: "done, or saved and quit")),
                ExitStatus(2, Phrase(zh: "用法错误、文件无效或正由另一会话填写", en: "usage error, invalid file, or a file another session is filling in")),
            ]
            public static let output = Phrase(zh: "新建的答卷文件（默认 zhizao-check.yaml）", en: "A new answers file (default zhizao-check.yaml).")
            public static let resume = Phrase(zh: "继续填写这份答卷", en: "Go on with this answers file.")
            public static let file = Phrase(zh: "答卷文件：已存在则继续填写，不存在则新建", en: "The answers file: gone on with if it exists, begun if not.")
        }

        /// `zhizao template`.
        public enum Template {
            public static let abstract = Phrase(zh: "生成空白问卷", en: "Write a blank questionnaire.")
            public static let about = Phrase(
                zh: "yaml：每个问题、选项和说明都写成注释，可直接在编辑器中填写。csv / xlsx：第一行为字段 id，第二行为中文标题，每家企业一行；xlsx 另有下拉选项、数值范围和“问题说明”工作表。填好后用 zhizao import 或 zhizao rank 读取。",
                en: "yaml: every question, choice and guidance as comments, to fill in an editor. csv / xlsx: a row of ids, a row of titles, one enterprise per row; xlsx adds drop-downs, number bounds and a sheet of questions. Read them back with zhizao import or zhizao rank.")
            public static let exitStatuses = [
                ExitStatus(0, done),
                ExitStatus(2, Phrase(zh: "用法错误或无法写入", en: "usage error or cannot write")),
            ]
            /// `listed` is the registry's ids.
            public static func format(_ listed: String) -> Phrase {
                Phrase(zh: "格式", en: "Format: \(listed).")
            }
            public static let output = Phrase(zh: "写入文件（yaml/csv 默认输出到屏幕）", en: "Write to this file (yaml and csv default to standard output).")
        }

        /// `zhizao import`.
        public enum Import {
            public static let abstract = Phrase(zh: "把表格逐行转换为评估文件", en: "Sheet rows → assessments.")
            public static let about = Phrase(
                zh: "文件按统一社会信用代码命名（没有代码时为 row-行号.yaml）。有错误的行不写出，每个错误都指明单元格和应填内容。输出文件夹中内容不同的同名文件不会被覆盖，除非加 --force。",
                en: "Files are named by credit code (row-N.yaml without one). A row with errors is not written; every error names its cell and what was expected. A file in DIR with other content is never replaced without --force.")
            public static let exitStatuses = [
                ExitStatus(0, Phrase(zh: "全部写出", en: "every row written")),
                ExitStatus(2, Phrase(zh: "有行被拒绝或无法读取", en: "some rows refused, or unreadable input")),
            ]
            public static let file = Phrase(zh: "问卷表格（.csv 或 .xlsx）", en: "The filled-in questionnaire.")
            public static let output = Phrase(zh: "输出文件夹", en: "Folder for the assessment files.")
            public static let force = Phrase(zh: "覆盖输出文件夹中内容不同的同名文件", en: "Replace files in DIR that hold something else (never done without it).")
        }

        /// `zhizao diff`.
        public enum Diff {
            public static let abstract = Phrase(zh: "比较两份评估", en: "Compare two assessments.")
            /// Followed by `twoRubricVersionsExample`.
            public static let twoRubricVersions = Phrase(zh: "同一份评估按两个版本的细则比较", en: "One assessment under two rubric versions")
            /// A command line, the same in every language.
            public static let twoRubricVersionsExample = "zhizao diff a.yaml a.yaml --old-rubric OLD --new-rubric NEW"
            public static let precedence = Phrase(
                zh: "--old-rubric / --new-rubric 优先于 --rubric，--rubric 优先于评估文件中的 rubric 字段。",
                en: "--old-rubric / --new-rubric win over --rubric for their side; --rubric wins over the files' own.")
            public static let exitStatuses = [
                ExitStatus(0, Phrase(zh: "已比较（无论有无差异）", en: "compared, whether or not anything differs")),
                ExitStatus(2, invalidInput),
            ]
            public static let old = Phrase(zh: "旧评估文件（YAML/JSON）", en: "The earlier assessment.")
            public static let new = Phrase(zh: "新评估文件（YAML/JSON）", en: "The later assessment.")
            public static let oldRubric = Phrase(zh: "旧评估使用的细则", en: "Rubric for OLD (file or shipped id).")
            public static let newRubric = Phrase(zh: "新评估使用的细则", en: "Rubric for NEW (file or shipped id).")
        }

        /// `zhizao validate`.
        public enum Validate {
            public static let abstract = Phrase(zh: "校验评价细则和评估文件", en: "Check rubrics, assessments.")
            public static let exitStatuses = [
                ExitStatus(0, Phrase(zh: "无错误", en: "no errors")),
                ExitStatus(2, Phrase(zh: "有错误", en: "errors found")),
            ]
            public static let files = Phrase(zh: "细则或评估文件（YAML/JSON），或包含它们的文件夹", en: "Rubric or assessment files, or folders holding them.")
        }

        /// `zhizao rubrics`.
        public enum Rubrics {
            public static let abstract = Phrase(zh: "列出内置评价细则", en: "List the shipped rubrics.")
        }

        /// `zhizao rubric-doc`.
        public enum RubricDoc {
            public static let abstract = Phrase(zh: "把评价细则生成可发布的手册", en: "Render a rubric handbook.")
            public static let rubric = Phrase(zh: "细则文件或内置细则 id", en: "A rubric file or a shipped rubric id.")
        }

        /// `zhizao expr`.
        public enum Expr {
            public static let abstract = Phrase(zh: "计算一个规则表达式", en: "Evaluate a rule expression (CEL).")
            /// Command lines, the same in every language; a long one goes on, indented, after a `\`.
            public static let exampleCommands = [
                """
                zhizao expr 'total >= 60.0 && domain.production >= 50.0' \\
                    --var total=63.4 --var 'domain={"production": 48.5}'
                """,
                """
                zhizao expr "profile.accident_grade_3y in ['none', 'general']" \\
                    --var 'profile={"accident_grade_3y": "none"}'
                """,
            ]
            public static let exitStatuses = [
                ExitStatus(0, Phrase(zh: "值已算出", en: "value computed")),
                ExitStatus(1, Phrase(zh: "计算出错", en: "evaluation error")),
                ExitStatus(2, Phrase(zh: "表达式或变量无效", en: "invalid expression or variable")),
            ]
            public static let expression = Phrase(zh: "CEL 表达式", en: "The CEL expression.")
            public static let variable = Phrase(zh: "变量，写作 名称=JSON", en: "Bind a variable, as name=JSON (repeatable).")
            public static let dynamic = Phrase(zh: "不做静态类型检查", en: "Skip static checking (problems appear when evaluating).")
        }
    }
}

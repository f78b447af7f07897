extension Words {
    /// Spreadsheets as input (Sheets/): CSV files, XLSX workbooks, their headers and cells.
    public enum Sheets {
        // MARK: Files

        public static func fileTooLarge(megabytes: Int) -> Phrase {
            Phrase(zh: "文件超过 \(megabytes) MB 上限", en: "the file is larger than the \(megabytes) MB limit")
        }

        public static let invalidUTF16 = Phrase(zh: "文件以 UTF-16 字节序标记开头，但内容不是有效的 UTF-16",
                                                en: "the file starts with a UTF-16 byte-order mark but is not valid UTF-16")

        /// A byte that is not text in the encodings tried (`UTF-8`, or `UTF-8 或 GB18030`).
        public static func invalidByte(_ number: Int, hex: String, encodings: Phrase) -> Phrase {
            Phrase(zh: "第 \(number) 个字节（0x\(hex)）不是有效的 \(encodings.zh) 文本；请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”",
                   en: "byte \(number) (0x\(hex)) is not valid \(encodings.en) text; save the sheet as \"CSV UTF-8 (comma delimited)\" in Excel or WPS")
        }

        public static let utf8 = Phrase.same("UTF-8")
        public static let utf8OrGB18030 = Phrase(zh: "UTF-8 或 GB18030", en: "UTF-8 or GB18030")

        /// At the opening quote of a field that never closes.
        public static let unclosedQuote = Phrase(
            zh: "引号没有闭合：这一格以引号开头，但在这一行的记录内找不到闭合引号",
            en: "a quote is never closed: this cell opens with a quote that does not close within its row")

        /// At the opening quote of a field whose closing quote is followed by text.
        public static let textAfterClosingQuote = Phrase(
            zh: "闭合引号后应为分隔符或换行；单元格中的引号要写成两个（\"\"）",
            en: "a closing quote must be followed by a delimiter or a line break; write a quote inside a cell as \"\"")

        /// A data row that cannot be split into cells (`problem` says why): only it is lost.
        public static func rowNotRead(_ problem: Phrase) -> Phrase {
            Phrase(zh: "\(problem.zh)；这一行未评分，其后各行照常读取", en: "\(problem.en); the row is not scored, the rows after it are read")
        }

        /// The header row cannot be split into cells: no column is known.
        public static func headerNotRead(_ problem: Phrase) -> Phrase {
            Phrase(zh: "\(problem.zh)；表头无法读取，整张表未评分", en: "\(problem.en); the header cannot be read, so neither can the sheet")
        }

        // MARK: Headers of titles

        /// The titles the questionnaire gives the fields every sheet may have, by header id
        /// (`zhizao template`'s second header row), to tell a row of titles from an applicant.
        public static let fieldTitles: [(id: String, title: Phrase)] = [
            ("enterprise.name", Questionnaire.enterpriseName), ("enterprise.credit_code", Questionnaire.creditCode),
            ("enterprise.city", Questionnaire.city), ("enterprise.industry", Questionnaire.industry),
            ("applying_for", Questionnaire.applyingFor), ("submitted", Questionnaire.submitted),
        ]

        /// The title of an indicator's N/A column, as the questionnaire writes it.
        public static func notApplicableTitle(of title: String) -> Phrase { Questionnaire.notApplicableReason(of: title) }

        // MARK: Workbooks

        public static let notZip = Phrase(zh: "不是有效的 XLSX 工作簿（文件已损坏，或不是 Excel 文件）",
                                          en: "not a valid XLSX workbook (the file is damaged, or not an Excel file)")
        public static let emptyFile = Phrase(zh: "文件是空的（0 字节），可能发送或下载失败：请让申报企业重新发送",
                                             en: "the file is empty (0 bytes), perhaps a failed upload or download: ask the applicant to send it again")
        public static let legacyWorkbook = Phrase(
            zh: "这是旧版 Excel 97-2003（.xls）或 WPS 格式的表格，本工具不读取：请用 Excel 或 WPS 打开，另存为“Excel 工作簿（*.xlsx）”后再提交",
            en: "an Excel 97-2003 (.xls) or WPS spreadsheet, which zhizao does not read: open it in Excel or WPS and save it as an Excel Workbook (*.xlsx)")
        public static let encryptedWorkbook = Phrase(
            zh: "工作簿设置了打开密码，无法读取：请申报企业在 Excel 中删除密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新发送",
            en: "the workbook has an opening password and cannot be read: ask the applicant to remove it in Excel (File → Info → Protect Workbook → Encrypt with Password, cleared) and send it again")
        public static let truncatedWorkbook = Phrase(
            zh: "文件不完整（可能下载中断或邮件附件损坏）：请重新下载，或让申报企业重新发送",
            en: "the file is incomplete (an interrupted download or a damaged attachment): download it again or ask the applicant to send it again")
        public static let textNotWorkbook = Phrase(
            zh: "这是文本文件（CSV 或网页），不是 Excel 工作簿：若是 CSV，请把扩展名改为 .csv",
            en: "a text file (CSV or a web page), not an Excel workbook: if it is CSV, rename it to .csv")
        /// `document`: `wordDocument`, `powerPointDocument`, `openDocument` or `numbersDocument`;
        /// `convertible`: whether its program can save it as a workbook (a spreadsheet's can,
        /// Word's and PowerPoint's cannot).
        public static func otherDocument(_ document: Phrase, convertible: Bool) -> Phrase {
            convertible
                ? Phrase(zh: "这是 \(document.zh)，不是 Excel 工作簿：请另存为“Excel 工作簿（*.xlsx）”后再提交",
                         en: "\(document.en), not an Excel workbook: save it as an Excel Workbook (*.xlsx) and send that")
                : Phrase(zh: "这是 \(document.zh)，不是 Excel 工作簿：请提交填好的问卷 .xlsx",
                         en: "\(document.en), not an Excel workbook: send the filled-in questionnaire .xlsx")
        }
        public static let wordDocument = Phrase(zh: "Word 文档", en: "a Word document")
        public static let powerPointDocument = Phrase(zh: "PowerPoint 演示文稿", en: "a PowerPoint presentation")
        public static let openDocument = Phrase(zh: "OpenDocument 文件（如 .ods）", en: "an OpenDocument file (such as .ods)")
        public static let numbersDocument = Phrase(zh: "Numbers 文件", en: "a Numbers file")
        /// A spreadsheet format zhizao does not read, known by its file name's ending.
        public static func unreadableSpreadsheetFormat(_ ending: String) -> Phrase {
            Phrase(zh: "本工具不读取 .\(ending) 格式的表格，只读 .xlsx 和 .csv：请用 Excel 或 WPS 打开，另存为“Excel 工作簿（*.xlsx）”后再提交",
                   en: "zhizao does not read .\(ending) spreadsheets, only .xlsx and .csv: open it in Excel or WPS and save it as an Excel Workbook (*.xlsx)")
        }
        public static let noWorkbookPart = Phrase(zh: "找不到工作簿部件（_rels/.rels 中没有 officeDocument）",
                                                  en: "no workbook part (_rels/.rels names no officeDocument)")
        public static let noWorksheet = Phrase(zh: "工作簿中没有工作表", en: "the workbook has no worksheet")

        public static func missingPart(_ path: String) -> Phrase {
            Phrase(zh: "工作簿缺少部件 \(path)", en: "the workbook has no part \(path)")
        }

        /// `raise`: the option that raises the limit (`--limit xlsx-part-mb=128`).
        public static func partTooLarge(_ path: String, megabytes: Int, raise: String) -> Phrase {
            Phrase(zh: "部件 \(path) 解压后超过 \(megabytes) MB 上限（xlsx-part-mb）" + raising(raise).zh,
                   en: "part \(path) inflates past the \(megabytes) MB limit (xlsx-part-mb)" + raising(raise).en)
        }

        public static func tooManySharedStrings(limit: Int, raise: String) -> Phrase {
            Phrase(zh: "共享字符串表超过 \(limit) 条上限（shared-strings）" + raising(raise).zh,
                   en: "the shared-strings table has more than \(limit) entries, the limit (shared-strings)" + raising(raise).en)
        }

        public static func sharedStringsTooLong(megabytes: Int, raise: String) -> Phrase {
            Phrase(zh: "共享字符串的文字超过 \(megabytes) MB 上限（shared-strings-mb）" + raising(raise).zh,
                   en: "the shared strings hold more than \(megabytes) MB of text, the limit (shared-strings-mb)" + raising(raise).en)
        }

        /// The cells of a sheet use more shared-string text than the limit (each use counted).
        public static func sheetTextTooLong(row: Int, megabytes: Int, raise: String) -> Phrase {
            Phrase(zh: "到第 \(row) 行为止，单元格引用的共享字符串文字（重复引用重复计算）超过 \(megabytes) MB 上限（shared-strings-mb）" + raising(raise).zh,
                   en: "by row \(row) the cells use more than \(megabytes) MB of shared-string text (each use counted), the limit (shared-strings-mb)" + raising(raise).en)
        }

        public static func tooManyCells(row: Int, limit: Int, raise: String) -> Phrase {
            Phrase(zh: "到第 \(row) 行为止，工作表超过 \(limit) 个单元格上限（含每行最后一格之前的空单元格，sheet-cells）" + raising(raise).zh,
                   en: "by row \(row) the sheet holds more than \(limit) cells, the limit (counting the empty cells before a row's last one; sheet-cells)" + raising(raise).en)
        }

        /// `；若文件可信、确需更大，请用 --limit … 放宽`.
        private static func raising(_ option: String) -> Phrase {
            Phrase(zh: "；若文件可信、确需更大，请用 \(option) 放宽", en: "; if the file is trusted and needs more, raise it with \(option)")
        }

        public static func damagedPart(_ path: String) -> Phrase {
            Phrase(zh: "文件已损坏，其中的 \(path) 无法解压：请重新下载，或让申报企业重新发送",
                   en: "the file is damaged: its part \(path) cannot be inflated; download it again or ask the applicant to send it again")
        }

        public static func malformedPart(_ path: String, problem: String) -> Phrase {
            Phrase(zh: "部件 \(path) 不是有效的 XML：\(problem)", en: "part \(path) is not well-formed XML: \(problem)")
        }

        public static func tooManyColumns(row: Int, column: Int) -> Phrase {
            Phrase(zh: "第 \(row) 行有第 \(column) 列，超过 Excel 的 16384 列上限",
                   en: "row \(row) has a cell in column \(column), past Excel's 16,384 columns")
        }

        // MARK: Sheets and headers

        public static let empty = Phrase(zh: "表格是空的：没有表头，也没有数据行", en: "the sheet is empty: no header and no data rows")
        public static let headerOnly = Phrase(zh: "表格只有表头，没有数据行", en: "the sheet has a header but no data rows")

        /// A header cell that holds no text; `why` says what it holds.
        public static func unreadableHeaderCell(_ why: Phrase) -> Phrase {
            Phrase(zh: "表头单元格无法读取（\(why.zh)），整张表无法读取", en: "a header cell cannot be read (\(why.en)), so neither can the sheet")
        }

        /// What a header cell holds, for `unreadableHeaderCell`.
        public static func headerMissingSharedString(_ index: Int) -> Phrase {
            Phrase(zh: "引用的共享字符串 #\(index) 不存在，文件可能已损坏", en: "it refers to shared string #\(index), which the file does not have; the file may be damaged")
        }

        public static func headerErrorValue(_ code: String) -> Phrase { Phrase(zh: "错误值 \(code)", en: "the error value \(code)") }

        public static func headerFormulaWithoutValue(_ formula: String) -> Phrase {
            Phrase(zh: "公式 =\(formula) 没有计算结果", en: "the formula =\(formula) has no stored result")
        }

        public static func rowTooWide(cells: Int, header: Int) -> Phrase {
            Phrase(zh: "这一行有 \(cells) 个单元格，比表头的 \(header) 个多", en: "this row has \(cells) cells, more than the header's \(header)")
        }

        /// `column`: the column's letters (`C`).
        public static func repeatedHeader(_ id: String, firstColumn column: String) -> Phrase {
            Phrase(zh: "表头 '\(id)' 重复（第 \(column) 列已有）", en: "header '\(id)' repeats (already in column \(column))")
        }

        public static func unknownHeader(_ id: String, rubric: String, closest: String?) -> Phrase {
            Phrase(zh: "表头 '\(id)' 不是细则 \(rubric) 中的字段" + (closest.map { "（是否应为 '\($0)'？）" } ?? ""),
                   en: "header '\(id)' is not a field of rubric \(rubric)" + (closest.map { " (did you mean '\($0)'?)" } ?? ""))
        }

        // MARK: Cells

        public static let unnamedColumn = Phrase(zh: "这一列没有表头（字段 id），但单元格有内容", en: "this column has no header (field id) but the cell has a value")

        /// A date-formatted cell where a number belongs; `shown`: the day it shows, if any.
        public static func dateWhereNumber(shown: String?) -> Phrase {
            Phrase(zh: "单元格是日期格式\(shown.map { "（显示为 \($0)）" } ?? "")，这里应填数字；请把单元格格式改为“常规”或“数值”",
                   en: "the cell is formatted as a date\(shown.map { " (it shows \($0))" } ?? "") but a number belongs here; set its format to General or Number")
        }

        public static func invalidDateSerial(_ raw: String) -> Phrase {
            Phrase(zh: "日期 \(raw) 不是有效的日期", en: "date serial \(raw) is not a valid day")
        }

        public static func creditCodeAsNumber(_ raw: String) -> Phrase {
            Phrase(zh: "信用代码被 Excel 存成了数字 \(raw)，末位已丢失；请把该列设为“文本”格式后重新输入",
                   en: "the credit code was stored by Excel as the number \(raw) and has lost digits; format the column as Text and type it again")
        }

        /// `code`: the scalar's hex digits (`001B`).
        public static func controlCharacter(_ code: String) -> Phrase {
            Phrase(zh: "单元格含控制字符 U+\(code)", en: "the cell holds the control character U+\(code)")
        }

        public static func errorValue(_ code: String) -> Phrase {
            Phrase(zh: "单元格是错误值 \(code)", en: "the cell holds the error value \(code)")
        }

        public static func formulaWithoutValue(_ formula: String) -> Phrase {
            Phrase(zh: "公式 =\(formula) 没有保存计算结果；请在 Excel 或 WPS 中打开并保存后再导入",
                   en: "the formula =\(formula) has no stored result; open and save the file in Excel or LibreOffice first")
        }

        public static func missingSharedString(_ index: Int) -> Phrase {
            Phrase(zh: "单元格引用的共享字符串 #\(index) 在文件中不存在（文件可能已损坏）",
                   en: "the cell refers to shared string #\(index), which the file does not have (the file may be damaged)")
        }
    }
}

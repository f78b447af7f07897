extension Words {
    /// Writing output files.
    public enum Writing {
        public static let folderMissing = Phrase(zh: "文件夹不存在", en: "the folder does not exist")
        public static let permissionDenied = Phrase(zh: "没有写入权限", en: "permission denied")
        public static let diskFull = Phrase(zh: "磁盘空间不足", en: "no space left on the disk")
        public static let readOnly = Phrase(zh: "磁盘为只读", en: "the disk is read-only")
        /// `reason`: one of the above in the same language, or the system's own words.
        public static func cannotWrite(_ reason: String) -> Phrase {
            Phrase(zh: "无法写入：\(reason)", en: "cannot write: \(reason)")
        }
    }
}

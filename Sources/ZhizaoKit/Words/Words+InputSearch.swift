extension Words {
    /// Finding the inputs in the folders a user names (Input/InputFinder.swift).
    public enum InputSearch {
        public static let unreadableFolder = Phrase(zh: "无法读取这个文件夹：其中的评估文件无法找到", en: "cannot read this folder, so the assessments in it cannot be found")
        public static let unreadableEntry = Phrase(zh: "无法读取这一项（不知是文件还是文件夹），未评分", en: "cannot read this entry (a file or a folder?), so it was not scored")
        /// A path given on the command line where nothing is (`rank` stops before writing anything).
        public static let missingInput = Phrase(zh: "找不到这个输入：没有这个文件或文件夹（或链接指向的文件不存在），未写出任何结果",
                                                en: "no such input: there is no file or folder here (or the link points to nothing); nothing was written")
    }
}

import Mustache

/// `{{% CONTENT_TYPE: MARKDOWN}}` in a template: values escaped for Markdown instead of HTML.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Markup.markdown(text) }

    /// Makes the content type available to templates (once per process).
    static let register: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}

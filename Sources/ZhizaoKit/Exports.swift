// Every user of the engine speaks through `Language` and `Phrase`.
@_exported import ZhizaoLanguage

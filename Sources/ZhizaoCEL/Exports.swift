// CEL's messages are phrases in zhizao's languages.
@_exported import ZhizaoLanguage

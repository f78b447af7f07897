import Foundation
@testable import ZhizaoCEL

/// One upstream CEL conformance case, as converted to JSON (see the folder's README.md).
struct ConformanceCase: Sendable {
    enum Expectation: Sendable {
        case value(CELValue)
        case error(String)
    }

    let file: String
    let section: String
    let name: String
    let expression: String
    let disableCheck: Bool
    let typeEnvironment: [String: CELType]
    let bindings: [String: CELValue]
    let expectation: Expectation

    var id: String { "\(file)/\(section)/\(name)" }

    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    static func load(_ url: URL) throws -> [ConformanceCase] {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let file = root["file"] as? String,
              let tests = root["tests"] as? [[String: Any]]
        else { throw FormatError(description: "\(url.lastPathComponent): not a conformance file") }
        return try tests.map { test in
            guard let section = test["section"] as? String, let name = test["name"] as? String,
                  let expr = test["expr"] as? String, let expect = test["expect"] as? [String: Any]
            else { throw FormatError(description: "\(file): malformed test") }
            var typeEnvironment: [String: CELType] = [:]
            for (variable, text) in test["type_env"] as? [String: String] ?? [:] {
                guard let type = CELType(parsing: text) else {
                    throw FormatError(description: "\(file)/\(name): unknown type \(text)")
                }
                typeEnvironment[variable] = type
            }
            var bindings: [String: CELValue] = [:]
            for (variable, typed) in test["bindings"] as? [String: Any] ?? [:] {
                bindings[variable] = try typedValue(typed)
            }
            let expectation: Expectation
            if let value = expect["value"] {
                expectation = .value(try typedValue(value))
            } else if let message = expect["error"] as? String {
                expectation = .error(message)
            } else if let messages = expect["errors"] as? [String] {
                expectation = .error(messages.joined(separator: "; "))
            } else {
                throw FormatError(description: "\(file)/\(name): no expectation")
            }
            return ConformanceCase(file: file, section: section, name: name, expression: expr,
                                   disableCheck: test["disable_check"] as? Bool ?? false,
                                   typeEnvironment: typeEnvironment, bindings: bindings, expectation: expectation)
        }
    }

    /// Decodes the typed value encoding: `{"int": "1"}`, `{"list": [...]}`, …
    static func typedValue(_ json: Any) throws -> CELValue {
        guard let object = json as? [String: Any], object.count == 1, let (kind, payload) = object.first else {
            throw FormatError(description: "not a typed value: \(json)")
        }
        switch kind {
        case "null": return .null
        case "bool":
            guard let b = payload as? Bool else { break }
            return .bool(b)
        case "int":
            guard let text = payload as? String, let i = Int64(text) else { break }
            return .int(i)
        case "uint":
            guard let text = payload as? String, let u = UInt64(text) else { break }
            return .uint(u)
        case "double":
            switch payload {
            case let text as String:
                switch text {
                case "NaN": return .double(.nan)
                case "Infinity": return .double(.infinity)
                case "-Infinity": return .double(-.infinity)
                default: break
                }
            case let number as NSNumber:
                return .double(number.doubleValue)
            default: break
            }
        case "string":
            guard let s = payload as? String else { break }
            return .string(s)
        case "list":
            guard let elements = payload as? [Any] else { break }
            return .list(try elements.map(typedValue))
        case "map":
            guard let entries = payload as? [[String: Any]] else { break }
            var pairs: [(CELMapKey, CELValue)] = []
            for entry in entries {
                guard let keyJSON = entry["key"], let valueJSON = entry["value"],
                      let key = CELMapKey(try typedValue(keyJSON))
                else { throw FormatError(description: "bad map entry \(entry)") }
                pairs.append((key, try typedValue(valueJSON)))
            }
            switch CELMap.make(pairs) {
            case .success(let map): return .map(map)
            case .failure(let problem): throw FormatError(description: problem.message(.en))
            }
        default: break
        }
        throw FormatError(description: "bad typed value \(object)")
    }

    /// Runs the case: nil when it passes, else what went wrong.
    func run() -> String? {
        var environment = CELEnvironment(checking: disableCheck ? .dynamic : .strict)
        for (variable, type) in typeEnvironment.sorted(by: { $0.key < $1.key }) {
            environment.declare(variable, as: type)
        }
        for variable in bindings.keys.sorted() where typeEnvironment[variable] == nil {
            environment.declare(variable, as: .dyn)
        }
        let program: CELProgram
        do {
            program = try environment.compile(expression)
        } catch {
            if case .error = expectation { return nil }
            return "compile error: \(error)"
        }
        var values = environment.makeBindings()
        for (variable, value) in bindings { values[variable] = value }
        let result: Result<CELValue, CELEvalError>
        do {
            result = .success(try program.evaluate(values))
        } catch {
            result = .failure(error)
        }
        switch (expectation, result) {
        case (.value(let expected), .success(let actual)):
            return expected == actual ? nil
                : "expected \(CELValueFormatter.literal(expected)), got \(CELValueFormatter.literal(actual))"
        case (.value(let expected), .failure(let error)):
            return "expected \(CELValueFormatter.literal(expected)), got error: \(error)"
        case (.error(let message), .success(let actual)):
            return "expected error (\(message)), got \(CELValueFormatter.literal(actual))"
        case (.error, .failure):
            return nil
        }
    }
}

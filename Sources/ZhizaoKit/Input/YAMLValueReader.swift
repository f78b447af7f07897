import Yams
import ZhizaoCEL

/// Reads a JSON or YAML text into a CEL value (for `zhizao expr --var`), with YAML 1.2
/// core-schema scalars: quoted scalars are strings, plain ones are typed by
/// `CoreSchemaScalar`. The number of nodes, counted as aliases expand them, is capped, so
/// an alias bomb is refused after a bounded amount of work instead of eating memory.
public enum YAMLValueReader {
    public static let defaultNodeLimit = 100_000

    public static func value(from text: String, nodeLimit: Int = defaultNodeLimit) throws(InputError) -> CELValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, Resolver.basic)
        } catch let error as YamlError {
            throw inputError(error)
        } catch {
            throw InputError(line: 1, column: 1, LocalizedMessage(zh: "无法读取：\(error)", en: "cannot read: \(error)"))
        }
        guard let node else {
            throw InputError(line: 1, column: 1, LocalizedMessage(zh: "值为空", en: "empty value"))
        }
        var budget = nodeLimit
        return try convert(node, budget: &budget)
    }

    private static func convert(_ node: Node, budget: inout Int) throws(InputError) -> CELValue {
        budget -= 1
        if budget < 0 {
            throw InputError(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                             LocalizedMessage(zh: "内容过大（节点数超过上限）", en: "too large (more nodes than allowed)"))
        }
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            switch CoreSchemaScalar(plain: scalar.string) {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .double(let d): return .double(d)
            case .string(let s): return .string(s)
            case .bigInteger(let digits):
                if let u = UInt64(digits) { return .uint(u) }
                throw InputError(line: scalar.mark?.line ?? 1, column: scalar.mark?.column ?? 1,
                                 LocalizedMessage(zh: "整数 \(digits) 超出范围", en: "integer \(digits) is out of range"))
            }
        case .sequence(let sequence):
            var elements: [CELValue] = []
            for element in sequence { elements.append(try convert(element, budget: &budget)) }
            return .list(elements)
        case .mapping(let mapping):
            var pairs: [(CELMapKey, CELValue)] = []
            for (keyNode, valueNode) in mapping {
                let keyValue = try convert(keyNode, budget: &budget)
                guard let key = CELMapKey(keyValue), !isDouble(keyValue) else {
                    throw InputError(line: keyNode.mark?.line ?? 1, column: keyNode.mark?.column ?? 1,
                                     LocalizedMessage(zh: "映射的键只能是字符串、整数或布尔值",
                                                      en: "map keys must be strings, integers or booleans"))
                }
                pairs.append((key, try convert(valueNode, budget: &budget)))
            }
            switch CELMap.make(pairs) {
            case .success(let map): return .map(map)
            case .failure(let problem):
                throw InputError(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, LocalizedMessage(problem))
            }
        case .alias:
            // Yams' compose replaces aliases by the nodes they name; an unresolved one is an error.
            throw InputError(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                             LocalizedMessage(zh: "无法解析的 YAML 别名", en: "unresolved YAML alias"))
        }
    }

    private static func isDouble(_ value: CELValue) -> Bool {
        if case .double = value { return true }
        return false
    }

    static func inputError(_ error: YamlError) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return InputError(line: mark.line, column: mark.column,
                              LocalizedMessage(zh: "语法错误：\(problem)", en: "syntax error: \(problem)"))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            return InputError(line: context.mark.line, column: context.mark.column,
                              LocalizedMessage(zh: "重复的键：\(keys)", en: "duplicate keys: \(keys)"))
        default:
            return InputError(line: 1, column: 1, LocalizedMessage(zh: "无法读取：\(error)", en: "cannot read: \(error)"))
        }
    }
}

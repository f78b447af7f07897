/// A variable, possibly followed by constant field names: `total`, `domain.production`,
/// `score['rd_design']` (as `score.rd_design`).
public struct CELReference: Hashable, Sendable, CustomStringConvertible {
    public let variable: String
    public let path: [String]

    public init(variable: String, path: [String] = []) {
        self.variable = variable
        self.path = path
    }

    public var description: String { ([variable] + path).joined(separator: ".") }
}

/// Finds the longest constant access chains rooted at global variables.
enum ReferenceCollector {
    static func references(in expr: Expr, globals: VariableLayout) -> [CELReference] {
        var found: [CELReference] = []
        var seen = Set<CELReference>()
        var locals: [String] = []
        walk(expr, globals: globals, locals: &locals, found: &found, seen: &seen)
        return found
    }

    private static func walk(_ expr: Expr, globals: VariableLayout, locals: inout [String],
                             found: inout [CELReference], seen: inout Set<CELReference>) {
        if let reference = chain(expr, globals: globals, locals: locals) {
            if seen.insert(reference).inserted { found.append(reference) }
            // Index expressions inside the chain are constants; nothing else to visit.
            return
        }
        if case .comprehension(_, let range, let variable, let filter, let body) = expr.kind {
            walk(range, globals: globals, locals: &locals, found: &found, seen: &seen)
            locals.append(variable)
            if let filter { walk(filter, globals: globals, locals: &locals, found: &found, seen: &seen) }
            walk(body, globals: globals, locals: &locals, found: &found, seen: &seen)
            locals.removeLast()
            return
        }
        for child in expr.kind.children {
            walk(child, globals: globals, locals: &locals, found: &found, seen: &seen)
        }
    }

    private static func chain(_ expr: Expr, globals: VariableLayout, locals: [String]) -> CELReference? {
        switch expr.kind {
        case .identifier(let name):
            guard !locals.contains(name), globals.slots[name] != nil else { return nil }
            return CELReference(variable: name)
        case .select(let operand, let field):
            guard let base = chain(operand, globals: globals, locals: locals) else { return nil }
            return CELReference(variable: base.variable, path: base.path + [field])
        case .index(let operand, let index):
            guard case .literal(.string(let key)) = index.kind,
                  let base = chain(operand, globals: globals, locals: locals) else { return nil }
            return CELReference(variable: base.variable, path: base.path + [key])
        default:
            return nil
        }
    }
}

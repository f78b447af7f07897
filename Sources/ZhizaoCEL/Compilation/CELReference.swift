/// A variable, possibly followed by constant field names: `total`, `domain.production`,
/// `score['rd_design']` (as `score.rd_design`).
public struct CELReference: Hashable, Sendable, CustomStringConvertible {
    public let variable: String
    public let path: [String]
    /// Where the reference first appears: the start of its first field name, or of the
    /// variable when there is none. Not part of equality.
    public let location: SourceLocation
    /// The variable's slot in the environment that compiled the program, for fast lookups.
    let slot: Int?
    /// The path as precomputed field names.
    let fields: [FieldName]
    /// `domain.production`; computed once, explanations print it for every outcome.
    public let description: String

    public init(variable: String, path: [String] = [], location: SourceLocation = SourceLocation(offset: 0, line: 1, column: 1)) {
        self.init(variable: variable, path: path, location: location, slot: nil)
    }

    init(variable: String, path: [String], location: SourceLocation, slot: Int?) {
        self.variable = variable
        self.path = path
        self.location = location
        self.slot = slot
        self.fields = path.map(FieldName.init)
        self.description = ([variable] + path).joined(separator: ".")
    }

    public static func == (a: CELReference, b: CELReference) -> Bool {
        a.variable == b.variable && a.path == b.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(variable)
        hasher.combine(path)
    }
}

/// Finds the longest constant access chains rooted at global variables.
enum ReferenceCollector {
    /// Offsets are turned into line/column once, at the end.
    private static func offsetOnly(_ offset: Int) -> SourceLocation {
        SourceLocation(offset: offset, line: 0, column: 0)
    }

    static func references(in expr: Expr, globals: VariableLayout, lineMap: LineMap) -> [CELReference] {
        var found: [CELReference] = []
        var seen = Set<CELReference>()
        var locals: [String] = []
        walk(expr, globals: globals, locals: &locals, found: &found, seen: &seen)
        return found.map { reference in
            CELReference(variable: reference.variable, path: reference.path,
                         location: lineMap.location(of: reference.location.offset), slot: globals.slots[reference.variable])
        }
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
            return CELReference(variable: name, location: offsetOnly(expr.offset))
        case .select(let operand, let field):
            guard let base = chain(operand, globals: globals, locals: locals) else { return nil }
            let location = base.path.isEmpty ? offsetOnly(expr.offset) : base.location
            return CELReference(variable: base.variable, path: base.path + [field], location: location)
        case .index(let operand, let index):
            guard case .literal(.string(let key)) = index.kind,
                  let base = chain(operand, globals: globals, locals: locals) else { return nil }
            // Point inside the quotes, at the key itself.
            let location = base.path.isEmpty ? offsetOnly(index.offset + 1) : base.location
            return CELReference(variable: base.variable, path: base.path + [key], location: location)
        default:
            return nil
        }
    }
}

import Testing
import ZhizaoCEL
@testable import ZhizaoKit

/// SPEC §2: YAML is read with YAML 1.2 core-schema meaning.
@Suite("YAML 1.2 core-schema scalars")
struct CoreSchemaScalarTests {
    @Test("only true/false spellings are booleans; yes, no, on, off stay strings", arguments: [
        ("true", CoreSchemaScalar.bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("Yes", .string("Yes")), ("tRUE", .string("tRUE")),
    ])
    func booleans(_ text: String, _ expected: CoreSchemaScalar) {
        #expect(CoreSchemaScalar(plain: text) == expected)
    }

    @Test("numbers, nulls, and things that only look like them", arguments: [
        ("42", CoreSchemaScalar.int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("0x1F", .int(31)), ("0o17", .int(15)),
        ("3.0", .double(3.0)), ("-.5", .double(-0.5)), ("1e3", .double(1000)), ("6.", .double(6)),
        ("~", .null), ("null", .null), ("NULL", .null), ("", .null),
        ("2026-05-20", .string("2026-05-20")), ("1_000", .string("1_000")), ("0b101", .string("0b101")),
        ("91370700MA3C8K2L67", .string("91370700MA3C8K2L67")), ("1e", .string("1e")), (".", .string(".")),
        ("99999999999999999999", .bigInteger("99999999999999999999")),
    ])
    func numbers(_ text: String, _ expected: CoreSchemaScalar) {
        #expect(CoreSchemaScalar(plain: text) == expected)
    }

    @Test(".nan and .inf are recognised (so that a validator can refuse them by name)")
    func specialFloats() {
        guard case .double(let nan) = CoreSchemaScalar(plain: ".nan") else {
            Issue.record(".nan is not a double")
            return
        }
        #expect(nan.isNaN)
        #expect(CoreSchemaScalar(plain: "-.inf") == .double(-.infinity))
    }
}

@Suite("Reading JSON and YAML values")
struct YAMLValueReaderTests {
    @Test("JSON maps keep their order and types")
    func json() throws {
        let value = try YAMLValueReader.value(from: #"{"b": 1, "a": [true, 2.5, "x", null]}"#)
        guard case .map(let map) = value else {
            Issue.record("not a map: \(value)")
            return
        }
        #expect(map.keys.map(\.description) == [#""b""#, #""a""#])
        #expect(map[CELMapKey.string("a")] == .list([.bool(true), .double(2.5), .string("x"), .null]))
    }

    @Test("quoted scalars are strings whatever they look like")
    func quoted() throws {
        #expect(try YAMLValueReader.value(from: #""true""#) == .string("true"))
        #expect(try YAMLValueReader.value(from: "'42'") == .string("42"))
    }

    @Test("broken input and duplicate keys are errors with a position")
    func errors() {
        #expect(throws: InputError.self) { try YAMLValueReader.value(from: "[1, 2") }
        do {
            _ = try YAMLValueReader.value(from: "{a: 1,\n a: 2}")
            Issue.record("duplicate keys were accepted")
        } catch {
            #expect(error.message.en.contains("duplicate"))
        }
    }

    @Test("a small alias is expanded; the node budget counts what aliases expand to")
    func aliases() throws {
        let value = try YAMLValueReader.value(from: "a: &x [1, 2]\nb: *x")
        guard case .map(let map) = value else {
            Issue.record("not a map")
            return
        }
        #expect(map[CELMapKey.string("b")] == .list([1, 2]))
        var limits = YAMLLimits()
        limits.maxNodes = 8
        #expect(throws: InputError.self) { try YAMLValueReader.value(from: "a: &x [1, 2]\nb: [*x, *x]", limits: limits) }
    }

    @Test("an alias bomb is refused quickly, never expanded")
    func aliasBomb() {
        #expect(throws: InputError.self) { try YAMLValueReader.value(from: YAMLReaderLimitTests.billionLaughs) }
    }
}

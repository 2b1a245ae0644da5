import Testing

@testable import ReluCore

/// The streamed JSON (``JSONWriter``, ``JSONReport``) against the tree form
/// it replaced (``JSONValue``, ``JSONTreeReport``): byte for byte the same.
@Suite struct JSONStreamTests {
  /// Writes a tree through the streaming writer.
  private static func write(_ value: JSONValue, into json: inout JSONWriter) {
    switch value {
    case .null: json.null()
    case .bool(let value): json.bool(value)
    case .int(let value): json.int(value)
    case .number(let value): json.number(value)
    case .string(let value): json.string(value)
    case .array(let items):
      json.beginArray()
      for item in items { write(item, into: &json) }
      json.endArray()
    case .object(let members):
      json.beginObject()
      for (key, value) in members {
        json.key(key)
        write(value, into: &json)
      }
      json.endObject()
    }
  }

  /// What a writer with a small chunk size hands on, joined, and how many chunks.
  private static func chunked(
    _ chunkSize: Int, _ body: (inout JSONWriter) -> Void
  ) -> (text: String, chunks: Int) {
    final class Collected { var bytes: [UInt8] = [], chunks = 0 }
    let collected = Collected()
    var json = JSONWriter(chunkSize: chunkSize) {
      collected.bytes += $0
      collected.chunks += 1
    }
    body(&json)
    json.flush()
    #expect(json.bytes.isEmpty)
    return (String(decoding: collected.bytes, as: UTF8.self), collected.chunks)
  }

  private static let specialNumbers: [Double] = [
    .nan, -.nan, .infinity, -.infinity, 0, -0.0, 1, -1, 0.1, 0.7 - 0.2, 1e15, -1e15, 1e16, 1e-300,
    .leastNonzeroMagnitude, .greatestFiniteMagnitude, 123_456_789, 2.5e-8,
  ]

  private static let pieces: [String] = [
    "a", "relu", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{85}",
    "\u{9B}", "\u{9F}", "\u{A0}", "é", "e\u{301}", "好", "한", "🙂", "\u{2028}", "\u{2029}",
    "\u{202A}", "\u{202E}", "\u{202F}", "\u{2066}", "\u{2069}", "\u{206A}", " ", "/", "~",
  ]

  private static func randomString(_ random: inout SplitMix64) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 0...6, using: &random) {
      text += pieces.randomElement(using: &random) ?? ""
    }
    return text
  }

  private static func randomNumber(_ random: inout SplitMix64) -> Double {
    switch Int.random(in: 0..<3, using: &random) {
    case 0: specialNumbers.randomElement(using: &random) ?? 0
    case 1: Double(Int.random(in: -1000...1000, using: &random))
    default: Double(bitPattern: random.next())
    }
  }

  private static func randomValue(_ random: inout SplitMix64, depth: Int) -> JSONValue {
    let kinds = depth > 3 ? 5 : 7
    switch Int.random(in: 0..<kinds, using: &random) {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &random))
    case 2: return .int(Int.random(in: Int.min...Int.max, using: &random))
    case 3: return .number(randomNumber(&random))
    case 4: return .string(randomString(&random))
    case 5:
      return .array(
        (0..<Int.random(in: 0...4, using: &random)).map { _ in
          randomValue(&random, depth: depth + 1)
        })
    default:
      return .object(
        (0..<Int.random(in: 0...4, using: &random)).map { _ in
          (randomString(&random), randomValue(&random, depth: depth + 1))
        })
    }
  }

  @Test func randomTreesWriteAsTheTreeSerializes() {
    var random = SplitMix64(seed: 13)
    for _ in 0..<2_000 {
      let value = Self.randomValue(&random, depth: 0)
      var json = JSONWriter()
      Self.write(value, into: &json)
      #expect(json.text == value.serialized)
    }
  }

  @Test func specialNumbersAndEscapes() {
    var json = JSONWriter()
    json.numbers([.nan, -0.0, .infinity, -.infinity, 2, 0.5])
    json.string("\u{1B}\u{9B}\u{202E}\u{2066}\"\\\n好")
    #expect(
      json.text
        == #"["nan",-0,"inf","-inf",2,0.5],"\u001b\u009b\u202e\u2066\"\\\n好""#)
  }

  @Test(arguments: [1, 3, 64])
  func chunksJoinToTheWholeText(chunkSize: Int) {
    var random = SplitMix64(seed: UInt64(chunkSize))
    let values = (0..<200).map { _ in Self.randomValue(&random, depth: 0) }
    let (text, chunks) = Self.chunked(chunkSize) { json in
      for value in values {
        Self.write(value, into: &json)
        json.endLine()
      }
    }
    #expect(text == values.map { $0.serialized + "\n" }.joined())
    #expect(chunks > 1)
  }

  @Test func quotedFastPathAgreesWithThePlainDefinition() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<2_000 {
      let text = Self.randomString(&random)
      var json = JSONWriter()
      json.string(text)
      #expect(json.text == JSONWriter.quoted(text))
      #expect(json.text == JSONValue.string(text).serialized)
    }
  }

  /// Commands whose outputs cover every kind of result, with NaN, -0,
  /// infinities, escapes and nested arrays among them.
  static let scripts: [String] = [
    "feed 1 -2 0 0.5; feed nan -0 inf -inf 3",
    "feed [[1, -2], [3, nan]]; backward [[1, 1], [-inf, 2]]",
    "feed [[[1, -2], [3, 4]], [[-0, 0], [inf, -1]]]",
    "feed random 40 seed 3; forward relu random 5 seed 9",
    "use leaky; set alpha 0.1; feed -1 2; backward 1 -0; forward leaky' -1 0 nan",
    "forward relu' -1 0 1; forward leaky -3 inf",
    "set alpha 0.2; set grad0 mid; set xrange -3 3; set yrange auto; set size 60 20; set digits full",
    "show",
    "decay relu from 2 to 0.5 lr 0.3; step 4; step 100; step; reset; run",
    "decay leaky from -1 to 1 lr 0.5; run; compare from 0.9 to 0.2 lr 0.7",
    "say \"a\\\"b\\\\c é 好 \u{1B}[2J\u{9B}\"; title \"T\u{202E}x\"; pause \"p\"; pause",
    "plot relu leaky'; clear feed; clear",
    "net relu width 4 depth 2 seed 2; train 5; sweep lr 0.1 0.5 epochs 3",
    "net prelu width 4 depth 2 seed 2 slope shared; train 3; sweep functions lr 0.1 2 seeds 1 2 epochs 3",
    "net rrelu width 3 seed 4 lower 0.1 upper 0.3; train 2; forward prelu -1 2",
    "net leaky width 4 points 21 seed 2; twin epochs 3 batch 5 seeds 2 3; sweep precision half single epochs 2",
    "lesson; help; help set alpha",
    "plot relu leaky sigmoid; trace 0; trace 0.5 next; toggle leaky; trace off",
    "decay relu from 0.9 to 0.5; step 2; trace 1; net relu width 3 seed 1; trace 0.25",
  ]

  @Test(arguments: scripts)
  func reportsWriteAsTheTreeSerializes(script: String) throws {
    var lab = Interpreter()
    let outputs = try lab.outputs(script)
    #expect(!outputs.isEmpty)
    for output in outputs {
      let tree = JSONTreeReport.objects(for: output).map(\.serialized)
      #expect(JSONReport.lines(for: output) == tree)
      let (text, _) = Self.chunked(5) { JSONReport.write(output, into: &$0) }
      #expect(text == tree.map { $0 + "\n" }.joined())
    }
  }

  @Test func diagnosticsWriteAsTheTreeSerializes() throws {
    for script in ["feed 1 x", "set alpah 3", #"say "\u{1B}"; frobnicate é"#] {
      var lab = Interpreter()
      let diagnostic = try lab.failure(script, name: "s\u{9B}.relu")
      #expect(
        JSONReport.line(for: diagnostic) == JSONTreeReport.object(for: diagnostic).serialized)
    }
  }
}

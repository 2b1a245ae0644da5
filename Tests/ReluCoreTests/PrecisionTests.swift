import Testing

@testable import ReluCore

struct PrecisionTests {
  @Test func namesAndAliasesFindEachPrecision() {
    #expect(Precision(named: "half") == .half)
    #expect(Precision(named: "F16") == .half)
    #expect(Precision(named: "float32") == .single)
    #expect(Precision(named: "f64") == .double)
    #expect(Precision(named: "quad") == nil)
  }

  @Test func roundingGivesTheValueTheFormatHolds() {
    #expect(Precision.half.rounded(0.1) == 0.0999755859375)
    #expect(Precision.single.rounded(0.1) == 0.100000001490116119384765625)
    #expect(Precision.double.rounded(0.1) == 0.1)
    #expect(Precision.half.significandBits == 11)
    #expect(Precision.single.significandBits == 24)
  }

  @Test func overflowAndUnderflowBehaveAsTheType() {
    #expect(Precision.half.rounded(65504) == 65504)
    #expect(Precision.half.rounded(70000) == .infinity)
    #expect(Precision.half.rounded(-70000) == -.infinity)
    // The smallest binary16 subnormal is 2^-24; half of it rounds to even (zero).
    #expect(Precision.half.rounded(0x1p-24) == 0x1p-24)
    #expect(Precision.half.rounded(0x1p-25) == 0)
    #expect(Precision.single.rounded(0x1p-149) == 0x1p-149)
    #expect(Precision.half.rounded(-0x1p-26).sign == .minus)
  }
}

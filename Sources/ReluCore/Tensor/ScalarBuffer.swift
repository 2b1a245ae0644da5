/// Fresh arrays for the element-wise kernels.
enum ScalarBuffer {
  /// Arrays of at least this many bytes ask for huge pages.
  static let hugePageBytes = 4 << 20

  /// An array of `count` elements, every one written by `fill`.
  ///
  /// `fill` must write every element before reading any. A large array is advised to fault in
  /// huge pages first: at 10^7 elements its 4 KiB page faults cost more than the loop that
  /// fills it.
  @inline(__always)
  static func make<Element: BitwiseCopyable>(
    count: Int, of _: Element.Type = Element.self,
    _ fill: (UnsafeMutableBufferPointer<Element>) -> Void
  ) -> [Element] {
    [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count * MemoryLayout<Element>.stride >= hugePageBytes {
        _ = Platform.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
      }
      fill(buffer)
      initialized = count
    }
  }
}

extension ScalarBuffer {
  /// Each element of `values` rounded to `T` (exact for a value `T` holds).
  /// - Complexity: O(n); one allocation.
  static func narrowed<T: KernelScalar>(_ values: [Double], to _: T.Type) -> [T] {
    values.withUnsafeBufferPointer { values in
      make(count: values.count, of: T.self) { out in
        for i in 0..<values.count { out[i] = T(values[i]) }
      }
    }
  }

  /// Each element of `values` as a Double, exactly.
  /// - Complexity: O(n); one allocation.
  static func widened<T: KernelScalar>(_ values: [T]) -> [Double] {
    values.withUnsafeBufferPointer { values in
      make(count: values.count, of: Double.self) { out in
        for i in 0..<values.count { out[i] = Double(values[i]) }
      }
    }
  }
}

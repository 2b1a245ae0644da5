#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Advice to the kernel and the allocator about large buffers (see `HeapPolicy`).
extension Platform {
  /// `madvise(MADV_HUGEPAGE)` over the 2 MiB-aligned part of a buffer.
  ///
  /// A fresh large buffer then faults in 2 MiB at a time rather than 4 KiB
  /// (NumPy asks the same for its large arrays). Only advice: false where it
  /// is not taken.
  package static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) -> Bool {
    #if os(Linux)
    guard let base = buffer.baseAddress else { return false }
    let huge = 2 << 20
    let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
    let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
    guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else {
      return false
    }
    return madvise(pointer, end - start, MADV_HUGEPAGE) == 0
    #else
    return false
    #endif
  }

  /// `mallopt`: keep freed memory for reuse.
  ///
  /// Large allocations come from the heap rather than their own mappings
  /// (`M_MMAP_MAX` 0), and up to `retainedBytes` of free memory at the heap's
  /// top stays mapped (`M_TRIM_THRESHOLD`), so a new large array reuses pages
  /// already faulted in (see `HeapPolicy`). Returns false where the C library
  /// has no such settings (only glibc does).
  @discardableResult
  package static func keepFreedMemory(retainedBytes: Int) -> Bool {
    #if canImport(Glibc)
    // malloc.h is not part of the Glibc module: look mallopt up by name. Its
    // parameters M_TRIM_THRESHOLD (-1) and M_MMAP_MAX (-4) are fixed in glibc's ABI.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "mallopt") else {
      return false
    }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let trimThreshold: Int32 = -1
    let mmapMax: Int32 = -4
    return mallopt(mmapMax, 0) == 1
      && mallopt(trimThreshold, Int32(clamping: retainedBytes)) == 1
    #else
    return false
    #endif
  }

  /// Whether a block of `bytes` can be had now: one is asked of `malloc`,
  /// which returns nil instead of trapping, and given back at once.
  ///
  /// A command checks its large buffers' total this way before making them,
  /// so that a process short of memory (`ulimit -v`, a full machine) gets an
  /// error naming the command instead of a crash in the middle of it.
  ///
  /// `malloc` and `free` are called through pointers looked up by name: an
  /// optimizer that sees a `malloc` whose block is only freed removes the
  /// pair and takes the allocation as made, which would make this always
  /// true in an optimized build.
  package static func canAllocate(bytes: Int) -> Bool {
    guard bytes > 0 else { return true }
    guard let block = OpaqueAllocator.shared.allocate(bytes) else { return false }
    OpaqueAllocator.shared.free(block)
    return true
  }
}

/// The C library's `malloc` and `free`, called through pointers the
/// optimizer cannot see through (see ``Platform/canAllocate(bytes:)``).
private struct OpaqueAllocator: Sendable {
  typealias Allocate = @convention(c) (Int) -> UnsafeMutableRawPointer?
  typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void
  let allocate: Allocate
  let free: Free

  static let shared: OpaqueAllocator = {
    if let handle = dlopen(nil, RTLD_NOW), let allocate = dlsym(handle, "malloc"),
      let free = dlsym(handle, "free")
    {
      return OpaqueAllocator(
        allocate: unsafeBitCast(allocate, to: Allocate.self),
        free: unsafeBitCast(free, to: Free.self))
    }
    return OpaqueAllocator(allocate: { cAllocate($0) }, free: { cFree($0) })
  }()
}

/// `malloc`, for where no pointer to it can be looked up.
private func cAllocate(_ bytes: Int) -> UnsafeMutableRawPointer? { malloc(bytes) }
/// `free`, likewise.
private func cFree(_ block: UnsafeMutableRawPointer?) { free(block) }

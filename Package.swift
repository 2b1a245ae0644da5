// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "ReluLab",
  products: [
    .executable(name: "relulab", targets: ["relulab"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The math, the layers, the command language and its interpreter, the plot
    // canvas. Pure Swift: no terminal, no printing. Optimized in debug builds
    // too, file by file: the tests then run optimized code as a release does
    // (an optimizer once removed the memory probe, which only an optimized
    // build showed) and the lessons they play take a tenth of the time. Only
    // a release build (whole module) specializes generic code across files:
    // time things there (Scripts/bench.sh), not in a debug build.
    .target(
      name: "ReluCore",
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    // ncurses (wide-character build) as a Swift module; the shim header reaches
    // the macros and globals Swift cannot import.
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The interactive lab: the only target that imports CNcurses.
    .target(name: "ReluTerminal", dependencies: ["ReluCore", "CNcurses"]),
    .executableTarget(
      name: "relulab",
      dependencies: [
        "ReluCore",
        "ReluTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmarks of the hot loops as ratios against a reference (Scripts/bench.sh).
    .executableTarget(name: "relulab-bench", dependencies: ["ReluCore"]),
    // Helpers shared by the test targets: Golden, the one golden-file check
    // (each target's golden files sit in its Snapshots/, read by path).
    .target(name: "ReluTestSupport", path: "Tests/ReluTestSupport"),
    .testTarget(name: "ReluTestSupportTests", dependencies: ["ReluTestSupport"]),
    .testTarget(
      name: "ReluCoreTests", dependencies: ["ReluCore", "ReluTestSupport"],
      // Golden plot files, read by path (see PlotSnapshotTests).
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "ReluTerminalTests", dependencies: ["ReluTerminal", "ReluTestSupport"],
      // Golden screens, read by path (see LabScreenTests).
      exclude: ["Snapshots"]),
    // End-to-end tests: they run the built relulab binary on scripts.
    .testTarget(
      name: "RelulabTests", dependencies: ["relulab", "ReluCore", "ReluTestSupport"],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)

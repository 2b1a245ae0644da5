import ArgumentParser
import ReluCore

@main
struct ReluLab: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relulab",
    abstract: "An interactive terminal lab for the ReLU and Leaky ReLU activation functions.",
    version: ReluLabVersion.current
  )

  func run() throws {
    print(ReluLab.helpMessage())
  }
}

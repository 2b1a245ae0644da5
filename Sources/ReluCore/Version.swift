/// The version of ReluLab, shown by `relulab --version`.
package enum ReluLabVersion {
  package static let current = "0.1.0"
}

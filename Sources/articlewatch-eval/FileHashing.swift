import ArticleAnalysis
import Foundation

/// `articlewatch-eval sha256 FILE…`: the article id the daemon would give each file.
func sha256Files(_ paths: [String]) throws {
    for path in paths {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        print("\(SHA256.hexDigest(of: Array(data)))  \(path)")
    }
}

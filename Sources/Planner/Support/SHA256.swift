import CSHA256

/// SHA-256 (FIPS 180-4) for the input digests in a plan's manifest.
///
/// Foundation on Linux has no CryptoKit; forty lines of C (Sources/CSHA256)
/// beat a crypto dependency that would double the build time, and stay fast
/// in debug builds, where Swift arithmetic is a call per operator.
enum SHA256 {
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                csha256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest
    }
}

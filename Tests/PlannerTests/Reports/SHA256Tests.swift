import Testing

@testable import Planner

/// SHA-256 at the lengths where padding changes shape (55/56 bytes: one or two
/// final blocks; 64: a whole block plus a padding block), against Python's hashlib.
struct SHA256Tests {
    @Test(arguments: [
        (length: 55, digest: "8af594de0e003fdee5c8bb088216c824349b4137070f559574f4a4bddd27b714"),
        (length: 56, digest: "db81bc2bfd43620591df192139062da77d4c376f1888ea3d2190bd07c8d901f9"),
        (length: 63, digest: "bd535b38bf0d0d1a09d370b7e34b2696cea3767801a45d5611a4aaa6954e8527"),
        (length: 64, digest: "292be91abe8c0909fe3d26575af5755eee74d23816dc68c3ba41765136967654"),
        (length: 65, digest: "ba65aedf7884642499a59ae124894611d986cf429e69f569488048af3a99e25a"),
        (length: 119, digest: "d367ab298e74477421127b0b448667c37c006c636f5738f081c39388756e5fad"),
        (length: 120, digest: "be7beb9c82089eb08da8fe6eb30c13b9d56869014e228a8c3eb0fdfe832efab2"),
        (length: 1000, digest: "59425e4412e296fc74736673ce067027f384203f59c0d2c3e6be7b13347b3ffc"),
    ])
    func paddingBoundaries(length: Int, digest: String) {
        let bytes = (0..<length).map { UInt8($0 * 7 % 251) }
        #expect(SHA256.hex(bytes) == digest)
    }

    /// FIPS 180-2's third vector: a million "a", 15,625 whole blocks.
    @Test func millionA() {
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

import Foundation
import Testing

@testable import Planner

/// A catalog name that is in the folder but cannot be read as a regular file is an input
/// error, required or optional: never "missing", never silently "none of these".
@Suite struct UnreadableFileTests {
    /// How each kind of unreadable entry is put in place of the file.
    enum Kind: String, CaseIterable, Sendable {
        case folder
        case danglingLink
        case fifo

        func make(at path: String) throws {
            try? FileManager.default.removeItem(atPath: path)
            switch self {
            case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            case .danglingLink:
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "nowhere.txt")
            case .fifo:
                guard mkfifo(path, 0o644) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno)!) }
            }
        }

        var reason: String {
            switch self {
            case .folder: return "is a folder"
            case .danglingLink: return "is a dangling symbolic link"
            case .fifo: return "is not a regular file (a FIFO)"
            }
        }
    }

    static let cases: [(file: String, kind: Kind)] =
        ["policy.csv", "storage.csv", "renewables.csv", "sites.csv", "workloads.csv"].flatMap { file in
            Kind.allCases.map { (file, $0) }
        }

    @Test(arguments: cases)
    func unreadableFileIsAnError(file: String, kind: Kind) throws {
        let folder = try InputFolder()
        try kind.make(at: folder.path + "/" + file)
        let outcome = folder.load()
        #expect(outcome.catalog == nil)
        #expect(folder.messages() == ["\(file):1:1: error: cannot read: \(kind.reason)"])
    }

    /// A link to a readable file is read through, as before.
    @Test func linkToAFileIsRead() throws {
        let folder = try InputFolder()
        try "key,value\ncarbon_price_usd_per_t,50\n".write(
            toFile: folder.path + "/real-policy.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/policy.csv", withDestinationPath: "real-policy.txt")
        #expect(folder.catalog()?.policy.carbonPriceUSDPerT == 50)
    }

    /// Root reads any file whatever its mode, and the tests may run as root: there the
    /// permission variant cannot happen and is skipped (folders and FIFOs cover the rest).
    @Test(.enabled(if: geteuid() != 0, "root reads files without read permission"))
    func fileWithoutReadPermission() throws {
        let folder = try InputFolder()
        let path = folder.path + "/workloads.csv"
        try FileManager.default.setAttributes([.posixPermissions: 0o200], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) }
        #expect(folder.messages() == ["workloads.csv:1:1: error: cannot read: permission denied"])
    }
}

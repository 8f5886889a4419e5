import Foundation

/// Writes report files so that a crash or kill leaves either the old file or the new one.
public enum OutputFolder {
    /// Writes every file into `directory` (created if needed): each to a temporary
    /// name first, renamed into place only after all were written.
    public static func write(_ files: [(name: String, contents: String)], to directory: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var staged: [(temporary: String, final: String)] = []
        defer { for file in staged { try? manager.removeItem(atPath: file.temporary) } }
        for file in files {
            guard Self.isSafeName(file.name) else { throw OutputError.unsafeName(file.name) }
            let final = directory + "/" + file.name
            let temporary = directory + "/.\(file.name).\(getpid()).tmp"
            guard manager.createFile(atPath: temporary, contents: Data(file.contents.utf8)) else {
                throw OutputError.cannotWrite(final)
            }
            staged.append((temporary, final))
        }
        for file in staged {
            guard rename(file.temporary, file.final) == 0 else { throw OutputError.cannotWrite(file.final) }
        }
        staged.removeAll()
    }

    /// A plain file name that cannot leave the output folder.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}

/// Why reports could not be written.
public enum OutputError: Error, CustomStringConvertible {
    case unsafeName(String)
    case cannotWrite(String)

    /// The message printed: which file could not be written, or which name was refused.
    public var description: String {
        switch self {
        case .unsafeName(let name): return "refusing to write \"\(name)\": not a plain file name"
        case .cannotWrite(let path): return "cannot write \(path)"
        }
    }
}

import Foundation

/// Why a report or output file could not be written: what, where and why.
public enum OutputError: Error, CustomStringConvertible, Equatable {
    /// A file name that could leave its folder.
    case unsafeName(String)
    /// The operating system refused a write; `reason` says why ("disk full").
    case cannotWrite(path: String, reason: String)
    /// The output path exists and is not a folder (for report folders) or not a regular file (for files).
    case wrongKind(path: String, expected: String)
    /// The report folder holds a folder planctl did not write, so it will not replace it.
    case foreignFolder(path: String, entry: String)
    /// Ctrl-C arrived before the new files were swapped in; nothing changed.
    case interrupted

    /// One line: what, where and why.
    public var description: String {
        switch self {
        case .unsafeName(let name): return "refusing to write \"\(name)\": not a plain file name"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .wrongKind(let path, let expected): return "cannot write \(path): it exists and is not \(expected)"
        case .foreignFolder(let path, let entry):
            return "refusing to replace \(path): it holds the folder \(entry), which planctl did not write; "
                + "give --out a folder of its own"
        case .interrupted: return "interrupted: nothing was written"
        }
    }

    /// The current `errno` as a reason a planner understands.
    static func reason(_ code: Int32 = errno) -> String {
        switch code {
        case ENOSPC: return "disk full"
        case EDQUOT: return "disk quota exceeded"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "read-only file system"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENOENT: return "no such folder"
        case EISDIR: return "it is a folder"
        default: return String(cString: strerror(code))
        }
    }
}

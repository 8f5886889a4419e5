import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes one file so that a crash, kill or full disk leaves either the old
/// file or the complete new one: a temporary file beside it, every byte
/// checked and flushed, then one rename.
public enum OutputFile {
    /// Checks, before any solve, that `path` can be written: it is absent or a
    /// regular file, and its folder exists and is writable.
    public static func preflight(_ path: String) throws(OutputError) {
        var info = stat()
        if lstat(path, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw .wrongKind(path: path, expected: "a regular file") }
            if kind != S_IFREG && kind != S_IFLNK { throw .wrongKind(path: path, expected: "a regular file") }
        }
        let parent = OutputFolder.parent(of: path)
        var folderInfo = stat()
        guard stat(parent, &folderInfo) == 0 else { throw .cannotWrite(path: path, reason: OutputError.reason()) }
        guard folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotWrite(path: path, reason: OutputError.reason(ENOTDIR))
        }
        guard access(parent, W_OK) == 0 else { throw .cannotWrite(path: path, reason: OutputError.reason()) }
    }

    /// Writes `contents` to `path` atomically (see the type's summary).
    public static func write(_ contents: String, to path: String) throws {
        try replace(path) { temporary throws(OutputError) in
            try writeFlushed(Array(contents.utf8), to: temporary, reportedAs: path)
        }
    }

    /// Replaces `path` with what `produce` writes to the temporary path it is
    /// given (for writers that take a file name, such as GLPK's). Any error of
    /// `produce` removes the temporary file and reaches the caller unchanged.
    public static func replace(_ path: String, by produce: (_ temporary: String) throws -> Void) throws {
        try preflight(path)
        let temporary = OutputFolder.parent(of: path) + "/.\(OutputFolder.name(of: path)).planctl-\(getpid()).tmp"
        do {
            try produce(temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = OutputError.reason()
            unlink(temporary)
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Creates `path` (mode 0666 less the umask) holding `bytes`, flushed to disk;
    /// errors name `reportedAs`, the file the user asked for.
    static func writeFlushed(_ bytes: [UInt8], to path: String, reportedAs: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .cannotWrite(path: reportedAs, reason: OutputError.reason()) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let reason = OutputError.reason(n == 0 ? ENOSPC : errno)
                close(fd)
                throw .cannotWrite(path: reportedAs, reason: reason)
            }
            written += n
        }
        // A full disk can surface only when the data is flushed.
        guard fsync(fd) == 0 else {
            let reason = OutputError.reason()
            close(fd)
            throw .cannotWrite(path: reportedAs, reason: reason)
        }
        guard close(fd) == 0 else { throw .cannotWrite(path: reportedAs, reason: OutputError.reason()) }
    }
}

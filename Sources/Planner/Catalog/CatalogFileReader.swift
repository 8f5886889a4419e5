import Foundation

/// Reads one catalog file of an input folder, or says why it cannot be read as a regular file.
///
/// A name listed in the folder is a file the user meant planctl to read: a folder, a FIFO or a
/// dangling link under that name must be an input error, never "absent" (which for an optional
/// file would silently mean "none of these").
enum CatalogFileReader {
    /// The file's bytes, or the reason (`is a folder`, `permission denied`) it cannot be read.
    static func bytes(at path: String) -> Result<[UInt8], Unreadable> {
        var link = stat()
        guard lstat(path, &link) == 0 else { return .failure(Unreadable(errno: errno)) }
        var info = link
        if link.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &info) == 0 else {
                return .failure(errno == ENOENT ? Unreadable("is a dangling symbolic link") : Unreadable(errno: errno))
            }
        }
        // The type is checked before any open: opening a FIFO for reading blocks until a writer comes.
        if let problem = typeProblem(info.st_mode) { return .failure(problem) }
        return readRegular(path)
    }

    /// Why a file of this type is no catalog; nil for a regular file.
    private static func typeProblem(_ mode: mode_t) -> Unreadable? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return Unreadable("is a folder")
        case S_IFIFO: return Unreadable("is not a regular file (a FIFO)")
        case S_IFSOCK: return Unreadable("is not a regular file (a socket)")
        case S_IFCHR: return Unreadable("is not a regular file (a character device)")
        case S_IFBLK: return Unreadable("is not a regular file (a block device)")
        default: return Unreadable("is not a regular file")
        }
    }

    private static func readRegular(_ path: String) -> Result<[UInt8], Unreadable> {
        // O_NONBLOCK: should the name turn into a FIFO after the check, the open still returns at once
        // and the fstat below refuses it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Unreadable(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Unreadable(errno: errno)) }
        if let problem = typeProblem(info.st_mode) { return .failure(problem) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Unreadable(errno: errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Why a file could not be read, as the end of "cannot read: …".
    struct Unreadable: Error, Equatable {
        var reason: String

        init(_ reason: String) { self.reason = reason }

        /// The system's reason in lower case: `permission denied`.
        init(errno code: Int32) {
            let text = String(cString: strerror(code))
            reason = text.prefix(1).lowercased() + text.dropFirst()
        }
    }
}

import CRenameExchange
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a report folder as a whole: after a kill at any moment it holds
/// either the complete old set of files or the complete new one, never a mix
/// and never a file of an earlier run that the new run did not write.
///
/// The new files go to a hidden sibling folder, together with hard links to
/// every file the command does not own (a README kept beside the reports, a
/// plan.md when `pareto` writes); one `renameat2(RENAME_EXCHANGE)` swaps it
/// in, and the old folder is removed after.
public struct OutputFolder: Sendable {
    /// Which entries of the folder a command writes, and so replaces.
    public struct Ownership: Sendable {
        /// Whether a top-level file of this name belongs to the command.
        public var ownsFile: @Sendable (String) -> Bool
        /// Whether a subfolder holding a plan.json (a scenario's) belongs to the command.
        public var ownsScenarioFolders: Bool

        /// plan.md, plan.json, bom.csv and the plan's charts.
        public static let plan = Ownership(ownsFile: isPlanFile, ownsScenarioFolders: false)
        /// A plan's files, whatif.md, shard manifests and every scenario folder.
        public static let whatIf = Ownership(
            ownsFile: { isPlanFile($0) || $0 == "whatif.md" || $0.hasPrefix("whatif-shard-") },
            ownsScenarioFolders: true)
        /// pareto.md, pareto.json and the chart.
        public static let pareto = Ownership(
            ownsFile: { $0 == "pareto.md" || $0 == "pareto.svg" || $0 == "pareto.json" }, ownsScenarioFolders: false)
        /// alternatives.md, alternatives.json, the chart and every `alternatives-*.json` plan file.
        public static let alternatives = Ownership(
            ownsFile: { $0 == "alternatives.md" || $0 == "alternatives.svg" || isAlternativesJSON($0) },
            ownsScenarioFolders: false)
        /// audit.md, audit.json and the per-site audit charts.
        public static let audit = Ownership(
            ownsFile: { $0 == "audit.md" || $0 == "audit.json" || ($0.hasPrefix("audit-") && $0.hasSuffix(".svg")) },
            ownsScenarioFolders: false)

        private static func isAlternativesJSON(_ name: String) -> Bool {
            name == "alternatives.json" || (name.hasPrefix("alternatives-") && name.hasSuffix(".json"))
        }

        private static func isPlanFile(_ name: String) -> Bool {
            ["plan.md", "plan.json", "bom.csv", "cost-by-site.svg", "carbon-by-site.svg"].contains(name)
                || (name.hasPrefix("dispatch-") && name.hasSuffix(".svg"))
        }
    }

    /// The folder as the user named it.
    public let path: String
    /// What the command writes there.
    public let ownership: Ownership

    /// A report folder at `path` that a command with `ownership` writes.
    public init(_ path: String, ownership: Ownership) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.ownership = ownership
    }

    /// Checks, before any solve, that the folder can be replaced: it is a folder
    /// or absent, holds no folder planctl did not write, and its parent (or the
    /// nearest existing ancestor) is writable. Removes what a killed run left.
    public func preflight() throws(OutputError) {
        let target = resolved
        var info = stat()
        if stat(target, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .wrongKind(path: path, expected: "a folder") }
            for entry in Self.entries(target) where Self.isFolder(target + "/" + entry) {
                guard Self.isScenarioFolder(target + "/" + entry) else {
                    throw .foreignFolder(path: path, entry: entry)
                }
            }
        }
        var ancestor = Self.parent(of: target)
        while stat(ancestor, &info) != 0 {
            guard errno == ENOENT, ancestor != "/" && ancestor != "." else {
                throw .cannotWrite(path: path, reason: OutputError.reason())
            }
            ancestor = Self.parent(of: ancestor)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotWrite(path: path, reason: OutputError.reason(ENOTDIR))
        }
        guard access(ancestor, W_OK) == 0 else { throw .cannotWrite(path: path, reason: OutputError.reason()) }
        removeLeftovers()
    }

    /// Writes `files` (paths relative to the folder, at most one subfolder deep)
    /// and swaps them in. `commit` is asked last, just before the swap: false
    /// (Ctrl-C) removes the staged files and throws `.interrupted`.
    public func replace(with files: [(path: String, contents: String)], commit: () -> Bool = { true })
        throws(OutputError)
    {
        try preflight()
        let target = resolved
        let parent = Self.parent(of: target)
        try Self.makeFolders(parent, reportedAs: path)
        let staging = stagingPath(pid: getpid())
        Self.removeTree(staging)
        do {
            try Self.makeFolder(staging, reportedAs: path)
            try stage(files, in: staging)
            try carryOver(from: target, to: staging)
        } catch {
            Self.removeTree(staging)
            throw error
        }
        guard commit() else {
            Self.removeTree(staging)
            throw .interrupted
        }
        try swap(staging, into: target)
    }

    /// The real folder when `path` is a symbolic link to one, so the link stays.
    private var resolved: String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
            let real = realpath(path, nil)
        else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private func stagingPath(pid: Int32) -> String {
        let target = resolved
        return Self.parent(of: target) + "/.\(Self.name(of: target)).planctl-\(pid)"
    }

    private func stage(_ files: [(path: String, contents: String)], in staging: String) throws(OutputError) {
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(parts.count), parts.allSatisfy(Self.isSafeName) else {
                throw .unsafeName(file.path)
            }
            if parts.count == 2 {
                let folder = staging + "/" + parts[0]
                if !Self.isFolder(folder) { try Self.makeFolder(folder, reportedAs: path + "/" + parts[0]) }
            }
            try OutputFile.writeFlushed(
                Array(file.contents.utf8), to: staging + "/" + file.path, reportedAs: path + "/" + file.path)
        }
    }

    /// Hard links to the old folder's files that the command does not own.
    private func carryOver(from target: String, to staging: String) throws(OutputError) {
        for entry in Self.entries(target) {
            let old = target + "/" + entry
            let new = staging + "/" + entry
            if Self.isFolder(old) {
                guard !ownership.ownsScenarioFolders, !Self.isFolder(new) else { continue }
                try Self.makeFolder(new, reportedAs: path + "/" + entry)
                for file in Self.entries(old) where !Self.isFolder(old + "/" + file) {
                    try Self.link(old + "/" + file, new + "/" + file, reportedAs: path + "/" + entry)
                }
            } else if !ownership.ownsFile(entry) && access(new, F_OK) != 0 {
                try Self.link(old, new, reportedAs: path + "/" + entry)
            }
        }
    }

    private func swap(_ staging: String, into target: String) throws(OutputError) {
        guard Self.isFolder(target) else {
            guard rename(staging, target) == 0 else {
                let reason = OutputError.reason()
                Self.removeTree(staging)
                throw .cannotWrite(path: path, reason: reason)
            }
            return
        }
        if planctl_rename_exchange(staging, target) != 0 {
            // File systems without RENAME_EXCHANGE: two renames, the old folder kept until the second is done.
            let old = staging + ".old"
            guard rename(target, old) == 0 else {
                // A folder that cannot move (a mount point, e.g. a container volume):
                // replace its entries one by one instead. Not atomic, but complete.
                if errno == EBUSY || errno == EXDEV { return try replaceEntries(of: target, from: staging) }
                let reason = OutputError.reason()
                Self.removeTree(staging)
                throw .cannotWrite(path: path, reason: reason)
            }
            guard rename(staging, target) == 0 else {
                let reason = OutputError.reason()
                _ = rename(old, target)
                Self.removeTree(staging)
                throw .cannotWrite(path: path, reason: reason)
            }
            Self.removeTree(old)
            return
        }
        Self.removeTree(staging)  // now the old folder
    }

    /// The fallback for a folder that cannot be renamed (a mount point, possibly on
    /// another device than its parent): each staged entry is copied in under a
    /// temporary name and renamed over the old one (each file whole), then the
    /// old entries the new set does not hold are removed. Not atomic as a set.
    private func replaceEntries(of target: String, from staging: String) throws(OutputError) {
        defer { Self.removeTree(staging) }
        let staged = Self.entries(staging)
        for entry in staged {
            let temporary = target + "/.\(entry).planctl-\(getpid()).tmp"
            Self.removeTree(temporary)
            do {
                try FileManager.default.copyItem(atPath: staging + "/" + entry, toPath: temporary)
            } catch {
                Self.removeTree(temporary)
                throw .cannotWrite(path: path + "/" + entry, reason: OutputError.reason(ENOSPC))
            }
            if Self.isFolder(target + "/" + entry) { Self.removeTree(target + "/" + entry) }
            guard rename(temporary, target + "/" + entry) == 0 else {
                let reason = OutputError.reason()
                Self.removeTree(temporary)
                throw .cannotWrite(path: path + "/" + entry, reason: reason)
            }
        }
        for entry in Self.entries(target) where !staged.contains(entry) {
            Self.removeTree(target + "/" + entry)
        }
    }

    /// Staging folders of runs that were killed (their process is gone).
    private func removeLeftovers() {
        let target = resolved
        let parent = Self.parent(of: target)
        let prefix = ".\(Self.name(of: target)).planctl-"
        for entry in Self.entries(parent) where entry.hasPrefix(prefix) {
            let digits = entry.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(digits), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            Self.removeTree(parent + "/" + entry)
        }
    }

    /// A plain file name that cannot leave the output folder.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    private static func isScenarioFolder(_ folder: String) -> Bool {
        access(folder + "/plan.json", F_OK) == 0 || entries(folder).isEmpty
    }

    /// The folder holding `path` ("." for a bare name). Written out because
    /// Foundation's deletingLastPathComponent traps on some bare names on Linux.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    private static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func makeFolder(_ folder: String, reportedAs: String) throws(OutputError) {
        guard mkdir(folder, 0o777) == 0 || (errno == EEXIST && isFolder(folder)) else {
            throw .cannotWrite(path: reportedAs, reason: OutputError.reason())
        }
    }

    private static func makeFolders(_ folder: String, reportedAs: String) throws(OutputError) {
        guard !isFolder(folder) else { return }
        try makeFolders(parent(of: folder), reportedAs: reportedAs)
        try makeFolder(folder, reportedAs: reportedAs)
    }

    private static func link(_ old: String, _ new: String, reportedAs: String) throws(OutputError) {
        var info = stat()
        if lstat(old, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(old, &buffer, buffer.count - 1)
            let target = String(decoding: buffer.prefix(max(count, 0)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard count >= 0, symlink(target, new) == 0 else {
                throw .cannotWrite(path: reportedAs, reason: OutputError.reason())
            }
            return
        }
        guard Glibc.link(old, new) == 0 else {
            // A folder on another device than its parent (a mount point): copy instead.
            guard errno == EXDEV, (try? FileManager.default.copyItem(atPath: old, toPath: new)) != nil else {
                throw .cannotWrite(path: reportedAs, reason: OutputError.reason())
            }
            return
        }
    }

    private static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

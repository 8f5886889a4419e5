import Foundation

/// One `scenarios/NAME/` folder of an input folder: catalog files whose rows are
/// added to the base catalogs (or replace the base row of the same id) in scenario NAME.
public struct ScenarioFolder: Sendable {
    /// The folder's name, which is the scenario's name.
    public var name: String
    /// The bytes of each readable `.csv` file, by file name.
    public var files: [String: [UInt8]] = [:]
    /// Why each listed `.csv` file that is not in `files` cannot be read (`is a folder`), by file name.
    public var unreadable: [String: String] = [:]
}

/// The `scenarios/` folder of an input folder, as read from disk.
public struct ScenarioFolders: Sendable {
    /// The folder below the input folder that holds one folder per scenario.
    public static let folderName = "scenarios"

    /// Every scenario folder, sorted by name.
    public var folders: [ScenarioFolder] = []
    /// Entries that are no scenario folder and were not ignored: their path below the
    /// input folder (`scenarios/big-run.csv`) and what is wrong.
    public var problems: [(path: String, message: String)] = []

    /// No scenario folders.
    public init() {}

    /// Reads `folder/scenarios/`: each subfolder is a scenario. Hidden entries and
    /// files that are not `.csv` (a README) are ignored, like beside the base catalogs.
    static func read(in folder: String) -> ScenarioFolders {
        var result = ScenarioFolders()
        let root = folder + "/" + folderName
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return result }
        guard isDirectory.boolValue else {
            result.problems.append((folderName, "not a folder: scenario folders go in scenarios/NAME/"))
            return result
        }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: root).sorted() } catch {
            result.problems.append((folderName, "cannot read the folder: " + error.localizedDescription))
            return result
        }
        for entry in entries where !entry.hasPrefix(".") {
            let path = root + "/" + entry
            var entryIsDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &entryIsDirectory)
            if entryIsDirectory.boolValue {
                let csv = CatalogLoader.readCSVFiles(in: path)
                result.folders.append(ScenarioFolder(name: entry, files: csv.files, unreadable: csv.unreadable))
            } else if entry.lowercased().hasSuffix(".csv") {
                // A catalog file dropped into scenarios/ itself would otherwise be silently ignored.
                result.problems.append(
                    (folderName + "/" + entry, "a scenario is a folder: move this file into scenarios/NAME/"))
            }
        }
        return result
    }
}

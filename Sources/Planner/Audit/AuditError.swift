/// Why an audit cannot start: the plan cannot be read, or does not fit the inputs.
public enum AuditError: Error, Equatable, CustomStringConvertible {
    /// The plan file cannot be read.
    case unreadablePlan(path: String)
    /// The file is not a plan.json planctl wrote; `why` says what is missing.
    case notAPlan(path: String, why: String)
    /// The plan has no build (infeasible, no solution, failed).
    case noBuild(path: String, status: String)
    /// The plan opens a site the input folder does not have.
    case unknownSite(path: String, site: String, sitesFile: String)
    /// The plan contracts a renewable offer the input folder does not have.
    case unknownOffer(path: String, offer: String, site: String, renewablesFile: String)

    /// One sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .unreadablePlan(let path): return "cannot read the plan \(path)"
        case .notAPlan(let path, let why):
            return "\(path) is not a planctl plan.json (\(why)); write it with `planctl plan`"
        case .noBuild(let path, let status):
            return "\(path) holds no build to audit (status \(status)); audit a plan that found one"
        case .unknownSite(let path, let site, let sitesFile):
            return "\(path) opens the site \(site), which \(sitesFile) does not have; "
                + "audit with the input folder the plan was made from"
        case .unknownOffer(let path, let offer, let site, let renewablesFile):
            return "\(path) contracts \(offer) at \(site), which \(renewablesFile) does not have; "
                + "audit with the input folder the plan was made from"
        }
    }
}

import CGLPK

/// Plain-words meaning of GLPK's solver return codes, for messages.
enum GLPKReturnCode {
    static func meaning(_ code: Int32) -> String {
        switch code {
        case 0: return "success"
        case GLP_EBADB: return "invalid initial basis"
        case GLP_ESING: return "singular basis matrix"
        case GLP_ECOND: return "ill-conditioned basis matrix"
        case GLP_EBOUND: return "invalid bounds"
        case GLP_EFAIL: return "solver failure"
        case GLP_EOBJLL: return "objective lower limit reached"
        case GLP_EOBJUL: return "objective upper limit reached"
        case GLP_EITLIM: return "iteration limit exceeded"
        case GLP_ETMLIM: return "time limit exceeded"
        case GLP_ENOPFS: return "no primal feasible solution"
        case GLP_ENODFS: return "no dual feasible solution"
        case GLP_EROOT: return "root LP optimum not provided"
        case GLP_ESTOP: return "search terminated by the application"
        case GLP_EMIPGAP: return "relative MIP gap tolerance reached"
        case GLP_ENOFEAS: return "no primal or dual feasible solution"
        case GLP_ENOCVG: return "no convergence"
        case GLP_EINSTAB: return "numerical instability"
        case GLP_EDATA: return "invalid data"
        case GLP_ERANGE: return "result out of range"
        default: return "unknown code"
        }
    }

    /// "GLPK failed (return code 5, solver failure)" style sentence start.
    static func failure(_ code: Int32, during step: String) -> String {
        "GLPK stopped during \(step) with return code \(code) (\(meaning(code))); rerun with the GLPK log to see why"
    }
}

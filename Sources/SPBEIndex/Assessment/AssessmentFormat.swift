/// The file formats a self-assessment can be written in.
public enum AssessmentFormat: String, Sendable, CaseIterable {
    case yaml
    case csv

    /// The format for a file name (`.csv` is CSV, everything else is YAML).
    public static func forPath(_ path: String) -> AssessmentFormat {
        path.lowercased().hasSuffix(".csv") ? .csv : .yaml
    }
}

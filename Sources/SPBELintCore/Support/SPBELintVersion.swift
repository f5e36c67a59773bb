/// The version of spbelint, printed by `--version` and in every JSON report.
public enum SPBELintVersion {
    public static let current = "0.1.0"
}

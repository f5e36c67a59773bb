import SPBELintCore

/// A framework file that is missing, unreadable or inconsistent; reported like any other input
/// problem (`path:line:column`, exit code 2).
public typealias FrameworkError = InputProblem

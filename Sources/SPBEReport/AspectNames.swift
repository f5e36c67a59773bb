import SPBEIndex
import SPBELintCore

/// Aspect names for charts: the framework's own (Indonesian) name, with spbelint's English gloss
/// for the eight aspects of Permenpan RB 59/2020 (not an official translation).
public enum AspectNames {
    public static func name(_ aspect: AspectScore, frameworkID: String, in language: Language) -> String {
        guard language == .en, frameworkID == EvaluationFramework.defaultID,
              let gloss = glosses59[aspect.number] else { return aspect.name }
        return gloss
    }

    private static let glosses59: [Int: String] = [
        1: "Internal SPBE governance policy",
        2: "SPBE strategic planning",
        3: "Information and communication technology",
        4: "SPBE organisers",
        5: "Application of SPBE management",
        6: "Conduct of ICT audit",
        7: "Electronic government administration services",
        8: "Electronic public services",
    ]
}

/// Whether a framework is in force and read in its primary text (`berlaku`) or known only from secondary sources (`provisional`).
public enum FrameworkStatus: String, Hashable, Sendable, CaseIterable {
    case berlaku
    case provisional
}

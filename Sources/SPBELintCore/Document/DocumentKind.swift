/// The kinds of document (metadata `jenis`) rules can be limited to.
public enum DocumentKind {
    /// Rencana Induk (master plan), Arsitektur, Peta Rencana, Perkada, Keputusan (a decree with diktum), and a regulation.
    public static let known = ["rencana-induk", "arsitektur", "peta-rencana", "perkada", "keputusan", "regulasi"]
}

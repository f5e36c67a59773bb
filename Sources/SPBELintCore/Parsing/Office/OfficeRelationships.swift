/// The relationships of an OPC part (`_rels/….rels`): relationship type (last path segment, such as
/// `styles` or `officeDocument`) → the package path of the target.
struct OfficeRelationships {
    private(set) var targets: [String: String] = [:]

    /// Reads the relationships of `source` ("" for the package itself).
    init(of source: String, in package: OfficePackage) throws(InputProblem) {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let part = try package.xml(relsPath) else { return }
        targets = withExtendedLifetime(part) { Self.targets(in: part.root, folder: folder) }
    }

    private static func targets(in root: XMLNodeRef, folder: String) -> [String: String] {
        var targets: [String: String] = [:]
        for relationship in root.elements("Relationship") where relationship.value("TargetMode") != "External" {
            guard let type = relationship.value("Type")?.split(separator: "/").last.map(String.init),
                  let target = relationship.value("Target"), targets[type] == nil else { continue }
            targets[type] = resolve(target, from: folder)
        }
        return targets
    }

    subscript(type: String) -> String? { targets[type] }

    /// A target relative to a folder (or absolute from the package root), `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}

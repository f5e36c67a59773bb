/// The JSON report's entries as `JSONNode`s: the same members, names and absences as their
/// synthesized `Encodable` conformances (a test compares the two on every example).
extension JSONReport {
    /// The report's top-level members; the long lists are left to `streamed` so they can be
    /// written one item at a time.
    var headMembers: [(key: String, value: JSONNode)] {
        var object = JSONObjectBuilder()
        object.add("schemaVersion", schemaVersion)
        object.add("tool", JSONNode.object([("name", .string(tool.name)), ("version", .string(tool.version))]))
        object.add("language", language)
        object.add("errors", JSONNode.array(errors.map(\.node)))
        object.add("truncated", truncated.map { JSONNode.array($0.map(\.node)) })
        object.add("summary", JSONNode.object(summary.map { ($0.key, JSONNode.int($0.value)) }))
        object.add("suppressed", suppressed.map { JSONNode.array($0.map(\.node)) })
        return object.members
    }
}

extension JSONReport.PeriodEntry {
    var node: JSONNode { .object([("start", .int(start)), ("end", .int(end)), ("text", .string(text))]) }
}

extension JSONReport.DocumentEntry {
    var node: JSONNode {
        var object = JSONObjectBuilder()
        object.add("path", path)
        object.add("format", format)
        object.add("profile", profile)
        object.add("title", title)
        object.add("period", period?.node)
        object.add("kind", kind)
        object.add("level", level)
        object.add("institution", institution)
        object.add("number", number)
        object.add("date", date)
        object.add("status", status)
        object.add("enacts", enacts)
        object.add("parts", parts.map { JSONNode.array($0.map(\.jsonNode)) })
        object.add("sources", JSONNode.object(sources.map { ($0.key, $0.value.jsonNode) }))
        object.add("understood", understood)
        object.add("summary", summary)
        return object.node
    }
}

extension JSONReport.FindingEntry {
    var node: JSONNode {
        var object = JSONObjectBuilder()
        object.add("ruleId", ruleId)
        object.add("severity", severity.rawValue)
        object.add("basis", basis?.rawValue)
        object.add("message", message)
        object.add("path", path)
        object.add("line", line)
        object.add("column", column)
        object.add("page", page)
        object.add("area", area.rawValue)
        object.add("citations", JSONNode.array(citations.map(\.jsonNode)))
        object.add("indicators", JSONNode.array(indicators.map(\.jsonNode)))
        object.add("fingerprint", fingerprint)
        object.add("paragraph", paragraph)
        object.add("headingPath", headingPath)
        return object.node
    }
}

extension JSONReport.SuppressedEntry {
    var node: JSONNode {
        var reason = JSONObjectBuilder()
        reason.add("kind", suppression.kind.rawValue)
        reason.add("justification", suppression.justification)
        reason.add("owner", suppression.owner)
        reason.add("expires", suppression.expires)
        reason.add("source", suppression.source)
        var object = JSONObjectBuilder()
        object.add("ruleId", ruleId)
        object.add("severity", severity.rawValue)
        object.add("message", message)
        object.add("path", path)
        object.add("line", line)
        object.add("column", column)
        object.add("area", area.rawValue)
        object.add("fingerprint", fingerprint)
        object.add("suppression", reason.node)
        object.add("paragraph", paragraph)
        object.add("headingPath", headingPath)
        return object.node
    }
}

extension JSONReport.TruncatedEntry {
    var node: JSONNode { .object([("path", .string(path)), ("ruleId", .string(ruleId)), ("omitted", .int(omitted))]) }
}

extension JSONReport.ProblemEntry {
    var node: JSONNode {
        var object = JSONObjectBuilder()
        object.add("path", path)
        object.add("line", line)
        object.add("column", column)
        object.add("page", page)
        object.add("message", message)
        return object.node
    }
}

extension JSONReport.AreaEntry {
    var node: JSONNode {
        var object = JSONObjectBuilder()
        object.add("area", area.rawValue)
        object.add("met", met)
        object.add("notMet", notMet)
        object.add("notApplicable", notApplicable)
        object.add("withoutEvidence", withoutEvidence)
        object.add("percent", percent)
        return object.node
    }
}

extension JSONReport.RequirementEntry {
    var node: JSONNode {
        var object = JSONObjectBuilder()
        object.add("ruleId", ruleId)
        object.add("area", area.rawValue)
        object.add("basis", basis?.rawValue)
        object.add("status", status.rawValue)
        object.add("requirement", requirement)
        object.add("citations", JSONNode.array(citations.map(\.jsonNode)))
        object.add("section", section)
        object.add("line", line)
        object.add("column", column)
        object.add("reason", reason)
        object.add("withoutEvidence", withoutEvidence)
        object.add("evidence", evidence.map { JSONNode.object([("excerpt", .string($0.excerpt)), ("line", .int($0.line))]) })
        return object.node
    }
}

extension JSONReport.CoverageEntry {
    var node: JSONNode {
        var object = JSONObjectBuilder()
        object.add("path", path)
        object.add("percent", percent)
        object.add("areas", JSONNode.array(areas.map(\.node)))
        object.add("requirements", JSONNode.array(requirements.map(\.node)))
        return object.node
    }
}

extension Citation {
    var jsonNode: JSONNode {
        var object = JSONObjectBuilder()
        object.add("instrument", instrument)
        object.add("article", article)
        object.add("paragraph", paragraph)
        object.add("confidence", confidence.rawValue)
        object.add("note", note)
        return object.node
    }
}

extension IndicatorLink {
    var jsonNode: JSONNode { .object([("framework", .string(framework)), ("number", .int(number))]) }
}

extension DocumentPart {
    var jsonNode: JSONNode {
        var object = JSONObjectBuilder()
        object.add("role", role)
        object.add("kind", kind)
        object.add("startLine", startLine)
        object.add("endLine", endLine)
        object.add("startPage", startPage)
        object.add("endPage", endPage)
        return object.node
    }
}

extension IdentitySource.Entry {
    var jsonNode: JSONNode {
        var object = JSONObjectBuilder()
        object.add("from", from)
        object.add("line", line)
        return object.node
    }
}

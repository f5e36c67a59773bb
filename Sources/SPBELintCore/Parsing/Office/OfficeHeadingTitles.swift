/// Joins a chapter label written as its own heading paragraph ("BAB I", "Bagian Kesatu") with its
/// title in the next paragraph ("PENDAHULUAN"), as Indonesian drafts are often laid out: the title
/// is the next heading of the same level without numbering, or, after a BAB, the next paragraph
/// when it is one short upper-case line.
enum OfficeHeadingTitles {
    static let labelWords: Set<String> = ["BAB", "BAGIAN", "PARAGRAF", "LAMPIRAN"]

    static func joined(_ elements: [OfficeContent.Element]) -> [OfficeContent.Element] {
        var result: [OfficeContent.Element] = []
        var index = 0
        while index < elements.count {
            defer { index += 1 }
            guard case .heading(var heading) = elements[index], let word = labelWord(of: heading),
                  index + 1 < elements.count else {
                result.append(elements[index])
                continue
            }
            switch elements[index + 1] {
            case .heading(let next) where next.level == heading.level && next.label == nil
                && HeadingText.split(next.text).numbering == nil:
                heading.text += " " + next.text
                index += 1
            case .paragraph(let text, _) where word == "BAB" && !text.contains("\n") && text.count <= 100
                && PlainHeading.isUpperCase(text):
                heading.text += " " + text
                index += 1
            default:
                break
            }
            result.append(.heading(heading))
        }
        return result
    }

    /// The label word when the heading is nothing but a label ("BAB IV", "Bagian Kedua").
    private static func labelWord(of heading: OfficeHeading) -> String? {
        let raw = [heading.label ?? "", heading.text].filter { !$0.isEmpty }.joined(separator: " ")
        let split = HeadingText.split(raw)
        guard let numbering = split.numbering, split.title == numbering,
              let word = numbering.split(separator: " ").first.map({ $0.uppercased() }),
              labelWords.contains(word) else { return nil }
        return word
    }
}

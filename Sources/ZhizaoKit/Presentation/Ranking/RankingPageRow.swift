extension RankingPageModel.Row {
    /// The row as the `{{#rows}}` section of `Reports/ranking.html.mustache` renders it, written
    /// directly: at 10,000 rows rendering the section through Mustache was the slowest part of
    /// `rank`. The template stays the reference — `RankingPageTests` checks that this gives
    /// byte for byte what the template's row section gives, for every kind of row — so a
    /// change to the row's markup is made in both places.
    func writeHTML<Out: TextOutputStream>(to out: inout Out) {
        var html = "<tr class=\""
        html.reserveCapacity(1024)
        func text(_ value: String) { html += Markup.html(value) }
        text(rowClass)
        html += "\" data-status=\""
        text(status)
        html += "\" data-group=\""
        text(group)
        html += "\"><td class=\"num\">"
        text(rank)
        html += "</td>"
        if showStatus {
            html += "<td class=\"status\">"
            text(statusText)
            html += "</td>"
        }
        html += "<td class=\"name\">"
        if hasLink {
            html += "<a href=\""
            text(link)
            html += "\">"
            text(name)
            html += "</a>"
        } else {
            text(name)
        }
        html += "</td><td><code>"
        text(creditCode)
        html += "</code></td><td>"
        text(group)
        html += "</td><td>"
        text(tier)
        html += "</td><td class=\"num\">"
        text(total)
        html += "</td>"
        for cell in domains + tiebreaks {
            html += "<td class=\"num\">"
            text(cell.text)
            html += "</td>"
        }
        html += "<td class=\"mark\" title=\""
        text(completeLabel)
        html += "\">"
        text(completeMark)
        html += "</td><td class=\"why\">"
        for sentence in why {
            html += "<div>"
            text(sentence.text)
            html += "</div>"
        }
        html += "</td></tr>\n"
        out.write(html)
    }
}

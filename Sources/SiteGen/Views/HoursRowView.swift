/// A row of the opening hours table: a day, or a special date, and its hours.
struct HoursRowView: TemplateView {
    var label: String
    var hours: String
    /// The hours one range at a time ("07:00–13:30", "15:30–19:30").
    var ranges: [String]
    var isClosed: Bool
    var note: String?

    static let fields = TemplateFields<HoursRowView>([
        .text("label") { $0.label },
        .text("hours") { $0.hours },
        .list("ranges") { $0.ranges.map(TextLineView.init) },
        .flag("is_closed") { $0.isClosed },
        .text("note") { $0.note },
    ])
}

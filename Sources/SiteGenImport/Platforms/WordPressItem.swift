/// One `<item>` of a WordPress export, as read: only the fields an import
/// uses (comments, passwords' values and authors' e-mails are not kept).
struct WordPressItem: Sendable {
    var title = ""
    var link = ""
    var content = ""
    var postID = ""
    var postDate = ""
    var postDateGMT = ""
    var postName = ""
    var status = ""
    var postType = ""
    var postParent = ""
    var hasPassword = false
    var attachmentURL = ""
    /// Categories and tags, by their names.
    var terms: [String] = []
    var altText = ""
    var thumbnailID = ""
}
